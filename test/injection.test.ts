/**
 * User text, imports and custom decks carrying HTML, script, SVG payloads, javascript: URLs
 * and very long strings render as text, execute nothing and leave the element working.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { chooseFile, until } from './dom-helpers.js';
import '../src/index.js';
import type { KjkFan } from '../src/components/fan/fan.js';
import type { KjkCard } from '../src/components/card/card.js';
import type { WorksheetElement } from '../src/internal/worksheet/worksheet-element.js';
import { defaultDecks } from '../src/internal/content/default-decks.js';
import { emptyState } from '../src/internal/session/state.js';
import { writeSheet } from '../src/internal/session/sheets.js';

const PAYLOADS = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 1">',
  '<svg onload="window.__pwned = 1"><circle r="5"/></svg>',
  'javascript:window.__pwned = 1',
  '"><iframe srcdoc="<script>parent.__pwned = 1</script>"></iframe>',
  '{{constructor.constructor("window.__pwned = 1")()}}',
];
const MEGABYTE = 'x'.repeat(1024 * 1024);

/** Nothing foreign was created, nothing ran. */
function clean(el: Element): void {
  expect(el.shadowRoot!.querySelector('script, img, iframe, svg svg, svg circle[r="5"], a[href^="javascript"]')).to.equal(null);
  expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
}

function quietly<T>(run: () => T): T {
  const original = console.error;
  console.error = () => {};
  try {
    return run();
  } finally {
    console.error = original;
  }
}

afterEach(() => sessionStorage.clear());

describe('injection and very long input', () => {
  it('the step plan shows payloads in own goals and actions as text', async () => {
    const state = emptyState();
    state.plan = { ...state.plan, step: 8, goals: { chosen: [], own: PAYLOADS }, actions: PAYLOADS };
    state.tensions['1'] = { marked: true, note: PAYLOADS.join(' ') };
    const el = await fixture<KjkFan>(html`<kjk-fan mode="steps" persist="none" .state=${state}></kjk-fan>`);
    await el.updateComplete;
    const plan = el.shadowRoot!.querySelector('.plan')!.textContent!;
    for (const payload of PAYLOADS) expect(plan).to.contain(payload);
    clean(el);
    el.goToStep(2);
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('.own-items li span')].map((s) => s.textContent)).to.deep.equal(PAYLOADS);
    clean(el);
  });

  it('worksheets show payloads in notes, names, topics and figures as text', async () => {
    const state = emptyState();
    writeSheet(state, 'octagon', {
      topic: PAYLOADS[0],
      participants: PAYLOADS.slice(0, 3).map((name, i) => ({
        id: `p-${i}`,
        name,
        notes: { why: PAYLOADS.map((text, j) => ({ id: `n-${j}`, text })) },
        figures: [{ id: `f-${i}`, label: PAYLOADS[1], x: 0, y: 0 }],
      })),
      active: 'p-0',
    });
    const el = await fixture<WorksheetElement>(html`<kjk-octagon persist="none" .state=${state}></kjk-octagon>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#topic')!.value).to.equal(PAYLOADS[0]);
    expect([...el.shadowRoot!.querySelectorAll('.participant-tabs .chip')].map((c) => c.textContent!.trim())).to.deep.equal(PAYLOADS.slice(0, 3).map((p) => p.trim()));
    expect([...el.shadowRoot!.querySelectorAll<HTMLTextAreaElement>('.zone[data-zone="why"] textarea.slip')].map((t) => t.value).join(' ')).to.contain('<script>');
    expect(el.shadowRoot!.querySelector('.note-badge text')!.textContent).to.equal(String(PAYLOADS.length));
    expect(el.shadowRoot!.querySelector('.figure-label')!.textContent).to.equal(PAYLOADS[1]);
    clean(el);
    expect(el.toMarkdown()).not.to.match(/(^|[^\\])</);
  });

  it('refuses 1 MB notes, decks and imports quickly with a message, and keeps working', async () => {
    const el = await fixture<WorksheetElement>(html`<kjk-circle-quadrant persist="none" storage-key="injection-megabyte"></kjk-circle-quadrant>`);
    const state = emptyState();
    const sheet = { topic: '', participants: [{ id: 'p-1', name: MEGABYTE, notes: { proud: [{ id: 'n', text: MEGABYTE }] }, figures: [] }], active: 'p-1' };
    writeSheet(state, 'circle-quadrant', sheet);
    quietly(() => (el.state = state));
    await el.updateComplete;
    expect(el.worksheet.participants[0].name).to.equal('');
    const file = JSON.stringify({ format: 'ken-je-kracht/worksheet', version: 1, kind: 'circle-quadrant', worksheet: sheet });
    chooseFile(el.shadowRoot!.querySelector<HTMLInputElement>('#import')!, new File([file], 'big.json'));
    await until(() => el.shadowRoot!.querySelector('.status')!.textContent!.trim(), 50);
    expect(el.shadowRoot!.querySelector('.status')!.textContent).to.contain('niets veranderd');
    const add = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#add-proud')!;
    add.value = 'werkt nog';
    (add.nextElementSibling as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector<HTMLTextAreaElement>('.slip')!.value).to.equal('werkt nog');

    const deck = structuredClone(defaultDecks.nl) as unknown as { cards: Array<{ blocks: Array<{ text?: string }> }> };
    deck.cards[1].blocks[0].text = MEGABYTE;
    const card = await quietly(() => fixture<KjkCard>(html`<kjk-card card="intro" .deck=${deck}></kjk-card>`));
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('cards.1.blocks.0.text');
  });

  it('a custom deck with payloads in every kind of block shows them as text', async () => {
    const deck = structuredClone(defaultDecks.nl);
    const intro = deck.cards.find((c) => c.id === 'intro')!;
    intro.title = PAYLOADS[0];
    intro.blocks = [
      { type: 'paragraph', text: PAYLOADS[1] },
      { type: 'quote', text: PAYLOADS[2], role: PAYLOADS[3] },
      { type: 'list', items: [PAYLOADS[4], { title: PAYLOADS[5], text: PAYLOADS[0] }] },
      { type: 'figure', caption: PAYLOADS[1], question: PAYLOADS[2] },
    ];
    const el = await fixture<KjkCard>(html`<kjk-card card="intro" .deck=${deck}></kjk-card>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(PAYLOADS[0]);
    for (const payload of PAYLOADS) expect(el.shadowRoot!.textContent).to.contain(payload);
    clean(el);
  });
});
