import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from './commands.js';
import '../src/index.js';
import type { KjkTensionCard } from '../src/components/tension-card/tension-card.js';
import { defaultDecks } from '../src/internal/content/default-decks.js';

afterEach(() => sessionStorage.clear());

describe('<kjk-tension-card>', () => {
  for (const field of ['1', '2', '3', '4', '5']) {
    it(`shows tension field ${field} with its central question, markable, accessibly`, async () => {
      const el = await fixture<KjkTensionCard>(html`<kjk-tension-card field=${field} persist="none"></kjk-tension-card>`);
      const card = defaultDecks.nl.cards.find((c) => c.id === `tension-${field}`)!;
      const root = el.shadowRoot!;
      expect(root.querySelector('h2')!.textContent).to.equal(card.title);
      expect(root.querySelector('.question')!.textContent).to.equal(card.blocks.find((b) => b.type === 'question')!.text);
      expect(root.querySelectorAll('blockquote').length).to.equal(card.blocks.filter((b) => b.type === 'quote').length);
      await expect(el).to.be.accessible();
      root.querySelector<HTMLInputElement>('.mark input')!.click();
      await el.updateComplete;
      expect(root.querySelector('textarea')).to.exist;
      expect(root.querySelector('#note-hint')!.textContent).to.contain('namen');
      await expect(el).to.be.accessible();
    });
  }

  for (const bad of ['0', '6', 'twee', '']) {
    it(`explains field="${bad}" and lists 1–5`, async () => {
      const el = await fixture<KjkTensionCard>(html`<kjk-tension-card field=${bad}></kjk-tension-card>`);
      const message = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(message.textContent).to.contain('1, 2, 3, 4, 5');
      expect(el.shadowRoot!.querySelector('article')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('prints the card and its note, without the saving controls', async () => {
    const el = await fixture<KjkTensionCard>(html`<kjk-tension-card field="2"></kjk-tension-card>`);
    el.shadowRoot!.querySelector<HTMLInputElement>('.mark input')!.click();
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(el.shadowRoot!.querySelector('.session')!).display).to.equal('none');
      expect(getComputedStyle(el.shadowRoot!.querySelector('textarea')!).display).to.not.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('speaks English with lang="en"', async () => {
    const el = await fixture<KjkTensionCard>(html`<kjk-tension-card field="4" lang="en" persist="none"></kjk-tension-card>`);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(defaultDecks.en.cards.find((c) => c.id === 'tension-4')!.title);
    expect(el.shadowRoot!.querySelector('.mark')!.textContent).to.contain('This plays a part for us');
  });
});
