import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mount, press, q, qa, runWorksheetSuite, typeNote } from './worksheet-suite.js';
import { zoneIndexAt } from '../src/components/octagon/octagon.js';

runWorksheetSuite({ tag: 'kjk-octagon', kind: 'octagon', title: 'Bekrachtigen', zones: ['why', 'how', 'what', 'conditions'] });

describe('<kjk-octagon>', () => {
  afterEach(() => sessionStorage.clear());

  it('draws four zones from the core outwards and shows notes inside their zone', async () => {
    const el = await mount('kjk-octagon');
    expect(qa(el, 'svg polygon.zone-shape')).to.have.length(4);
    expect(q(el, 'svg')!.getAttribute('aria-label')).to.equal('1 Waarom, 2 Hoe, 3 Wat, 4 Randvoorwaarden');
    await typeNote(el, 'how', 'Luisteren');
    const slip = q(el, 'svg .slips span')!;
    expect(slip.textContent).to.equal('Luisteren');
    const svg = q<SVGSVGElement>(el, 'svg')!;
    const box = slip.getBoundingClientRect();
    const point = new DOMPoint(box.x + box.width / 2, box.y + box.height / 2).matrixTransform(svg.getScreenCTM()!.inverse());
    expect(zoneIndexAt(point.x, point.y)).to.equal(1);
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
    expect(el.shadowRoot!.activeElement).to.equal(figure());
    expect(figure().getAttribute('aria-label')).to.contain('Mijn collega').and.to.contain('Randvoorwaarden');
    for (let i = 0; i < 14; i++) await press(el, figure(), 'ArrowLeft');
    expect(q(el, '[aria-live]')!.textContent).to.contain('Mijn collega staat nu in Hoe');
    figure().focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ up: 'Shift' });
    await el.updateComplete;
    const { x } = el.worksheet.participants[0].figures[0];
    expect(x).to.be.lessThan(60);
    await expect(el).to.be.accessible();
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
});
