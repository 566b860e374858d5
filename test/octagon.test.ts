import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from './commands.js';
import { menuItem, mount, press, q, qa, runWorksheetSuite, typeNote } from './worksheet-suite.js';
import { snapIntoZone, zoneIndexAt } from '../src/components/octagon/octagon.js';
import { OCTAGON_APOTHEMS as APOTHEMS } from '../src/internal/worksheet/zones.js';
import { emptyState } from '../src/internal/session/state.js';
import { writeSheet } from '../src/internal/session/sheets.js';
import { clickOn, dragMouse, selectedText, until, userSelect } from './dom-helpers.js';
import type { WorksheetElement } from '../src/internal/worksheet/worksheet-element.js';
import { GrowController } from '../src/internal/grow-controller.js';
import { expectFocusOn, focusProblem } from './focus-walker.js';

runWorksheetSuite({ tag: 'kjk-octagon', kind: 'octagon', title: 'Bekrachtigen', zones: ['why', 'how', 'what', 'conditions'] });

/**
 * How far a figure standing at (x, y) is from the nearest ring border, measured from its middle
 * (5 units above its feet) in the octagon's own measure: its body is about 11 units either way.
 */
function clearance(x: number, y: number): number {
  const [mx, my] = [x, y - 5];
  const norm = Math.max(Math.abs(mx), Math.abs(my), Math.abs(mx + my) / Math.SQRT2, Math.abs(mx - my) / Math.SQRT2);
  return Math.min(...APOTHEMS.map((a) => Math.abs(norm - a)));
}

