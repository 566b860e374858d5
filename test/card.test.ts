import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from './commands.js';
import { CARD_IDS } from '../src/internal/content/deck-schema.js';
import { defaultDecks } from '../src/internal/content/default-decks.js';
import type { KjkCard } from '../src/components/card/card.js';
import { renderCard, visibleText } from './helpers.js';

describe('<kjk-card>', () => {
  it('renders the intro card by default, with its heading and section', async () => {
    const el = await fixture<KjkCard>(html`<kjk-card></kjk-card>`);
    const heading = el.shadowRoot!.querySelector('h2')!;
    expect(heading.textContent).to.equal('Aanleiding');
    expect(el.getAttribute('card')).to.equal('intro');
    expect(visibleText(el)).to.contain('Introductie');
    const article = el.shadowRoot!.querySelector('article')!;
    expect(el.shadowRoot!.getElementById(article.getAttribute('aria-labelledby')!)).to.equal(heading);
    await expect(el).to.be.accessible();
  });

  for (const lang of ['nl', 'en'] as const) {
    for (const id of CARD_IDS) {
      it(`renders ${id} in ${lang}, accessibly`, async () => {
        const el = await renderCard(id, lang);
        const card = defaultDecks[lang].cards.find((c) => c.id === id)!;
        expect(card, `${lang} deck has ${id}`).to.exist;
        expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(card.title);
        expect(el.shadowRoot!.querySelector('article')!.dataset.section).to.equal(card.section);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('shows the English card when an ancestor says lang="en", and follows a change of it', async () => {
    const wrapper = await fixture(html`<div lang="en-GB"><kjk-card card="why"></kjk-card></div>`);
    const el = wrapper.querySelector('kjk-card')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(defaultDecks.en.cards.find((c) => c.id === 'why')!.title);
    wrapper.setAttribute('lang', 'nl');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Waarom in gesprek?');
  });

  it('falls back to Dutch for an unknown language, without an error', async () => {
    const el = await renderCard('why', 'fr');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Waarom in gesprek?');
  });

  it('says which ids exist when the card id is unknown', async () => {
    const el = await renderCard('tension-9');
    const message = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(message.textContent).to.contain('tension-9');
    for (const id of CARD_IDS) expect(message.textContent).to.contain(id);
    await expect(el).to.be.accessible();
  });

  it('switches card when the attribute changes', async () => {
    const el = await renderCard('intro');
    el.setAttribute('card', 'action');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Wat zet het gesprek in gang?');
  });

  it('keeps a readable text size when the host page shrinks the root font size', async () => {
    document.documentElement.style.fontSize = '62.5%';
    try {
      const wrapper = await fixture(html`<div style="font-size: 1rem"><kjk-card card="intro"></kjk-card></div>`);
      const el = wrapper.querySelector('kjk-card')!;
      await el.updateComplete;
      const p = el.shadowRoot!.querySelector('.body p')!;
      expect(parseFloat(getComputedStyle(p).fontSize)).to.be.at.least(16);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('fits a 280px column without horizontal overflow', async () => {
    for (const id of ['intro', 'knowledge-2', 'work-format-3', 'tension-4']) {
      const wrapper = await fixture(html`<div style="width: 280px"><kjk-card card=${id}></kjk-card></div>`);
      const el = wrapper.querySelector('kjk-card')!;
      await el.updateComplete;
      const article = el.shadowRoot!.querySelector('article')!;
      expect(article.scrollWidth, id).to.be.at.most(article.clientWidth + 1);
      expect(el.getBoundingClientRect().width, id).to.be.at.most(280);
    }
  });

  it('prints one card per page, without shadows', async () => {
    const wrapper = await fixture(html`<div><kjk-card card="intro"></kjk-card><kjk-card card="why"></kjk-card></div>`);
    const [first, second] = [...wrapper.querySelectorAll('kjk-card')];
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(second).breakBefore).to.equal('page');
      expect(getComputedStyle(first).breakInside).to.equal('avoid');
      expect(getComputedStyle(first.shadowRoot!.querySelector('article')!).boxShadow).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(getComputedStyle(second).breakBefore).to.equal('auto');
  });

  it('is found by its tag name type and the class is exported', async () => {
    const el = document.createElement('kjk-card');
    expect(el.constructor.name).to.equal('KjkCard');
    setTimeout(() => el.dispatchEvent(new Event('ping')));
    await oneEvent(el, 'ping');
  });
});
