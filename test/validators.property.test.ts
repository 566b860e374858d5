/**
 * The run-time checker (src/internal/check.ts) replaces valibot in the elements (issue 14) only
 * because these properties hold: on valid data, near-valid data (a valid deck or state with a
 * few things changed: wrong types, missing or extra keys, too long texts, bad ids, inherited
 * keys) and random data, it answers exactly as the valibot schemas that stay for the build-time
 * check: the same accept or reject, the same output (fields, order, trimmed texts) and the same
 * problems, path and wording.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type * as valibot from 'valibot';
import { defaultDecks } from '../src/internal/content/default-decks.js';
import * as hand from '../src/internal/content/deck-schema.js';
import * as handState from '../src/internal/session/state.js';
import * as reference from '../src/internal/content/deck-schema.valibot.js';
import * as referenceState from '../src/internal/session/state.valibot.js';

// The types the elements use are the ones valibot would infer: a compile-time check.
type Equal<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const typesMatch: [
  Equal<hand.Deck, valibot.InferOutput<typeof reference.deckSchema>>,
  Equal<hand.Card, valibot.InferOutput<typeof reference.cardSchema>>,
  Equal<hand.Block, valibot.InferOutput<typeof reference.blockSchema>>,
  Equal<hand.ListItem, valibot.InferOutput<typeof reference.listItem>>,
  Equal<hand.Worksheet, valibot.InferOutput<typeof reference.worksheetSchema>>,
  Equal<hand.Section, valibot.InferOutput<typeof reference.sectionSchema>>,
  Equal<handState.SessionState, valibot.InferOutput<typeof referenceState.stateSchema>>,
  Equal<handState.WorksheetState, valibot.InferOutput<typeof referenceState.worksheetStateSchema>>,
] = [true, true, true, true, true, true, true, true];
void typesMatch;

type Key = string | number;
type Json = Record<string, unknown> | unknown[];

/** Every place in a value, the root first. */
function placesIn(value: unknown, at: Key[] = [], out: Key[][] = []): Key[][] {
  out.push(at);
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) placesIn((value as Record<string, unknown>)[key], [...at, Array.isArray(value) ? Number(key) : key], out);
  }
  return out;
}

const long = (n: number) => 'x'.repeat(n);
/** Values near the schemas' edges, and of every type. */
const edgeValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('', ' ', '  tekst  ', 'a', long(40), long(41), long(80), long(81), long(200), long(201), long(2000), long(2001), long(5000), long(5001)),
  fc.constantFrom('p-1', 'P 1', 'heading', 'paragraph', 'list', 'octagon', 'circle', 'words', 'picture', 'pictogram', 'ink', 'pink', 'present', 'concerns'),
  fc.constantFrom('cover', 'intro', 'tension-9', 'introduction', 'nl', 'EN', 'en-GB', 'M0 0L1 1', 'M0 0C1 1', 'data:image/png;base64,AAAA', 'data:image/png;base64,AAA', 'why', '1', '6'),
  fc.constantFrom(0, -0, 1, 1.5, 2, 3, 4, 5, 8, 9, 10, 99, 100, -1, -400, 400.5, 1000, -1001, 16, 300, 0.1, 0.05, NaN, Infinity, -Infinity),
  fc.constantFrom(null, undefined, true, false, [], {}, [''], { type: 'heading', text: 'x' }),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 120 }),
  fc.double(),
  fc.jsonValue({ maxDepth: 2 }),
);
const extraKey = fc.constantFrom('extra', 'innerHTML', 'id', 'type', 'kind', 'title', 'text', 'constructor', '__proto__', 'prototype', 'Bad key!', '1', '6', 'octagon', 'p-9', 'toString');

type Mutation = { kind: 'replace' | 'delete' | 'extra' | 'duplicate' | 'empty' | 'inherit'; place: number; value: unknown; key: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('replace', 'replace', 'delete', 'extra', 'duplicate', 'empty', 'inherit'),
  place: fc.nat(),
  value: edgeValue,
  key: extraKey,
});

