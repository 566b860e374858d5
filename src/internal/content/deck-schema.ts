/**
 * The content model of a deck: every card of the fan as typed blocks, never HTML.
 * Custom decks are checked with this at run time; the bundled ones at build time with its
 * valibot twin, deck-schema.valibot.ts, which the property tests prove gives the same answers,
 * so a deck an organisation supplies is held to exactly the rules ours are.
 */
import * as v from '../check.js';
import { describeProblems, nestedDeeperThan, type Problem } from '../validation.js';

/** Card ids are public API (attributes, deep links, stored state). */
export const CARD_IDS = [
  'cover',
  'intro',
  'usage',
  'reactions',
  'step-plan',
  'knowledge-1',
  'knowledge-2',
  'why',
  'with-whom',
  'where-when',
  'tension-1',
  'tension-2',
  'tension-3',
  'tension-4',
  'tension-5',
  'work-format-1',
  'work-format-2',
  'work-format-3',
  'work-format-4',
  'action',
] as const;
export type CardId = (typeof CARD_IDS)[number];

/** Sections of the printed fan; each has its own colour (`--kjk-section-<id>`). */
export const SECTION_IDS = [
  'introduction',
  'step-plan',
  'knowledge',
  'preparation',
  'tension',
  'work-format',
  'action',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'), v.maxLength(2000));
const shortText = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'), v.maxLength(200));

/** A list item is a line of text, or a titled item (the steps of the step plan). */
const listItem = v.union([text, v.strictObject({ title: shortText, text: v.optional(text) })]);

export const blockSchema = v.variant('type', [
  /** A sub-heading inside a card, e.g. "EIGEN KRACHT…". */
  v.strictObject({ type: v.literal('heading'), text: shortText }),
  v.strictObject({ type: v.literal('paragraph'), text }),
  v.strictObject({
    type: v.literal('list'),
    ordered: v.optional(v.boolean()),
    /** Items that continue a lead in the printed style: "… is persoonlijk kapitaal". */
    continuation: v.optional(v.boolean()),
    /** The printed list ends in ". . ." inviting the reader to add their own. */
    open: v.optional(v.boolean()),
    items: v.pipe(v.array(listItem), v.minLength(1, 'needs at least one item')),
  }),
  /** The central question of a card, shown large. */
  v.strictObject({ type: v.literal('question'), text }),
  v.strictObject({ type: v.literal('quote'), text, role: v.optional(shortText) }),
  /** A literature reference. */
  v.strictObject({ type: v.literal('source'), text }),
  /** An instruction to the reader, shown as a call to act. */
  v.strictObject({ type: v.literal('prompt'), text }),
  /** "Deze werkvorm is gebaseerd op …". */
  v.strictObject({ type: v.literal('method'), text }),
  /** A figure of the printed card that is described, not drawn (the word cloud). */
  v.strictObject({ type: v.literal('figure'), caption: text, question: v.optional(text) }),
]);
export type Block = v.Infer<typeof blockSchema>;
export type ListItem = v.Infer<typeof listItem>;

const zoneId = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/, 'must be a lowercase id'));
const zone = v.strictObject({ id: zoneId, label: shortText, question: text });

/** Worksheet data of a work format: the shapes the later worksheet elements draw. */
export const worksheetSchema = v.variant('kind', [
  v.strictObject({
    kind: v.literal('octagon'),
    /** From the core outwards. */
    zones: v.pipe(
      v.array(zone),
      v.length(4, 'needs exactly 4 zones'),
    ),
  }),
  v.strictObject({
    kind: v.literal('circle'),
    axes: v.strictObject({
      time: v.strictObject({ present: shortText, future: shortText }),
      outlook: v.strictObject({ opportunities: shortText, concerns: shortText }),
    }),
    /** In the order the card walks them. */
    quadrants: v.pipe(
      v.array(
        v.strictObject({
          id: zoneId,
          label: shortText,
          prompt: shortText,
          time: v.picklist(['present', 'future']),
          outlook: v.picklist(['opportunities', 'concerns']),
        }),
      ),
      v.length(4, 'needs exactly 4 quadrants'),
    ),
  }),
  v.strictObject({
    kind: v.literal('questions'),
    /** Questions asked one at a time while one person tells, then the questions answered together. */
    story: v.pipe(v.array(zone), v.minLength(1)),
    together: v.pipe(v.array(zone), v.minLength(1)),
  }),
  v.strictObject({
    kind: v.literal('mindmap'),
    /** Central concepts the card suggests. */
    examples: v.pipe(v.array(shortText), v.minLength(1)),
    /** What to note beside the pictures: images, colours, moods, and the questions to each other. */
    zones: v.pipe(v.array(zone), v.minLength(1)),
    /** Example open questions for the card's last step. */
    openQuestions: v.pipe(v.array(text), v.minLength(1)),
  }),
  /** The action card: ideas, agreements and actions; the zone `actions` also asks who and when. */
  v.strictObject({ kind: v.literal('actions'), zones: v.pipe(v.array(zone), v.minLength(1)) }),
  /** The word cloud of the intro card. */
  v.strictObject({ kind: v.literal('words'), zones: v.pipe(v.array(zone), v.length(1, 'needs exactly 1 zone')) }),
]);
export type Worksheet = v.Infer<typeof worksheetSchema>;

