import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { englishLoaded, onDemand } from '../src/internal/i18n.js';
import { defaultDecks } from '../src/internal/content/default-decks.js';
import { octagonDecks } from '../src/internal/content/work-format-decks.js';
import type { KjkCard } from '../src/components/card/card.js';
import type { WorksheetElement } from '../src/internal/worksheet/worksheet-element.js';
import { visibleText } from './helpers.js';

// English on demand (issue 14). The order of these tests matters: the English is loaded once per
// page, so the Dutch page comes first. The runner serves the sources, so what is checked here is
// the mechanism (the loaders and the requests they make); scripts/chunk-map.mjs shows the chunks.

// The module requests of this page, however many the runner makes.
performance.setResourceTimingBufferSize(10000);
const englishRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((url) => /\/content\/en\/|\/bundled\/en\.(js|ts)/.test(url));

/** An English part that arrives when the test says so, as a slow network would deliver it. */
function gatedPart() {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  let calls = 0;
  const part = onDemand('Nederlands', () => {
    calls += 1;
    return gate.then(() => 'English');
  });
  return { part, open, calls: () => calls };
}

const title = (el: Element) => el.shadowRoot!.querySelector('h2')?.textContent ?? '';
const pending = async (promise: Promise<unknown>) =>
  Promise.race([promise.then(() => false), new Promise((resolve) => setTimeout(() => resolve(true), 100))]);

describe('English on demand', () => {
  it('a Dutch page never loads the English', async () => {
    const spy = gatedPart();
    spy.open();
    const card = await fixture<KjkCard>(html`<kjk-card card="why"></kjk-card>`);
    const sheet = await fixture<WorksheetElement>(html`<kjk-octagon storage-key="english-1" persist="none"></kjk-octagon>`);
    await fixture(html`<kjk-tension-card field="2"></kjk-tension-card>`);
    await Promise.all([card.updateComplete, sheet.updateComplete]);
    expect(title(card)).to.equal(defaultDecks.nl.cards.find((c) => c.id === 'why')!.title);
    expect(spy.calls(), 'English loader called').to.equal(0);
    expect(englishLoaded()).to.equal(false);
    expect(englishRequests(), 'English requested').to.deep.equal([]);
  });

  it('lang="en" shows English once updateComplete resolves, and only then is the English requested', async () => {
    const card = await fixture<KjkCard>(html`<kjk-card card="why" lang="en"></kjk-card>`);
    const sheet = await fixture<WorksheetElement>(html`<kjk-octagon lang="en" storage-key="english-2" persist="none"></kjk-octagon>`);
    expect(englishLoaded()).to.equal(true);
    expect(title(card)).to.equal(defaultDecks.en.cards.find((c) => c.id === 'why')!.title);
    expect(title(card)).to.not.equal(defaultDecks.nl.cards.find((c) => c.id === 'why')!.title);
    expect(visibleText(sheet)).to.contain(octagonDecks.en.cards[0]!.title);
    expect(sheet.shadowRoot!.querySelector('[data-action="share-menu"]')!.textContent!.trim()).to.equal('Save and share');
    expect(englishRequests().length, 'English requested').to.be.greaterThan(0);
  });

  it('switching nl → en keeps the Dutch on screen until the English has arrived, then shows English', async () => {
    const nlTitle = defaultDecks.nl.cards.find((c) => c.id === 'why')!.title;
    const card = await fixture<KjkCard>(html`<kjk-card card="why"></kjk-card>`);
    const sheet = await fixture<WorksheetElement>(html`<kjk-octagon storage-key="english-3" persist="none"></kjk-octagon>`);
    const dutchSheet = visibleText(sheet);
    // A part whose English is still on its way (an element's chunk that arrived just now).
    const slow = gatedPart();
    card.setAttribute('lang', 'en');
    sheet.lang = 'en';
    // The page's `lang` observer reaches the elements in a microtask; by then an update is waiting.
    await new Promise((r) => setTimeout(r));
    expect(await pending(card.updateComplete), 'card waits').to.equal(true);
    expect(await pending(sheet.updateComplete), 'worksheet waits').to.equal(true);
    expect(title(card), 'the Dutch stays').to.equal(nlTitle);
    expect(visibleText(sheet), 'the Dutch stays').to.equal(dutchSheet);
    expect(slow.part.en, 'not there yet: the Dutch').to.equal('Nederlands');
    slow.open();
    await card.updateComplete;
    await sheet.updateComplete;
    expect(title(card)).to.equal(defaultDecks.en.cards.find((c) => c.id === 'why')!.title);
    expect(sheet.shadowRoot!.querySelector('[data-action="share-menu"]')!.textContent!.trim()).to.equal('Save and share');
    expect(slow.part.en).to.equal('English');
    card.setAttribute('lang', 'nl');
    await new Promise((r) => setTimeout(r));
    await card.updateComplete;
    expect(title(card), 'back to Dutch at once').to.equal(nlTitle);
  });

  it('when the English cannot be loaded, the element stays Dutch and works; a later switch tries again', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      let fail = true;
      const flaky = onDemand('Nederlands', () => (fail ? Promise.reject(new Error('offline')) : Promise.resolve('English')));
      const nlTitle = defaultDecks.nl.cards.find((c) => c.id === 'why')!.title;
      const card = await fixture<KjkCard>(html`<kjk-card card="why" lang="en"></kjk-card>`);
      expect(title(card), 'Dutch, not empty').to.equal(nlTitle);
      expect(flaky.en).to.equal('Nederlands');
      expect(warnings.join('\n')).to.contain('English');
      card.card = 'intro';
      await card.updateComplete;
      expect(title(card), 'still works').to.equal(defaultDecks.nl.cards.find((c) => c.id === 'intro')!.title);
      fail = false;
      card.setAttribute('lang', 'nl');
      await new Promise((r) => setTimeout(r));
      await card.updateComplete;
      card.setAttribute('lang', 'en');
      await new Promise((r) => setTimeout(r));
      await card.updateComplete;
      expect(title(card), 'English after all').to.equal(defaultDecks.en.cards.find((c) => c.id === 'intro')!.title);
      expect(flaky.en).to.equal('English');
    } finally {
      console.warn = original;
    }
  });
});