/** Sets an own, enumerable property, `__proto__` included (as JSON.parse would). */
function put(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function mutate(seed: unknown, mutations: Mutation[]): unknown {
  let root: unknown = structuredClone(seed);
  for (const m of mutations) {
    const places = placesIn(root);
    const place = places[m.place % places.length];
    const parent = place.slice(0, -1).reduce<any>((v, k) => v[k], root) as Json | undefined;
    const key = place[place.length - 1];
    const target = place.reduce<any>((v, k) => v[k], root) as unknown;
    const set = (value: unknown) => (parent ? put(parent as Record<string, unknown>, String(key), value) : (root = value));
    // A copy: fast-check reuses its values, and a value placed twice would make a cycle.
    const value = structuredClone(m.value);
    if (m.kind === 'replace') set(value);
    else if (m.kind === 'delete' && parent) {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
    } else if (m.kind === 'extra' && target && typeof target === 'object' && !Array.isArray(target)) put(target as Record<string, unknown>, m.key, value);
    else if (m.kind === 'duplicate' && Array.isArray(target) && target.length) target.push(structuredClone(target[m.place % target.length]));
    else if (m.kind === 'empty' && Array.isArray(target)) target.length = 0;
    else if (m.kind === 'inherit' && target && typeof target === 'object') {
      // The same fields, one more inherited: valibot sees inherited keys, so must the checker.
      const proto = {};
      put(proto, m.key, value);
      set(Object.assign(Object.create(proto), target));
    }
  }
  return root;
}

/** Same answer, same output in the same field order, same problems. */
function expectSame(mine: unknown, theirs: unknown): void {
  expect(mine).to.deep.equal(theirs);
  expect(JSON.stringify(mine)).to.equal(JSON.stringify(theirs));
}

const tally = { accepted: 0, rejected: 0 };
function count(result: { ok: boolean }): void {
  if (result.ok) tally.accepted++;
  else tally.rejected++;
}

/** A state with something in every part of the schema, for mutations to reach every rule. */
function richState(): unknown {
  const state = handState.emptyState();
  state.plan = {
    step: 8,
    goals: { chosen: [0, 3], own: ['Samen verder'] },
    partners: { chosen: [1], own: [] },
    moments: { chosen: [], own: ['Na school'] },
    workFormat: 4,
    actions: ['Bellen met school'],
  };
  state.tensions = { '1': { marked: true, note: 'Spanning' }, '4': { marked: false, note: '' } };
  state.topic = 'Ons vraagstuk';
  state.participants = [
    { id: 'p-1', name: 'Sam' },
    { id: 'p-2', name: '' },
  ];
  state.worksheets = {
    octagon: {
      active: 'p-1',
      people: {
        'p-1': {
          notes: { why: [{ id: 'n-1', text: 'Omdat' }], actions: [{ id: 'n-2', text: 'Bellen', who: 'Sam', when: 'maandag' }] },
          figures: [{ id: 'f-1', label: 'Ik', x: 10, y: -20.5 }],
        },
      },
    },
    mindmap: {
      active: 'p-2',
      people: {
        'p-2': {
          notes: {},
          figures: [],
          drawing: {
            strokes: [{ id: 's-1', pen: 'red', width: 5, d: 'M0 0L10 10' }],
            items: [
              { kind: 'picture', id: 'i-1', src: 'data:image/png;base64,AAAA', x: 0, y: 0, size: 100, ratio: 1.5, description: 'Foto' },
              { kind: 'pictogram', id: 'i-2', name: 'house', pen: 'blue', x: -50, y: 40, size: 60, description: 'Huis' },
            ],
          },
        },
      },
    },
  };
  return state;
}

function richWorksheet(): unknown {
  return {
    topic: 'Vraagstuk',
    participants: [
      { id: 'p-1', name: 'Sam', notes: { why: [{ id: 'n-1', text: 'Omdat', who: 'Sam' }] }, figures: [{ id: 'f-1', label: '', x: 0, y: 0 }] },
      {
        id: 'p-2',
        name: 'Lou',
        notes: {},
        figures: [],
        drawing: { strokes: [{ id: 's-1', pen: 'ink', width: 2, d: 'M1 2L3 4' }], items: [] },
      },
    ],
    active: 'p-2',
  };
}

/** A version-2 state (topic and people per sheet): it is migrated before it is checked. */
function versionTwo(): unknown {
  return {
    version: 2,
    plan: { step: 3, goals: { chosen: [], own: [] }, partners: { chosen: [], own: [] }, moments: { chosen: [], own: [] }, workFormat: 2, actions: [] },
    tensions: {},
    worksheets: {
      octagon: { topic: 'A', participants: [{ id: 'p-1', name: 'Sam', notes: { why: [{ id: 'n-1', text: 'x' }] }, figures: [] }], active: 'p-1' },
    },
  };
}

const decks = [defaultDecks.nl, defaultDecks.en];
const mutations = fc.array(mutation, { minLength: 0, maxLength: 3 });

describe('the run-time checker answers exactly as the valibot schemas', () => {
  before(() => {
    tally.accepted = 0;
    tally.rejected = 0;
  });

  it('on decks: the bundled ones, and the bundled ones with a few things changed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...decks), mutations, (seed, changes) => {
        const data = mutate(seed, changes);
        const mine = hand.parseDeck(data);
        count(mine);
        expectSame(mine, reference.parseDeck(data));
      }),
      { numRuns: 400 },
    );
  });

  it('on single cards, blocks and worksheets of a deck, changed', () => {
    // Smaller values reach more rules per run than a whole deck does.
    const cards = decks.flatMap((deck) => deck.cards);
    fc.assert(
      fc.property(fc.constantFrom(...cards), mutations, (seed, changes) => {
        const data = mutate(seed, changes);
        const deck = { ...structuredClone(defaultDecks.nl), cards: [data] };
        const mine = hand.parseDeck(deck);
        count(mine);
        expectSame(mine, reference.parseDeck(deck));
      }),
      { numRuns: 1500 },
    );
  });

  it('on session states: empty, full, of version 2, each with a few things changed', () => {
    fc.assert(
      fc.property(fc.constantFrom(handState.emptyState(), richState(), versionTwo()), mutations, (seed, changes) => {
        const data = mutate(seed, changes);
        const mine = handState.parseState(data);
        count(mine);
        expectSame(mine, referenceState.parseState(data));
      }),
      { numRuns: 1500 },
    );
  });

  it('on worksheet files, changed', () => {
    fc.assert(
      fc.property(mutations, (changes) => {
        const data = mutate(richWorksheet(), changes);
        const mine = handState.parseWorksheet(data);
        count(mine);
        expectSame(mine, referenceState.parseWorksheet(data));
      }),
      { numRuns: 800 },
    );
  });

  it('on anything at all', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true }), (data) => {
        expectSame(hand.parseDeck(data), reference.parseDeck(data));
        expectSame(handState.parseState(data), referenceState.parseState(data));
        expectSame(handState.parseWorksheet(data), referenceState.parseWorksheet(data));
      }),
      { numRuns: 300 },
    );
  });

  it('the generated data was both accepted and rejected, often', () => {
    // Otherwise the properties above would prove little.
    expect(tally.accepted, 'accepted').to.be.greaterThan(300);
    expect(tally.rejected, 'rejected').to.be.greaterThan(1500);
  });
});

