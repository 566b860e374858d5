import { expect, fixture, html } from '@open-wc/testing';
import { narrow } from './commands.js';
import { mount, press, q, qa, runWorksheetSuite, typeNote } from './worksheet-suite.js';
import { layout, tally } from '../src/internal/word-cloud/layout.js';
import type { KjkWordCloud } from '../src/components/word-cloud/word-cloud.js';
import { writeSheet } from '../src/internal/session/sheets.js';
import { expectFocusOn, walkControls } from './focus-walker.js';

runWorksheetSuite({ tag: 'kjk-word-cloud', kind: 'word-cloud', title: 'Wat versta jij onder ‘eigen kracht’?', zones: ['words'], topic: false, chips: true });

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

  it('keeps the cloud as the hero at 320px, laid out for a phone with words large enough to read', async function () {
    await narrow(this, 320, 700, async () => {
      const el = await mount('kjk-word-cloud');
      for (const word of ['veerkracht', 'samen', 'samen', 'hulp durven vragen']) await typeNote(el, 'words', word);
      // The phone's layout comes a frame after the width is known.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await el.updateComplete;
      const cloud = q(el, '.cloud-svg')!;
      expect(getComputedStyle(cloud).display).to.not.equal('none');
      expect(cloud.classList.contains('narrow'), 'laid out for a phone').to.equal(true);
      expect(cloud.getBoundingClientRect().width).to.be.greaterThan(220);
      const smallest = Math.min(...qa(el, '.cloud-svg .word').map((w) => w.getBoundingClientRect().height));
      expect(smallest, 'smallest word, in px on screen').to.be.at.least(13);
      expect(qa(el, '.cloud-svg .word').map((w) => w.textContent)).to.have.members(['veerkracht', 'samen', 'hulp durven vragen']);
    });
  });

  it('puts the field first, then the words as chips, then the cloud, in the DOM and on screen', async () => {
    const el = await mount('kjk-word-cloud');
    await typeNote(el, 'words', 'regie');
    const [field, chip, cloud] = ['#add-words', '.word-chip', '.cloud-svg'].map((s) => q(el, s)!);
    expect(field.compareDocumentPosition(chip) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(chip.compareDocumentPosition(cloud) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(field.getBoundingClientRect().bottom).to.be.at.most(chip.getBoundingClientRect().top);
    expect(chip.getBoundingClientRect().bottom).to.be.at.most(cloud.getBoundingClientRect().top);
  });

  it('removes a word chip by click and by keyboard, focus on the next chip, then the one before, then the field; never reorders', async () => {
    const el = await mount('kjk-word-cloud');
    for (const word of ['een', 'twee', 'drie']) await typeNote(el, 'words', word);
    const chips = () => qa(el, '.word-chip .chip-word').map((c) => c.textContent);
    const remove = (word: string) => qa(el, '.word-chip [data-action="remove"]').find((b) => b.getAttribute('aria-label') === `Verwijder ${word}`)!;
    expect(chips()).to.deep.equal(['een', 'twee', 'drie']);
    // A cloud has no order: no up and down buttons, no Alt+arrow.
    expect(qa(el, '[data-action="up"], [data-action="down"], .note-actions')).to.deep.equal([]);
    expect(remove('twee').getBoundingClientRect().height).to.be.at.least(44);
    remove('twee').click();
    await el.updateComplete;
    expect(chips()).to.deep.equal(['een', 'drie']);
    expectFocusOn(remove('drie'), 'after removing the middle word:');
    await press(el, remove('drie'), 'Enter');
    expect(chips()).to.deep.equal(['een']);
    expectFocusOn(remove('een'), 'after removing the last word:');
    await press(el, remove('een'), 'Space');
    expect(chips()).to.deep.equal([]);
    expectFocusOn(q(el, '#add-words')!, 'after removing the only word:');
    expect(qa(el, '.cloud-svg .word')).to.deep.equal([]);
    await expect(el).to.be.accessible();
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
    // The printed card's caption is for the professionals' cloud, said to be the printed one; the live cloud invites the group.
    const printed = card.shadowRoot!.querySelector('.figure-printed')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(printed).to.equal('In de gedrukte waaier: Digitale woordwolk gemaakt door professionals in antwoord op de vraag: Wat versta jij onder ‘eigen kracht’?');
    expect(card.shadowRoot!.querySelector('.figure figcaption')!.textContent!.trim()).to.equal('Maak jullie eigen woordwolk');
    expect(card.shadowRoot!.querySelector('.figure')!.textContent).to.not.contain('gemaakt door professionals');
    await typeNote(cloud, 'words', 'samen sterk');
    expect(q(cloud, '.cloud-svg .word')!.textContent).to.equal('samen sterk');
    await expect(card).to.be.accessible();
  });

  it('says in English what the intro card\'s two clouds are', async () => {
    const card = await fixture(html`<kjk-card card="intro" lang="en"></kjk-card>`);
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(card.shadowRoot!.querySelector('.figure-printed')!.textContent).to.contain('In the printed fan:').and.to.contain('made by professionals');
    expect(card.shadowRoot!.querySelector('.figure figcaption')!.textContent!.trim()).to.equal('Make your own word cloud');
  });
});
