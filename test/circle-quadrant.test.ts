import { expect } from '@open-wc/testing';
import { fixture, html } from '@open-wc/testing';
import { mount, q, qa, runWorksheetSuite, typeNote } from './worksheet-suite.js';
import { narrow } from './commands.js';
import { emptyState } from '../src/internal/session/state.js';
import { writeSheet } from '../src/internal/session/sheets.js';
import type { WorksheetElement } from '../src/internal/worksheet/worksheet-element.js';

const LONG = [
  'Eén plan voor alle hulpverleners rond het gezin',
  'Ouders bepalen zelf wie er aan tafel zit bij het gesprek',
  'Korte lijnen met school en de huisarts',
  'Opa en oma helpen elke woensdag met koken',
];

/** A circle filled by one participant: four long notes in "Trots op", one in "Lastig", none in the others. */
async function filled(): Promise<WorksheetElement> {
  const state = emptyState();
  writeSheet(state, 'circle-quadrant', {
    topic: 'Regie',
    participants: [{
      id: 'p-1',
      name: 'Sanne',
      notes: { proud: LONG.map((text, i) => ({ id: `n-${i}`, text })), difficult: [{ id: 'n-d', text: LONG[1] }] },
      figures: [],
    }],
    active: 'p-1',
  });
  const el = await fixture<WorksheetElement>(html`<kjk-circle-quadrant persist="none" .state=${state}></kjk-circle-quadrant>`);
  await el.updateComplete;
  return el;
}

/** Where a point on the screen lies in the sheet's own units (the circle's middle is 0,0). */
function inSheet(el: Element, x: number, y: number): DOMPoint {
  return new DOMPoint(x, y).matrixTransform(q<SVGSVGElement>(el, '.sheet svg')!.getScreenCTM()!.inverse());
}

runWorksheetSuite({
  tag: 'kjk-circle-quadrant',
  kind: 'circle-quadrant',
  title: 'Cirkelen',
  zones: ['proud', 'difficult', 'nightmare', 'dream'],
});

