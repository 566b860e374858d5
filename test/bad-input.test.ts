/**
 * Bad input from files, links, states and decks: each gets a clear message, never a crash,
 * and the element keeps working. Exports cannot be spoofed with bidi controls, and console
 * messages name the place and the expected type, never the user's own words.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { KjkFan } from '../src/components/fan/fan.js';
import type { KjkCard } from '../src/components/card/card.js';
import type { WorksheetElement } from '../src/internal/worksheet/worksheet-element.js';
import { emptyState, parseState } from '../src/internal/session/state.js';
import { paintPictures } from '../src/internal/mindmap/picture.js';
import { gespreksplan } from '../src/internal/session/plan.js';
import { planDocument } from '../src/internal/plan/plan-document.js';
// TEMP (issue 16): the document helper's docAsText/docAsMarkdown at the merge.
import { docAsMarkdown, docAsText } from '../src/internal/document/text.js';
import { defaultDecks } from '../src/internal/content/default-decks.js';
import { parseDeck } from '../src/internal/content/deck-schema.js';
import { chooseFile, until } from './dom-helpers.js';
import { writeSheet } from '../src/internal/session/sheets.js';

function captureWarnings(): { warnings: string[]; restore: () => void } {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return { warnings, restore: () => (console.warn = original) };
}

describe('heading-level out of range', () => {
  for (const value of ['9', 'abc', '1']) {
    it(`heading-level="${value}" keeps the title an h2 and tells the developer once`, async () => {
      const { warnings, restore } = captureWarnings();
      try {
        const first = await fixture<WorksheetElement>(html`<kjk-octagon persist="none" heading-level=${value}></kjk-octagon>`);
        const second = await fixture<KjkCard>(html`<kjk-card card="intro" heading-level=${value}></kjk-card>`);
        expect(first.shadowRoot!.querySelector('h2')).to.exist;
        expect(second.shadowRoot!.querySelector('h2')).to.exist;
        const about = warnings.filter((w) => w.includes(`heading-level="${value}"`));
        expect(about).to.have.length(1);
        expect(about[0]).to.contain('2, 3, 4 or 5');
      } finally {
        restore();
      }
    });
  }
});

const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
const SECRET = 'mijn geheime verhaal';

function captureErrors(): { errors: string[]; restore: () => void } {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  return { errors, restore: () => (console.error = original) };
}

const status = (el: Element) => el.shadowRoot!.querySelector('.status')!.textContent!.trim();

async function importInto(el: WorksheetElement, file: File): Promise<void> {
  chooseFile(el.shadowRoot!.querySelector<HTMLInputElement>('#import')!, file);
  await until(() => status(el), 100);
  await el.updateComplete;
}

async function stillWorks(el: WorksheetElement, zone: string): Promise<void> {
  const add = el.shadowRoot!.querySelector<HTMLTextAreaElement>(`#add-${zone}`)!;
  add.value = 'werkt nog';
  (add.nextElementSibling as HTMLButtonElement).click();
  await el.updateComplete;
  expect([...el.shadowRoot!.querySelectorAll<HTMLTextAreaElement>('.slip')].map((s) => s.value)).to.include('werkt nog');
}

afterEach(() => {
  sessionStorage.clear();
});

describe('bad input never crashes', () => {
  it('an import whose kind cannot even be turned into text gets a message', async () => {
    const el = await fixture<WorksheetElement>(html`<kjk-octagon persist="none"></kjk-octagon>`);
    const file = JSON.stringify({ format: 'ken-je-kracht/worksheet', version: 2, kind: { toString: 1 }, worksheet: {} });
    await importInto(el, new File([file], 'raar.json'));
    expect(status(el)).to.contain('andere werkvorm').and.to.contain('niets veranderd');
    await stillWorks(el, 'why');
  });

  it('an import nested 200,000 deep gets a message', async () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    for (const file of [
      `{"format":"ken-je-kracht/worksheet","version":2,"kind":${deep},"worksheet":{}}`,
      `{"format":"ken-je-kracht/worksheet","version":2,"kind":"octagon","worksheet":{"topic":"","participants":${deep},"active":"p"}}`,
    ]) {
      const el = await fixture<WorksheetElement>(html`<kjk-octagon persist="none"></kjk-octagon>`);
      await importInto(el, new File([file], 'diep.json'));
      expect(status(el)).to.contain('niets veranderd');
      await stillWorks(el, 'why');
    }
  });

  it('a file over the size limit is refused before it is read, with its size in the message', async () => {
    const el = await fixture<WorksheetElement>(html`<kjk-octagon persist="none"></kjk-octagon>`);
    const big = new File([new Uint8Array(12 * 1024 * 1024).fill(32)], 'groot.json');
    await importInto(el, big);
    expect(status(el)).to.contain('te groot (12 MB)').and.to.contain('hooguit 5 MB').and.to.contain('niets veranderd');
    await stillWorks(el, 'why');
  });

  it('a stored picture that is not valid base64 is rejected, and painting one never throws', async () => {
    const state = emptyState();
    writeSheet(state, 'mindmap', {
      topic: '',
      participants: [
        {
          id: 'p-1',
          name: '',
          notes: {},
          figures: [],
          drawing: { strokes: [], items: [{ kind: 'picture', id: 'i-1', src: 'data:image/png;base64,A', x: 0, y: 0, size: 50, ratio: 1, description: '' }] },
        },
      ],
      active: 'p-1',
    });
    expect(parseState(state).ok).to.equal(false);
    const root = document.createElement('div');
    root.innerHTML = '<canvas data-picture="i-1"></canvas>';
    let failure: unknown;
    await paintPictures(root, () => 'data:image/png;base64,A').catch((e) => (failure = e));
    expect(failure).to.equal(undefined);
  });

  it('hash-navigation with a broken link (#kjk-%) says so and shows the fan', async () => {
    history.replaceState(null, '', '#kjk-%');
    const capture = captureErrors();
    try {
      const el = await fixture<KjkFan>(html`<kjk-fan persist="none" hash-navigation></kjk-fan>`);
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect(root.querySelector('[role="alert"]')!.textContent).to.contain('#kjk-%');
      expect(root.querySelector('.closed h2')).to.exist;
      expect(capture.errors).to.have.length(1);
      await expect(el).to.be.accessible();
      root.querySelector<HTMLButtonElement>('[data-action="open"]')!.click();
      await el.updateComplete;
      expect(root.querySelector('.strips')).to.exist;
    } finally {
      capture.restore();
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('a deck nested too deeply is refused with a message, not a frozen or crashed page', async () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    const deck = { ...structuredClone(defaultDecks.nl), extra: deep };
    expect(() => parseDeck(deck)).not.to.throw();
    const result = parseDeck(deck);
    expect(result.ok).to.equal(false);
    const capture = captureErrors();
    try {
      const el = await fixture<KjkCard>(html`<kjk-card card="intro" .deck=${deck}></kjk-card>`);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('nested too deeply');
    } finally {
      capture.restore();
    }
  });
});

describe('decks', () => {
  it('a deck-src over the size limit is refused before it is parsed, with its size', async () => {
    const url = URL.createObjectURL(new Blob([' '.repeat(3 * 2 ** 20)], { type: 'application/json' }));
    const capture = captureErrors();
    try {
      const el = await fixture<KjkCard>(html`<kjk-card card="intro" deck-src=${url}></kjk-card>`);
      await until(() => el.shadowRoot!.querySelector('[role="alert"]'));
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('te groot (3 MB)').and.to.contain('hooguit 1 MB');
      expect(capture.errors).to.have.length(1);
      await expect(el).to.be.accessible();
    } finally {
      capture.restore();
      URL.revokeObjectURL(url);
    }
  });

  const withoutTension3 = () => {
    const deck = structuredClone(defaultDecks.nl);
    deck.cards = deck.cards.filter((c) => c.id !== 'tension-3');
    return deck;
  };

  it('<kjk-card> says so when the custom deck lacks the card asked for', async () => {
    const capture = captureErrors();
    try {
      const el = await fixture<KjkCard>(html`<kjk-card card="tension-3" .deck=${withoutTension3()}></kjk-card>`);
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      const message = el.shadowRoot!.querySelector('[part="message"][role="alert"]')!;
      expect(message.textContent).to.contain('heeft geen kaart "tension-3"');
      expect(el.shadowRoot!.querySelector('article')).to.equal(null);
      expect(capture.errors).to.have.length(1);
      expect(capture.errors[0]).to.contain('tension-3');
      await expect(el).to.be.accessible();
    } finally {
      capture.restore();
    }
  });

  it('<kjk-fan card="…"> says so instead of showing another card', async () => {
    const capture = captureErrors();
    try {
      const el = await fixture<KjkFan>(html`<kjk-fan persist="none" card="tension-3" .deck=${withoutTension3()}></kjk-fan>`);
      await el.updateComplete;
      const reader = el.shadowRoot!.querySelector('.reader')!;
      expect(reader.querySelector('[role="alert"]')!.textContent).to.contain('heeft geen kaart "tension-3"');
      expect(reader.querySelector('article')).to.equal(null);
      expect(capture.errors).to.have.length(1);
      await expect(el).to.be.accessible();
      el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="overview"]')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.strips')).to.exist;
    } finally {
      capture.restore();
    }
  });
});

describe('exports neutralise bidi controls', () => {
  const spoof = 'Afspraak: \u202Efdp.exe\u202C niet \u2066doen\u2069 \u200F\u061C';

  it('in a worksheet as text and Markdown', async () => {
    const state = emptyState();
    writeSheet(state, 'octagon', { topic: spoof, participants: [{ id: 'p-1', name: spoof, notes: { why: [{ id: 'n-1', text: spoof }] }, figures: [] }], active: 'p-1' });
    const el = await fixture<WorksheetElement>(html`<kjk-octagon persist="none" .state=${state}></kjk-octagon>`);
    await el.updateComplete;
    expect(el.toText()).to.contain('fdp.exe');
    expect(el.toText()).not.to.match(BIDI);
    expect(el.toMarkdown()).not.to.match(BIDI);
  });

  it('in the gespreksplan', () => {
    const state = emptyState();
    state.plan.actions = [spoof];
    state.tensions['1'] = { marked: true, note: spoof };
    const t = (k: string) => k;
    const doc = planDocument(gespreksplan(defaultDecks.nl, state, t), t);
    expect(docAsText(doc)).to.contain('fdp.exe').and.not.to.match(BIDI);
    expect(docAsMarkdown(doc)).not.to.match(BIDI);
  });
});

describe('console messages never repeat the user\'s text', () => {
  it('an invalid state is reported by path and expected type', async () => {
    const el = await fixture<WorksheetElement>(html`<kjk-octagon persist="none"></kjk-octagon>`);
    const state = emptyState() as unknown as Record<string, any>;
    state.tensions['1'] = { marked: SECRET, note: '' };
    state.worksheets[SECRET] = { topic: '', participants: [], active: 'p' };
    const capture = captureErrors();
    try {
      el.state = state;
    } finally {
      capture.restore();
    }
    expect(capture.errors).to.have.length(1);
    expect(capture.errors[0]).to.contain('tensions.1.marked').and.to.contain('boolean');
    expect(capture.errors[0]).not.to.contain('geheime');
  });

  it('an invalid deck is reported by path and expected value', async () => {
    const deck = structuredClone(defaultDecks.nl) as unknown as Record<string, any>;
    deck.cards[1].blocks[0].type = SECRET;
    const capture = captureErrors();
    let el: KjkCard;
    try {
      el = await fixture<KjkCard>(html`<kjk-card card="intro" .deck=${deck}></kjk-card>`);
      await el.updateComplete;
    } finally {
      capture.restore();
    }
    expect(capture.errors).to.have.length(1);
    expect(capture.errors[0]).to.contain('cards.1.blocks.0.type');
    expect(capture.errors[0]).not.to.contain('geheime');
    expect(el!.shadowRoot!.textContent).not.to.contain('geheime');
  });
});