export const cardSchema = v.strictObject({
  id: v.picklist(CARD_IDS, 'is not a known card id'),
  section: v.picklist(SECTION_IDS, 'is not a known section'),
  /** Small line above the title, as printed: "Waarover in gesprek?", "Hoe in gesprek?". */
  kicker: v.optional(shortText),
  /** Number within its kind: spanningsveld 1…5, werkvorm 1…4. */
  number: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(9))),
  title: shortText,
  /** A short name for the card's edge in the fan and for lists; the title when absent. */
  shortTitle: v.optional(v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'), v.maxLength(40))),
  /** The cover's subtitle. */
  subtitle: v.optional(shortText),
  blocks: v.array(blockSchema),
  worksheet: v.optional(worksheetSchema),
});
export type Card = v.Infer<typeof cardSchema>;

export const sectionSchema = v.strictObject({
  id: v.picklist(SECTION_IDS, 'is not a known section'),
  title: shortText,
  /** Name of one numbered card of this section, as printed: "spanningsveld" 1, "werkvorm" 2. */
  itemLabel: v.optional(shortText),
});
export type Section = v.Infer<typeof sectionSchema>;

export const DECK_SCHEMA_VERSION = 1;

export const deckSchema = v.pipe(
  v.strictObject({
    schemaVersion: v.literal(DECK_SCHEMA_VERSION, `must be ${DECK_SCHEMA_VERSION}`),
    lang: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a language code')),
    title: shortText,
    /** Who made the content; for a translation, that it is one and by whom. */
    credit: v.optional(text),
    translation: v.optional(v.strictObject({ from: v.string(), note: text })),
    sections: v.pipe(v.array(sectionSchema), v.minLength(1, 'needs at least one section')),
    cards: v.pipe(v.array(cardSchema), v.minLength(1, 'needs at least one card')),
  }),
  v.check((deck) => new Set(deck.cards.map((c) => c.id)).size === deck.cards.length, 'has the same card id twice'),
  v.check(
    (deck) => deck.cards.every((c) => deck.sections.some((s) => s.id === c.section)),
    'has a card whose section is not in sections',
  ),
);
export type Deck = v.Infer<typeof deckSchema>;

export type DeckProblem = Problem;

/** A real deck nests 7 levels (cards.3.worksheet.axes.time.present); far more is not a deck. */
export const MAX_DECK_DEPTH = 20;

export type DeckResult = { ok: true; deck: Deck } | { ok: false; problems: DeckProblem[] };

/** Validates unknown data as a deck; never throws. */
export function parseDeck(data: unknown): DeckResult {
  try {
    if (nestedDeeperThan(data, MAX_DECK_DEPTH)) {
      return { ok: false, problems: [{ path: '(deck)', message: `is nested too deeply (more than ${MAX_DECK_DEPTH} levels)` }] };
    }
    const result = v.parse(deckSchema, data);
    if (result.ok) return { ok: true, deck: result.value };
    return { ok: false, problems: describeProblems(result.problems, '(deck)') };
  } catch {
    // A getter that throws or a proxy: the page handed over something that is not data.
    return { ok: false, problems: [{ path: '(deck)', message: 'could not be read (a value threw)' }] };
  }
}
