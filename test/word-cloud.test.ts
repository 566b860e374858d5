import { expect, fixture, html } from '@open-wc/testing';
import { narrow } from './commands.js';
import { mount, press, q, qa, runWorksheetSuite, typeNote } from './worksheet-suite.js';
import { layout, tally } from '../src/internal/word-cloud/layout.js';
import type { KjkWordCloud } from '../src/components/word-cloud/word-cloud.js';
import { writeSheet } from '../src/internal/session/sheets.js';
import { expectFocusOn, walkControls } from './focus-walker.js';

runWorksheetSuite({ tag: 'kjk-word-cloud', kind: 'word-cloud', title: 'Wat versta jij onder ‘eigen kracht’?', zones: ['words'], topic: false });

const BOX = { width: 400, height: 240, minSize: 13, maxSize: 46 };

describe('word cloud layout', () => {
  it('counts a word however it is written, most named first', () => {
    expect(tally(['Regie', ' regie ', 'Samen', 'Regie.', 'zelf  doen', 'Zelf doen'])).to.deep.equal([
      { word: 'Regie', count: 3 },
      { word: 'zelf doen', count: 2 },
      { word: 'Samen', count: 1 },
    ]);
  });

  it('places words inside the cloud without overlap, larger when named more, the same every time', () => {
    const words = tally(['regie', 'regie', 'regie', 'netwerk', 'netwerk', 'veerkracht', 'zelf doen', 'hulp vragen', 'samen']);
    const first = layout(words, BOX);
    expect(layout(words, BOX)).to.deep.equal(first);
    expect(first.left).to.deep.equal([]);
    const size = (w: string) => first.placed.find((p) => p.word === w)!.size;
    expect(size('regie')).to.be.greaterThan(size('netwerk'));
    expect(size('netwerk')).to.be.greaterThan(size('samen'));
    for (const p of first.placed) {
      expect(Math.abs(p.x)).to.be.lessThan(200);
      expect(Math.abs(p.y)).to.be.lessThan(120);
    }
  });

  it('leaves out of the cloud what does not fit, never out of the list', () => {
    const many = tally(Array.from({ length: 150 }, (_, i) => `woord-nummer-${i}`));
    const { placed, left } = layout(many, BOX);
    expect(left.length).to.be.greaterThan(0);
    expect(placed.length + left.length).to.equal(150);
  });
});

describe('<kjk-word-cloud>', () => {
  afterEach(() => sessionStorage.clear());

  it('draws everyone\'s words sized by how often they are named, with a list of counts for screen readers', async () => {
    const el = await mount('kjk-word-cloud');
    for (const word of ['Regie', 'netwerk']) await typeNote(el, 'words', word);
    await press(el, q(el, '[data-action="add-participant"]'), 'Enter');
    for (const word of ['regie', 'Samen']) await typeNote(el, 'words', word);
    const words = qa<SVGTextElement>(el, '.cloud-svg .word');
    expect(words.map((w) => w.textContent)).to.deep.equal(['Regie', 'netwerk', 'Samen']);
    expect(Number(words[0].getAttribute('font-size'))).to.be.greaterThan(Number(words[1].getAttribute('font-size')));
    const items = qa(el, '.word-list li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items[0]).to.equal('Regie 2× , 2 keer genoemd');
    // In the cloud view the list is hidden on screen but not from screen readers.
    expect(getComputedStyle(q(el, '.word-list')!).display).not.to.equal('none');
    expect(q(el, '.cloud-svg')!.getAttribute('aria-label')).to.contain('3 woorden');
    await expect(el).to.be.accessible();
    await press(el, q(el, '[data-display="list"]'), 'Enter');
    expect(getComputedStyle(q(el, '.cloud-svg')!).display).to.equal('none');
    expect(q(el, '.word-list')!.getBoundingClientRect().width).to.be.greaterThan(100);
    await expect(el).to.be.accessible();
  });

  it('shows the list instead of the cloud on a small screen', async function () {
    await narrow(this, 320, 700, async () => {
      const el = await mount('kjk-word-cloud');
      await typeNote(el, 'words', 'veerkracht');
      expect(getComputedStyle(q(el, '.cloud-svg')!).display).to.equal('none');
      expect(q(el, '.word-list')!.getBoundingClientRect().width).to.be.greaterThan(100);
      expect(q(el, '.word-list')!.textContent).to.contain('veerkracht');
    });
  });

  it('says in plain words when words do not fit the cloud', async () => {
    const el = await mount('kjk-word-cloud');
    const state = structuredClone(el.state!);
    writeSheet(state, 'word-cloud', {
      topic: '',
      active: 'p-1',
      participants: [
        { id: 'p-1', name: '', figures: [], notes: { words: Array.from({ length: 150 }, (_, i) => ({ id: `n-${i}`, text: `een langere zin nummer ${i}` })) } },
      ],
    });
    el.state = state;
    await el.updateComplete;
    expect(q(el, '.cloud')!.textContent).to.match(/\d+ woorden passen niet in de wolk/);
    expect(qa(el, '.word-list li')).to.have.length(150);
  });

  it('keeps focus on "Wolk" and "Lijst" when switching, full and compact on the intro card (keyboard walker)', async function () {
    this.timeout(60000);
    const el = await mount('kjk-word-cloud');
    await typeNote(el, 'words', 'regie');
    for (const display of ['list', 'cloud']) {
      const button = q(el, `.cloud-view [data-display="${display}"]`)!;
      await press(el, button, 'Space');
      expect(q(el, '.cloud')!.classList.contains(`show-${display}`)).to.equal(true);
      expectFocusOn(button, display);
    }
    await walkControls({
      setup: async () => {
        const card = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<kjk-card card="intro"></kjk-card>`);
        await card.updateComplete;
        const cloud = card.shadowRoot!.querySelector<KjkWordCloud>('kjk-word-cloud[compact]')!;
        await cloud.updateComplete;
        return cloud;
      },
    });
  });

  it('appears on the intro card where the page registered it', async () => {
    const card = await fixture(html`<kjk-card card="intro"></kjk-card>`);
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const cloud = card.shadowRoot!.querySelector<KjkWordCloud>('.figure kjk-word-cloud[compact]')!;
    await cloud.updateComplete;
    // On the card only the cloud and its field: the card asks the question, saving stays with the full element.
    expect(q(cloud, '.tools')).to.equal(null);
    expect(q(cloud, '.participants')).to.equal(null);
    expect(q(cloud, '.ws-head')!.hidden).to.equal(true);
    await typeNote(cloud, 'words', 'samen sterk');
    expect(q(cloud, '.cloud-svg .word')!.textContent).to.equal('samen sterk');
    await expect(card).to.be.accessible();
  });
});
