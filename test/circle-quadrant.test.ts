import { expect } from '@open-wc/testing';
import { mount, q, qa, runWorksheetSuite, typeNote } from './worksheet-suite.js';

runWorksheetSuite({
  tag: 'kjk-circle-quadrant',
  kind: 'circle-quadrant',
  title: 'Cirkelen',
  zones: ['proud', 'difficult', 'nightmare', 'dream'],
});

describe('<kjk-circle-quadrant>', () => {
  afterEach(() => sessionStorage.clear());

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