describe('the run-time checker words problems as valibot would', () => {
  // Fixed examples, so a change of wording on either side shows here by name.
  const cases: Array<[string, () => unknown, string[]]> = [
    ['a string for a state', () => 'x', ['(state): expected Object, not a string']],
    ['a missing field', () => { const s = handState.emptyState() as any; delete s.plan.goals; return s; }, ['plan.goals: expected key "goals"']],
    ['an extra field', () => ({ ...handState.emptyState(), extra: 1, more: 2 }), ['extra: is a field that does not belong here']],
    ['a step out of range', () => { const s = handState.emptyState() as any; s.plan.step = 9.5; return s; }, ['plan.step: expected integer another value', 'plan.step: expected value <=8']],
    ['a tension key', () => ({ ...handState.emptyState(), tensions: { 6: { marked: true, note: '' } } }), ['tensions.6: is not a tension field (1…5)']],
    ['a user key that is not an id', () => ({ ...handState.emptyState(), worksheets: { 'Mijn geheim': { active: 'p', people: {} } } }), ['worksheets.(key): expected format /^[a-z][a-z0-9-]*$/']],
    ['a wrong item kind', () => ({ ...handState.emptyState(), worksheets: { mindmap: { active: 'p', people: { p: { notes: {}, figures: [], drawing: { strokes: [], items: [{ kind: 'video' }] } } } } } }),
      ['worksheets.mindmap.people.p.drawing.items.0.kind: expected ("picture" | "pictogram"), not a string']],
  ];
  for (const [name, make, problems] of cases) {
    it(name, () => {
      const data = make();
      const mine = handState.parseState(data);
      expect(mine).to.deep.equal({ ok: false, reason: 'invalid', problems });
      expectSame(mine, referenceState.parseState(data));
    });
  }
});
