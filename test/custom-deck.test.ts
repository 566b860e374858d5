import { expect, fixture, html } from '@open-wc/testing';
import type { KjkCard } from '../src/components/card/card.js';
import { defaultDecks } from '../src/internal/content/default-decks.js';
import '../src/index.js';

type Mutable = Record<string, any>;
const copy = (): Mutable => structuredClone(defaultDecks.nl) as unknown as Mutable;

function captureErrors(): { errors: string[]; restore: () => void } {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  return { errors, restore: () => (console.error = original) };
}

async function withDeck(deck: unknown, card = 'intro'): Promise<{ el: KjkCard; errors: string[] }> {
  const capture = captureErrors();
  try {
    const el = await fixture<KjkCard>(html`<kjk-card card=${card} .deck=${deck}></kjk-card>`);
    await el.updateComplete;
    return { el, errors: capture.errors };
  } finally {
    capture.restore();
  }
}

const malformed: Array<[string, () => unknown, string]> = [
  ['a string instead of a deck', () => 'hello', '(deck)'],
  ['a number instead of a deck', () => 42, '(deck)'],
  ['no cards', () => { const d = copy(); delete d.cards; return d; }, 'cards'],
  ['an empty card list', () => ({ ...copy(), cards: [] }), 'cards'],
  ['a future schema version', () => ({ ...copy(), schemaVersion: 2 }), 'schemaVersion'],
  ['an unknown card id', () => { const d = copy(); d.cards[3].id = 'tension-9'; return d; }, 'cards.3.id'],
  ['the same card twice', () => { const d = copy(); d.cards.push(d.cards[1]); return d; }, 'the same card id twice'],
  ['a block of an unknown type', () => { const d = copy(); d.cards[1].blocks[0] = { type: 'html', text: '<b>x</b>' }; return d; }, 'cards.1.blocks.0.type'],
  ['an empty paragraph', () => { const d = copy(); d.cards[1].blocks[0].text = '   '; return d; }, 'cards.1.blocks.0.text'],
  ['a quote that is not text', () => { const d = copy(); d.cards[3].blocks[0].text = 12; return d; }, 'cards.3.blocks.0.text'],
  ['a card in a section the deck does not have', () => { const d = copy(); d.sections = d.sections.slice(0, 2); return d; }, 'section is not in sections'],
  ['an unexpected field on a block', () => { const d = copy(); d.cards[1].blocks[0].innerHTML = '<img src=x>'; return d; }, 'cards.1.blocks.0.innerHTML'],
  ['an octagon with three zones', () => { const d = copy(); const c = d.cards.find((x: Mutable) => x.id === 'work-format-2'); c.worksheet.zones.pop(); return d; }, 'worksheet.zones'],
];

describe('<kjk-card> with a custom deck', () => {
  for (const [name, make, expected] of malformed) {
    it(`rejects ${name} with a readable message and one console error naming it`, async () => {
      const { el, errors } = await withDeck(make());
      const root = el.shadowRoot!;
      const message = root.querySelector('[part="message"][role="alert"]');
      expect(message, 'visible message').to.exist;
      expect(message!.textContent).to.contain('De kaarten kunnen niet worden getoond');
      expect(message!.textContent).to.contain(expected);
      expect(root.querySelector('article'), 'no half-validated card').to.not.exist;
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain(expected);
      await expect(el).to.be.accessible();
    });
  }

  it('shows a valid custom deck, e.g. with an adapted quote', async () => {
    const d = copy();
    d.cards.find((c: Mutable) => c.id === 'reactions').blocks[0].text = 'Onze eigen reactie.';
    const { el, errors } = await withDeck(d, 'reactions');
    expect(errors).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('blockquote')!.textContent).to.equal('Onze eigen reactie.');
  });

  it('renders markup in deck text as text, never as HTML', async () => {
    const d = copy();
    d.cards[1].blocks[0].text = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>Hallo';
    const { el } = await withDeck(d, 'intro');
    const root = el.shadowRoot!;
    expect(root.querySelector('img')).to.not.exist;
    expect(root.querySelector('script')).to.not.exist;
    expect(root.querySelector('.body p')!.textContent).to.contain('<img src=x');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('goes back to the bundled cards when the custom deck is removed', async () => {
    const { el } = await withDeck('broken');
    el.deck = undefined;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Aanleiding');
  });

  describe('deck-src', () => {
    async function fromSrc(src: string): Promise<{ el: KjkCard; errors: string[] }> {
      const capture = captureErrors();
      try {
        const el = await fixture<KjkCard>(html`<kjk-card card="intro" deck-src=${src}></kjk-card>`);
        for (let i = 0; i < 50 && el.shadowRoot!.querySelector('[role="status"]'); i++) {
          await new Promise((r) => setTimeout(r, 20));
        }
        await el.updateComplete;
        return { el, errors: capture.errors };
      } finally {
        capture.restore();
      }
    }

    it('loads a valid deck from a URL', async () => {
      const { el, errors } = await fromSrc('/test/fixtures/deck-valid.json');
      expect(errors).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Onze aanleiding');
    });

    it('says so when the URL cannot be loaded', async () => {
      const { el, errors } = await fromSrc('/test/fixtures/does-not-exist.json');
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('kon niet worden geladen');
      expect(errors).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('says so when the file is not JSON', async () => {
      const { el, errors } = await fromSrc('/test/fixtures/seed.txt');
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('kan niet worden gelezen');
      expect(errors).to.have.length(1);
    });
  });
});