describe('<kjk-circle-quadrant>', () => {
  afterEach(() => sessionStorage.clear());

  it('at 1280 shows the notes of a quadrant inside it, 12px or more, whole, the rest counted', async function () {
    await narrow(this, 1280, 900, async () => {
      const el = await filled();
      const quadrants = qa(el, '.sheet foreignObject.zone-notes');
      expect(quadrants, 'a box for the two quadrants with notes').to.have.length(2);
      const [proud, difficult] = quadrants;
      const scale = q<SVGSVGElement>(el, '.sheet svg')!.getScreenCTM()!.a;
      for (const [box, sign] of [[proud, [1, -1]], [difficult, [1, 1]]] as const) {
        expect(getComputedStyle(box).display).to.not.equal('none');
        const slips = [...box.querySelectorAll<HTMLElement>('.slips span:not(.more)')];
        expect(slips.length, 'at least one note shown').to.be.greaterThan(0);
        const frame = box.getBoundingClientRect();
        for (const slip of slips) {
          // Drawn size: the slip's font in sheet units times how large the sheet is drawn.
          expect(parseFloat(getComputedStyle(slip).fontSize) * scale, 'drawn font size').to.be.at.least(12);
          expect(LONG, 'the whole note').to.include(slip.textContent);
          expect(slip.scrollHeight, `"${slip.textContent}" not clamped`).to.be.at.most(slip.clientHeight + 1);
          const r = slip.getBoundingClientRect();
          expect(r.top >= frame.top - 1 && r.bottom <= frame.bottom + 1 && r.left >= frame.left - 1 && r.right <= frame.right + 1, 'within the box').to.equal(true);
          for (const [x, y] of [[r.left, r.top], [r.right, r.top], [r.left, r.bottom], [r.right, r.bottom]]) {
            const p = inSheet(el, x, y);
            expect(Math.sign(p.x) === sign[0] && Math.sign(p.y) === sign[1], 'in its own quadrant').to.equal(true);
            expect(Math.hypot(p.x, p.y), 'inside the circle').to.be.at.most(140);
          }
        }
        const more = box.querySelector('.more');
        const total = box === proud ? 4 : 1;
        expect(more?.textContent ?? '', 'the notes not shown are counted').to.equal(slips.length < total ? `+${total - slips.length} meer` : '');
      }
      // The count on the shape: one badge per quadrant with notes, with their number, inside that quadrant.
      const badges = qa<SVGGElement>(el, '.sheet .note-badge');
      expect(badges.map((b) => b.dataset.count)).to.deep.equal(['4', '1']);
      for (const [badge, sign] of [[badges[0], [1, -1]], [badges[1], [1, 1]]] as const) {
        const r = badge.getBoundingClientRect();
        const p = inSheet(el, r.x + r.width / 2, r.y + r.height / 2);
        expect([Math.sign(p.x), Math.sign(p.y)]).to.deep.equal(sign);
        expect(Math.hypot(p.x, p.y) + 8, 'inside the circle').to.be.at.most(140);
      }
      // Every note is whole in the numbered zone beside the circle.
      expect(qa<HTMLTextAreaElement>(el, '.zone[data-zone="proud"] textarea.slip').map((t) => t.value)).to.deep.equal(LONG);
      await expect(el).to.be.accessible();
    });
  });

  it('on a phone (390) leaves the notes to the zones under the circle and keeps the counts on it, readable', async function () {
    await narrow(this, 390, 800, async () => {
      const el = await filled();
      for (const box of qa(el, '.sheet foreignObject.zone-notes')) expect(getComputedStyle(box).display).to.equal('none');
      const badge = q<SVGGElement>(el, '.sheet .note-badge text')!;
      expect(badge.getBoundingClientRect().height, 'the count drawn at least 12px high').to.be.at.least(12);
    });
  });

  for (const width of [300, 1000]) {
    it(`at ${width} px each quadrant's words are whole, inside the sheet, clear of the circle's outline, the axes and the counts`, async () => {
      const el = await filled();
      el.style.width = `${width}px`;
      await el.updateComplete;
      const svg = q<SVGSVGElement>(el, '.sheet svg')!;
      const sheet = svg.getBoundingClientRect();
      const rects = (selector: string) => qa(el, selector).map((node) => node.getBoundingClientRect());
      const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const labels = rects('.quadrant-label');
      expect(labels).to.have.length(4);
      const others = [...rects('.note-badge'), ...rects('.axis-label')];
      const R = 140;
      labels.forEach((label, i) => {
        expect(label.left >= sheet.left - 0.5 && label.right <= sheet.right + 0.5, `label ${i + 1} inside the sheet`).to.equal(true);
        expect(others.filter((other) => overlap(label, other)).length, `label ${i + 1} clear of counts and axis names`).to.equal(0);
        expect(labels.filter((other, j) => j !== i && overlap(label, other)).length, `label ${i + 1} clear of the others`).to.equal(0);
        // Every corner of the label on one side of the circle's outline: wholly in or wholly out.
        const corners = [[label.left, label.top], [label.right, label.top], [label.left, label.bottom], [label.right, label.bottom]]
          .map(([x, y]) => Math.hypot(inSheet(el, x, y).x, inSheet(el, x, y).y) < R);
        expect(new Set(corners).size, `label ${i + 1} does not cross the outline`).to.equal(1);
      });
    });
  }

  it('draws the circle on its two labelled axes, quadrants as on the card', async () => {
    const el = await mount('kjk-circle-quadrant');
    const labels = qa(el, 'svg .axis-label').map((t) => t.textContent);
    expect(labels).to.deep.equal(['KANSEN', 'ZORGEN', 'TOEKOMST', 'HEDEN']);
    const quadrant = (label: string) => qa<SVGTextElement>(el, 'svg .sheet-label').find((t) => t.textContent!.includes(label))!.getBBox();
    // Present on the right, future on the left; opportunities above, concerns below.
    expect(quadrant('Trots op').x).to.be.greaterThan(0);
    expect(quadrant('Trots op').y).to.be.lessThan(0);
    expect(quadrant('Lastig').y).to.be.greaterThan(0);
    expect(quadrant('Nachtmerrie').x).to.be.lessThan(0);
    expect(quadrant('Toekomstdroom').y).to.be.lessThan(0);
  });

  it('highlights the quadrant being worked on, in walking order', async () => {
    const el = await mount('kjk-circle-quadrant');
    const zones = qa(el, '.zone[data-zone]');
    expect(zones.map((z) => z.querySelector('h3')!.textContent!.trim())).to.deep.equal(['1Trots op', '2Lastig', '3Nachtmerrie', '4Toekomstdroom']);
    q<HTMLTextAreaElement>(el, '#add-nightmare')!.focus();
    await el.updateComplete;
    const active = qa(el, 'svg path.zone-shape.active');
    expect(active).to.have.length(1);
    expect(active[0].getAttribute('d')).to.contain('L-140 0');
    await typeNote(el, 'nightmare', 'Geen tijd meer');
    expect(q(el, 'svg .slips')!.textContent).to.contain('Geen tijd meer');
    await expect(el).to.be.accessible();
  });
});