describe('<kjk-octagon>', () => {
  afterEach(() => sessionStorage.clear());

  it('draws four zones from the core outwards and counts the notes of each zone on the shape, beside its label', async () => {
    const el = await mount('kjk-octagon');
    expect(qa(el, 'svg polygon.zone-shape')).to.have.length(4);
    expect(q(el, 'svg')!.getAttribute('aria-label')).to.equal('1 Waarom, 2 Hoe, 3 Wat, 4 Randvoorwaarden');
    expect(qa(el, 'svg .note-badge'), 'no badge on an empty zone').to.have.length(0);
    await typeNote(el, 'why', 'Eén plan voor alle hulpverleners rond het gezin');
    await typeNote(el, 'why', 'Ouders bepalen zelf wie er aan tafel zit');
    await typeNote(el, 'how', 'Luisteren');
    // The rings are too narrow for notes a family can read: none are drawn there, cut or whole.
    expect(q(el, 'svg .slips')).to.equal(null);
    const svg = q<SVGSVGElement>(el, 'svg')!;
    const badges = qa<SVGGElement>(el, 'svg .note-badge');
    expect(badges.map((b) => b.querySelector('text')!.textContent)).to.deep.equal(['2', '1']);
    expect(badges.map((b) => b.querySelector('title')!.textContent)).to.deep.equal(['2 notities', '1 notitie']);
    const labels = qa<SVGTextElement>(el, 'svg .sheet-label');
    for (const [i, badge] of badges.entries()) {
      const box = badge.getBoundingClientRect();
      const corners = [[box.left, box.top], [box.right, box.top], [box.left, box.bottom], [box.right, box.bottom]];
      for (const [x, y] of corners) {
        const p = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM()!.inverse());
        expect(zoneIndexAt(p.x, p.y), `badge ${i + 1} inside its zone`).to.equal(i);
      }
      const label = labels[i].getBoundingClientRect();
      const apart = box.left >= label.right || box.top >= label.bottom;
      expect(apart, `badge ${i + 1} beside its label, not over it`).to.equal(true);
    }
    // The notes themselves are whole in the numbered zone panels beside the sheet.
    expect(qa<HTMLTextAreaElement>(el, '.zone[data-zone="why"] textarea.slip').map((t) => t.value)).to.deep.equal([
      'Eén plan voor alle hulpverleners rond het gezin',
      'Ouders bepalen zelf wie er aan tafel zit',
    ]);
  });

  it('knows which zone a point lies in', () => {
    expect(zoneIndexAt(0, 0)).to.equal(0);
    expect(zoneIndexAt(0, -60)).to.equal(1);
    expect(zoneIndexAt(95, 0)).to.equal(2);
    expect(zoneIndexAt(100, 100)).to.equal(3);
    expect(zoneIndexAt(160, 0)).to.equal(-1);
  });

  it('places person figures and moves them by keyboard, announcing the zone', async () => {
    const el = await mount('kjk-octagon');
    q<HTMLInputElement>(el, '#figure-label')!.focus();
    await sendKeys({ type: 'Mijn collega' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const figure = () => q<SVGGElement>(el, '[data-figure]')!;
    const said = (el: WorksheetElement) => q(el, '.status[role="status"]')!.textContent!;
    expect(el.shadowRoot!.activeElement).to.equal(figure());
    expect(figure().getAttribute('aria-label')).to.contain('Mijn collega').and.to.contain('Randvoorwaarden');
    // Step by step to the left, through "Wat" into "Hoe": never standing on a ring's border.
    const zonesPassed: number[] = [];
    for (let i = 0; i < 20 && !said(el).includes('Hoe'); i++) {
      await press(el, figure(), 'ArrowLeft');
      const { x, y } = el.worksheet.participants[0].figures[0];
      expect(clearance(x, y), `step ${i + 1} at ${x},${y}`).to.be.at.least(11);
      zonesPassed.push(zoneIndexAt(x, y));
    }
    expect(q(el, '.status[role="status"]')!.textContent).to.contain('Mijn collega staat nu in Hoe');
    expect([...new Set(zonesPassed)]).to.deep.equal([3, 2, 1]);
    figure().focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ up: 'Shift' });
    await el.updateComplete;
    const { x } = el.worksheet.participants[0].figures[0];
    expect(x).to.be.lessThan(60);
    await expect(el).to.be.accessible();
  });

  it('announces a figure added and removed; removing it puts the cursor in the field to add one', async () => {
    const el = await mount('kjk-octagon');
    const live = () => q(el, '.status[role="status"]')!.textContent!.trim();
    q<HTMLInputElement>(el, '#figure-label')!.focus();
    await sendKeys({ type: 'Oma' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(live()).to.equal('Poppetje toegevoegd: Oma.');
    await press(el, q(el, '[data-action="remove-figure"]'), 'Enter');
    await el.updateComplete;
    expect(el.worksheet.participants[0].figures).to.have.length(0);
    expect(live()).to.equal('Poppetje verwijderd: Oma.');
    expectFocusOn(q(el, '#figure-label'));
    expect(focusProblem()).to.equal(undefined);
  });

  it('drags a figure with a pointer and saves where it is let go', async () => {
    const el = await mount('kjk-octagon');
    q<HTMLInputElement>(el, '#figure-label')!.value = 'Vader';
    q<HTMLButtonElement>(el, '[data-action="add-figure"]')!.click();
    await el.updateComplete;
    const figure = q<SVGGElement>(el, '[data-figure]')!;
    const matrix = q<SVGSVGElement>(el, 'svg')!.getScreenCTM()!;
    const at = (x: number, y: number) => new DOMPoint(x, y).matrixTransform(matrix);
    const start = at(127, -48);
    const end = at(0, 0);
    const init = { pointerId: 1, bubbles: true, pointerType: 'mouse' } as const;
    figure.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: start.x, clientY: start.y }));
    figure.dispatchEvent(new PointerEvent('pointermove', { ...init, clientX: end.x, clientY: end.y }));
    figure.dispatchEvent(new PointerEvent('pointerup', { ...init, clientX: end.x, clientY: end.y }));
    await el.updateComplete;
    const saved = el.worksheet.participants[0].figures[0];
    expect(zoneIndexAt(saved.x, saved.y)).to.equal(0);
    expect(q(el, '.figure-list')!.textContent).to.contain('Vader — Waarom');
  });

  it('a figure let go on a ring\'s border stands inside the nearer zone, clear of the line', async () => {
    const el = await mount('kjk-octagon');
    q<HTMLInputElement>(el, '#figure-label')!.value = 'Vader';
    q<HTMLButtonElement>(el, '[data-action="add-figure"]')!.click();
    await el.updateComplete;
    const drop = async (x: number, y: number) => {
      const figure = q<SVGGElement>(el, '[data-figure]')!;
      const matrix = q<SVGSVGElement>(el, 'svg')!.getScreenCTM()!;
      const at = (x: number, y: number) => new DOMPoint(x, y).matrixTransform(matrix);
      const { x: fx, y: fy } = el.worksheet.participants[0].figures[0];
      const [start, end] = [at(fx, fy), at(x, y)];
      const init = { pointerId: 1, bubbles: true, pointerType: 'mouse' } as const;
      figure.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: start.x, clientY: start.y }));
      figure.dispatchEvent(new PointerEvent('pointermove', { ...init, clientX: end.x, clientY: end.y }));
      figure.dispatchEvent(new PointerEvent('pointerup', { ...init, clientX: end.x, clientY: end.y }));
      await el.updateComplete;
      return el.worksheet.participants[0].figures[0];
    };
    // The figure's middle (5 above where it stands) just outside the border of "Hoe" and "Wat", on top.
    let spot = await drop(0, -APOTHEMS[1] - 2 + 5);
    expect(zoneIndexAt(spot.x, spot.y), 'in "Wat", the side it was on').to.equal(2);
    expect(clearance(spot.x, spot.y)).to.be.at.least(11);
    expect(spot.x, 'along its line from the core').to.be.closeTo(0, 1.5);
    // Just inside the core's border on a slanted side.
    spot = await drop(30, 25);
    expect(zoneIndexAt(spot.x, spot.y), 'in the core').to.equal(0);
    expect(clearance(spot.x, spot.y)).to.be.at.least(11);
    expect(q(el, '.figure-list')!.textContent).to.contain('Vader — Waarom');
    // Well inside a zone it stays where it was let go.
    spot = await drop(-10, -60);
    // (Give or take a unit: WebKit rounds the pointer to whole pixels.)
    expect(spot.x).to.be.closeTo(-10, 1.5);
    expect(spot.y).to.be.closeTo(-60, 1.5);
  });

  it('snaps to a zone by a pure rule: drops to the nearer side, arrow steps across the border', () => {
    for (const [x, y] of [[0, -73], [0, -90], [60, 60], [-100, 20], [150, 0], [0, 160], [113, -113]]) {
      const spot = snapIntoZone(x, y);
      expect(clearance(spot.x, spot.y), `${x},${y} → ${spot.x},${spot.y}`).to.be.at.least(11);
      expect(Math.abs(spot.x), 'on the sheet').to.be.at.most(160);
      expect(Math.abs(spot.y), 'on the sheet').to.be.at.most(160);
    }
    // Moving out from the middle of "Hoe" by 6: the step that would touch the border goes on into "Wat".
    const step = snapIntoZone(0, -60 - 6 * 3, [0, -6]);
    expect(zoneIndexAt(step.x, step.y)).to.equal(2);
    expect(clearance(step.x, step.y)).to.be.at.least(11);
  });

  it('prints the figures of each zone with its notes, and those outside after the zones', async () => {
    const state = emptyState();
    writeSheet(state, 'octagon', {
      topic: 'Regie',
      participants: ['Sanne', 'Ahmed'].map((name, i) => ({
        id: `p-${i}`,
        name,
        notes: { why: [{ id: `n-${i}`, text: `Notitie van ${name}` }] },
        figures: [
          { id: `f-${i}-1`, label: `Moeder ${name}`, x: 0, y: 0 },
          { id: `f-${i}-2`, label: 'Oma', x: 0, y: -95 },
          { id: `f-${i}-3`, label: '', x: 0, y: -100 },
          { id: `f-${i}-4`, label: 'Buurman', x: 158, y: 0 },
        ],
      })),
      active: 'p-0',
    });
    const el = await fixture<WorksheetElement>(html`<kjk-octagon persist="none" .state=${state}></kjk-octagon>`);
    const original = window.print;
    window.print = () => {};
    try {
      (await menuItem(el, 'print-filled')).click();
      await until(() => qa(el, '.print-page').length === 2);
      const pages = qa(el, '.print-page');
      const zoneLines = (page: Element) => [...page.querySelectorAll('.print-zones > li')].map((li) => li.querySelector('[data-figures]')?.textContent ?? '');
      expect(zoneLines(pages[0])).to.deep.equal(['Poppetjes: Moeder Sanne', '', 'Poppetjes: Oma, Poppetje', '']);
      expect(zoneLines(pages[1])[0]).to.equal('Poppetjes: Moeder Ahmed');
      expect(pages[0].querySelector(':scope > [data-figures="-1"]')!.textContent).to.equal('Poppetjes buiten de achthoek: Buurman');
    } finally {
      window.print = original;
      window.dispatchEvent(new Event('afterprint'));
    }
  });

  describe('moving a figure without dragging (WCAG 2.5.7)', () => {
    /** Mounts an octagon with one figure, "Vader", where new figures go: the outer ring. */
    async function withFigure(): Promise<WorksheetElement> {
      const el = await mount('kjk-octagon');
      q<HTMLInputElement>(el, '#figure-label')!.value = 'Vader';
      q<HTMLButtonElement>(el, '[data-action="add-figure"]')!.click();
      await el.updateComplete;
      q(el, 'svg')!.scrollIntoView({ block: 'center' });
      return el;
    }
    const figure = (el: WorksheetElement) => q<SVGGElement>(el, '[data-figure]')!;
    const saved = (el: WorksheetElement) => el.worksheet.participants[0].figures[0];
    const said = (el: WorksheetElement) => q(el, '.status[role="status"]')!.textContent!.trim();
    const description = (el: WorksheetElement) =>
      figure(el).getAttribute('aria-describedby')!.split(' ').map((id) => el.shadowRoot!.getElementById(id)!.textContent).join(' ');
    const sheet = (el: WorksheetElement) => q(el, 'svg')!;
    async function click(el: WorksheetElement, node: Element, point?: [number, number]): Promise<void> {
      await clickOn(node, point);
      await el.updateComplete;
    }

    it('says that a figure can be moved, and what Enter does', async () => {
      const el = await withFigure();
      expect(figure(el).getAttribute('aria-label')).to.equal('Verplaatsbaar poppetje Vader, in Randvoorwaarden');
      expect(figure(el).getAttribute('aria-pressed')).to.equal('false');
      expect(description(el)).to.equal('Enter: kies een plek. Pijltjestoetsen: verplaatsen.');
      figure(el).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(description(el)).to.contain('Escape: terugzetten');
      await expect(el).to.be.accessible();
    });

    it('picks a figure with a click and puts it where the next click lands', async () => {
      const el = await withFigure();
      const before = { ...saved(el) };
      await click(el, figure(el));
      expect(figure(el).getAttribute('aria-pressed'), 'picked').to.equal('true');
      expect(figure(el).classList.contains('picked')).to.equal(true);
      expect(saved(el), 'a click does not move the figure').to.include({ x: before.x, y: before.y });
      expect(said(el)).to.equal('Vader is gekozen om te verplaatsen. Tik op een plek in de achthoek, of kies een zone.');
      expect(q(el, '.pick-panel')!.textContent).to.contain('Vader is gekozen');
      await click(el, sheet(el), [-10, -60]);
      expect(zoneIndexAt(saved(el).x, saved(el).y), 'in "Hoe"').to.equal(1);
      expect(saved(el).x).to.be.closeTo(-10, 3);
      expect(said(el)).to.equal('Vader staat nu in Hoe.');
      expect(figure(el).getAttribute('aria-pressed'), 'placed: no longer picked').to.equal('false');
      expect(q(el, '.pick-panel')).to.equal(null);
      expect(el.shadowRoot!.activeElement, 'focus stays on the figure').to.equal(figure(el));
      expect(q(el, '.figure-list')!.textContent).to.contain('Vader — Hoe');
    });

    it('a second click lets go of the figure, and a tap that wobbles a little is still a tap', async () => {
      const el = await withFigure();
      const before = { ...saved(el) };
      const box = figure(el).getBoundingClientRect();
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      const init = { pointerId: 1, bubbles: true, pointerType: 'touch' } as const;
      figure(el).dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: x, clientY: y }));
      figure(el).dispatchEvent(new PointerEvent('pointermove', { ...init, clientX: x + 3, clientY: y + 2 }));
      figure(el).dispatchEvent(new PointerEvent('pointerup', { ...init, clientX: x + 3, clientY: y + 2 }));
      await el.updateComplete;
      expect(saved(el)).to.include({ x: before.x, y: before.y });
      expect(figure(el).getAttribute('aria-pressed')).to.equal('true');
      await click(el, figure(el));
      expect(figure(el).getAttribute('aria-pressed')).to.equal('false');
      expect(saved(el)).to.include({ x: before.x, y: before.y });
      // Nothing picked: a click on the sheet moves nothing.
      await click(el, sheet(el), [0, 0]);
      expect(saved(el)).to.include({ x: before.x, y: before.y });
    });

    it('puts a picked figure in a zone chosen by name', async () => {
      const el = await withFigure();
      await click(el, figure(el));
      const select = q<HTMLSelectElement>(el, '.pick-panel select')!;
      expect(q(el, 'label[for="figure-zone"]')!.textContent).to.equal('Zet in zone…');
      expect([...select.options].map((o) => o.textContent)).to.deep.equal(['Kies een zone', '1. Waarom', '2. Hoe', '3. Wat', '4. Randvoorwaarden']);
      await expect(el).to.be.accessible();
      select.value = '2';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(zoneIndexAt(saved(el).x, saved(el).y)).to.equal(2);
      expect(said(el)).to.equal('Vader staat nu in Wat.');
      expect(q(el, '.figure-list')!.textContent).to.contain('Vader — Wat');
      expect(el.shadowRoot!.activeElement).to.equal(figure(el));
      for (const zone of [0, 1, 3]) {
        figure(el).focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        const choice = q<HTMLSelectElement>(el, '.pick-panel select')!;
        choice.value = String(zone);
        choice.dispatchEvent(new Event('change'));
        await el.updateComplete;
        expect(zoneIndexAt(saved(el).x, saved(el).y), `zone ${zone}`).to.equal(zone);
      }
    });

    it('Enter picks, arrows move, Enter leaves it there; Escape puts it back', async () => {
      const el = await withFigure();
      const before = { ...saved(el) };
      figure(el).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(figure(el).getAttribute('aria-pressed')).to.equal('true');
      expect(said(el)).to.contain('is gekozen');
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(saved(el).x, 'moved left').to.be.lessThan(before.x);
      expect(clearance(saved(el).x, saved(el).y), 'clear of the border it crossed').to.be.at.least(11);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(saved(el), 'back where it was picked').to.include({ x: before.x, y: before.y });
      expect(figure(el).getAttribute('aria-pressed')).to.equal('false');
      expect(said(el)).to.equal('Vader staat nu in Randvoorwaarden.');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(figure(el).getAttribute('aria-pressed'), 'Space picks too').to.equal('true');
      for (let i = 0; i < 20 && zoneIndexAt(saved(el).x, saved(el).y) !== 1; i++) {
        await sendKeys({ press: 'ArrowLeft' });
        await el.updateComplete;
      }
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(figure(el).getAttribute('aria-pressed')).to.equal('false');
      expect(zoneIndexAt(saved(el).x, saved(el).y)).to.equal(1);
      expect(said(el)).to.equal('Vader staat nu in Hoe.');
      expect(el.shadowRoot!.activeElement).to.equal(figure(el));
    });
  });

  it('selects no text while a figure is dragged across the zone labels (WebKit did)', async () => {
    const el = await mount('kjk-octagon');
    q<HTMLInputElement>(el, '#figure-label')!.value = 'Vader';
    q<HTMLButtonElement>(el, '[data-action="add-figure"]')!.click();
    await el.updateComplete;
    const svg = q<SVGSVGElement>(el, 'svg')!;
    svg.scrollIntoView({ block: 'center' });
    const at = (x: number, y: number) => {
      const p = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM()!);
      return [p.x, p.y] as [number, number];
    };
    const figure = q<SVGGElement>(el, '[data-figure]')!;
    const start = figure.getBoundingClientRect();
    // From the figure over the labels of the outer zones to the far side, then over the zone panels.
    const end = q(el, '.zone[data-zone="how"] h3')!.getBoundingClientRect();
    await dragMouse([start.x + start.width / 2, start.y + start.height / 3], at(-140, -60), async () => {
      for (const node of [q(el, '.sheet-label')!, q(el, '.figure-label')!]) {
        const style = getComputedStyle(node);
        expect(style.getPropertyValue('-webkit-user-select'), node.textContent!).to.equal('none');
        expect(userSelect(style), node.textContent!).to.equal('none');
      }
      expect(userSelect(getComputedStyle(q(el, '.zones')!)), 'the zone panels while dragging').to.equal('none');
    });
    // A drag that starts on a label and runs over the zone panels, as when a figure is missed.
    const label = qa(el, '.sheet-label')[2].getBoundingClientRect();
    await dragMouse([label.x + 2, label.y + label.height / 2], [end.x + end.width / 2, end.y + end.height / 2], () => {});
    await el.updateComplete;
    expect(selectedText(el)).to.equal('');
    expect(userSelect(getComputedStyle(q(el, '.zones')!)), 'the panels can be selected again after the drag').not.to.equal('none');
  });

  describe('copy on a plain-http intranet (no navigator.clipboard)', () => {
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    const execCommand = document.execCommand;
    beforeEach(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }));
    afterEach(() => {
      delete (navigator as { clipboard?: unknown }).clipboard;
      Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
      document.execCommand = execCommand;
    });

    /** What is selected in the focused field, looking into shadow roots: what execCommand('copy') would copy. */
    const selectedInField = () => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      const field = active as HTMLTextAreaElement;
      return field.value.slice(field.selectionStart, field.selectionEnd);
    };

    it('still copies the worksheet by selecting it, and gives focus back to the menu', async () => {
      const el = await mount('kjk-octagon');
      await typeNote(el, 'how', 'Luisteren');
      expect(navigator.clipboard).to.equal(undefined);
      let copied = '';
      document.execCommand = (command: string) => {
        if (command === 'copy') copied = selectedInField();
        return command === 'copy';
      };
      const toggle = q<HTMLButtonElement>(el, '[data-action="share-menu"]')!;
      await press(el, toggle, 'Enter');
      await press(el, await menuItem(el, 'copy'), 'Enter');
      // The status line already said the note was added: wait for what copying says.
      await until(() => q(el, '.status')!.textContent!.includes('gekopieerd'), 40);
      expect(copied).to.equal(el.toText());
      expect(copied).to.contain('Luisteren');
      expect(q(el, '.status')!.textContent).to.contain('Het werkblad is gekopieerd.');
      expect(el.shadowRoot!.activeElement, 'focus back on the toggle').to.equal(toggle);
      expect(qa(el, 'textarea[aria-hidden]'), 'the hidden field is gone').to.have.length(0);
    });

    it('keeps the user\'s selection in a note when copying', async () => {
      const el = await mount('kjk-octagon');
      await typeNote(el, 'how', 'Luisteren');
      document.execCommand = (command: string) => command === 'copy';
      const slip = q<HTMLTextAreaElement>(el, '.slip')!;
      slip.focus();
      slip.setSelectionRange(2, 5);
      const { copyText } = await import('../src/internal/output.js');
      expect(await copyText('iets anders', el.renderRoot)).to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(slip);
      expect([slip.selectionStart, slip.selectionEnd]).to.deep.equal([2, 5]);
    });

    it('says copying did not work when the selection cannot be copied either', async () => {
      const el = await mount('kjk-octagon');
      document.execCommand = () => false;
      await press(el, q(el, '[data-action="share-menu"]'), 'Enter');
      await press(el, await menuItem(el, 'copy'), 'Enter');
      await until(() => q(el, '.status')!.textContent!.trim(), 40);
      expect(q(el, '.status')!.textContent).to.contain('Kopiëren lukte niet. Sla het werkblad op als bestand, of druk het af.');
      await expect(el).to.be.accessible();
    });

    it('falls back too when the clipboard refuses (no user gesture)', async () => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('Not allowed', 'NotAllowedError')) },
        configurable: true,
      });
      const el = await mount('kjk-octagon');
      let copied = '';
      document.execCommand = () => ((copied = selectedInField()), true);
      await press(el, q(el, '[data-action="share-menu"]'), 'Enter');
      await press(el, await menuItem(el, 'copy'), 'Enter');
      await until(() => q(el, '.status')!.textContent!.trim(), 40);
      expect(copied).to.equal(el.toText());
      expect(q(el, '.status')!.textContent).to.contain('gekopieerd');
    });
  });

  describe('notes grow where field-sizing is missing (WebKit)', () => {
    const supported = GrowController.supported;
    afterEach(() => (GrowController.supported = supported));

    /** Mounts with field-sizing switched off inside the element, as in WebKit. */
    async function withoutFieldSizing(fallback: boolean) {
      GrowController.supported = () => !fallback;
      const el = await mount('kjk-octagon');
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('textarea { field-sizing: fixed !important; }');
      el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
      return el;
    }
    async function typeLines(field: HTMLTextAreaElement, lines: string[]) {
      field.focus();
      for (const [i, line] of lines.entries()) {
        if (i) {
          await sendKeys({ down: 'Shift' });
          await sendKeys({ press: 'Enter' });
          await sendKeys({ up: 'Shift' });
        }
        await sendKeys({ type: line });
      }
    }
    const lines = ['Luisteren', 'Doorvragen', 'Samen plannen', 'Nabellen'];

    it('the new-note field and the note grow to show four lines, and shrink again', async () => {
      const el = await withoutFieldSizing(true);
      const field = q<HTMLTextAreaElement>(el, '#add-how')!;
      const before = field.getBoundingClientRect().height;
      await typeLines(field, lines);
      expect(field.getBoundingClientRect().height).to.be.greaterThan(before);
      expect(field.scrollHeight, 'all four lines in view').to.be.at.most(field.clientHeight + 1);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const slip = q<HTMLTextAreaElement>(el, '.slip')!;
      expect(slip.value).to.equal(lines.join('\n'));
      expect(slip.scrollHeight, 'the saved note shows its four lines').to.be.at.most(slip.clientHeight + 1);
      expect(field.getBoundingClientRect().height, 'the emptied field is small again').to.equal(before);
      await expect(el).to.be.accessible();
    });

    it('without the fallback such a note would hide three of its lines (the test sees WebKit)', async () => {
      const el = await withoutFieldSizing(false);
      const field = q<HTMLTextAreaElement>(el, '#add-how')!;
      await typeLines(field, lines);
      expect(field.scrollHeight).to.be.greaterThan(field.clientHeight + 1);
    });
  });
});
