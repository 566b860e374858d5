/**
 * The saved state of one session: everything a user chose or wrote. Versioned, so a
 * state saved by an older release is migrated forward and a newer one is recognised.
 * Checked with the small run-time checker; state.valibot.ts holds the same schema in valibot,
 * and the property tests prove both give the same answers.
 */
import * as v from '../check.js';
import { describeProblems } from '../validation.js';

export const STATE_VERSION = 3;

const userText = v.pipe(v.string(), v.maxLength(5000, 'is longer than 5000 characters'));
const ownItems = v.pipe(v.array(userText), v.maxLength(200, 'has more than 200 items'));
const chosenIndices = v.pipe(
  v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99))),
  v.maxLength(100),
);

/** A list the user picks from (indices into the card's list) and adds to. */
const choiceSchema = v.strictObject({ chosen: chosenIndices, own: ownItems });
export type Choice = v.Infer<typeof choiceSchema>;

const tensionSchema = v.strictObject({ marked: v.boolean(), note: userText });
export type TensionChoice = v.Infer<typeof tensionSchema>;

export const TENSION_FIELDS = ['1', '2', '3', '4', '5'] as const;
export type TensionField = (typeof TENSION_FIELDS)[number];

const id = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/, 'must be a short id'));

const shortText = v.pipe(v.string(), v.maxLength(200, 'is longer than 200 characters'));

/** A note on a sheet; an action on the action card also says who does it and when. */
const noteSchema = v.strictObject({ id, text: userText, who: v.optional(shortText), when: v.optional(shortText) });
export type Note = v.Infer<typeof noteSchema>;

/** A person figure ("poppetje") on a sheet, in the sheet's own coordinates. */
const figureSchema = v.strictObject({
  id,
  label: v.pipe(v.string(), v.maxLength(80)),
  x: v.pipe(v.number(), v.minValue(-1000), v.maxValue(1000)),
  y: v.pipe(v.number(), v.minValue(-1000), v.maxValue(1000)),
});
export type Figure = v.Infer<typeof figureSchema>;

/** The pens of the mind map: names, not colours, so a page can restyle them and no style is stored. */
export const PENS = ['ink', 'red', 'orange', 'green', 'blue', 'purple'] as const;
export type Pen = (typeof PENS)[number];

/** Mind-map coordinates: a 400 × 300 sheet around its centre. */
const coordinate = v.pipe(v.number(), v.minValue(-400), v.maxValue(400));

/** A pen line, as an SVG path of straight segments in sheet coordinates. */
const strokeSchema = v.strictObject({
  id,
  pen: v.picklist(PENS, 'is not a pen'),
  width: v.picklist([2, 5, 10], 'is not a pen width'),
  d: v.pipe(v.string(), v.maxLength(20000), v.regex(/^M[-0-9 .L]*$/, 'is not a drawn line')),
});
export type Stroke = v.Infer<typeof strokeSchema>;

/** Largest stored picture: a downscaled photo is about a tenth of this. */
export const MAX_PICTURE_CHARS = 400_000;

/** A picture from the user's device or a bundled pictogram, placed on the mind map. */
const mapItemSchema = v.variant('kind', [
  v.strictObject({
    kind: v.literal('picture'),
    id,
    src: v.pipe(
      v.string(),
      v.maxLength(MAX_PICTURE_CHARS, 'is a picture that is too large'),
      // Whole base64 quads only: anything else makes atob throw on every repaint.
      v.regex(/^data:image\/(jpeg|png|webp);base64,(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, 'is not a stored picture'),
    ),
    x: coordinate,
    y: coordinate,
    size: v.pipe(v.number(), v.minValue(16), v.maxValue(300)),
    /** Width ÷ height, so a photo keeps its shape. */
    ratio: v.pipe(v.number(), v.minValue(0.1), v.maxValue(10)),
    description: shortText,
  }),
  v.strictObject({
    kind: v.literal('pictogram'),
    id,
    name: v.pipe(v.string(), v.regex(/^[a-z][a-z-]{0,30}$/, 'is not a pictogram')),
    pen: v.picklist(PENS, 'is not a pen'),
    x: coordinate,
    y: coordinate,
    size: v.pipe(v.number(), v.minValue(16), v.maxValue(300)),
    description: shortText,
  }),
]);
export type MapItem = v.Infer<typeof mapItemSchema>;

const drawingSchema = v.strictObject({
  strokes: v.pipe(v.array(strokeSchema), v.maxLength(500, 'has more than 500 lines')),
  items: v.pipe(v.array(mapItemSchema), v.maxLength(40, 'has more than 40 pictures')),
});
export type Drawing = v.Infer<typeof drawingSchema>;

const notesSchema = v.record(v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/)), v.pipe(v.array(noteSchema), v.maxLength(2000)));
const figuresSchema = v.pipe(v.array(figureSchema), v.maxLength(100));
const nameSchema = v.pipe(v.string(), v.maxLength(80));

/** Participants a user can add in the UI: a group, not a class list. */
export const MAX_PARTICIPANTS = 30;
/**
 * Participants a session may hold: more than the UI adds, because migrating version 2 joins the
 * people of every sheet, and dropping someone's notes to fit a limit is worse than a long list.
 */
export const MAX_STORED_PARTICIPANTS = 200;

const participantSchema = v.strictObject({
  id,
  /** May stay empty: "Deelnemer 1", "Deelnemer 2"… is shown instead. */
  name: nameSchema,
  /** Notes per zone of the work format, e.g. `why`, `proud`. */
  notes: notesSchema,
  figures: figuresSchema,
  /** The mind map's drawing and pictures (Beeldvormen only). */
  drawing: v.optional(drawingSchema),
});
/** A participant as a work format shows them: the session's person with this sheet's notes. */
export type Participant = v.Infer<typeof participantSchema>;

/**
 * One work format's sheet as its element shows it and as a worksheet file holds it: the central
 * issue and every participant with their notes. In the session state this is not stored as
 * such: see `sessionSheetSchema` and sheets.ts.
 */
export const worksheetStateSchema = v.strictObject({
  topic: userText,
  participants: v.pipe(v.array(participantSchema), v.minLength(1), v.maxLength(MAX_STORED_PARTICIPANTS)),
  active: id,
});
export type WorksheetState = v.Infer<typeof worksheetStateSchema>;

/** A participant of the conversation: one list per session, shared by every work format. */
const personSchema = v.strictObject({ id, name: nameSchema });

/** What one participant wrote on one sheet. */
const ownSchema = v.strictObject({ notes: notesSchema, figures: figuresSchema, drawing: v.optional(drawingSchema) });
export type SheetNotes = v.Infer<typeof ownSchema>;

/**
 * A sheet as stored in the session: only what is its own. The topic and the people are the
 * session's; per participant id the notes, figures and drawing; and who is being worked on.
 */
const sessionSheetSchema = v.strictObject({
  active: id,
  people: v.record(id, ownSchema),
});
export type StoredSheet = v.Infer<typeof sessionSheetSchema>;

export const stateSchema = v.strictObject({
  version: v.literal(STATE_VERSION),
  plan: v.strictObject({
    /** The step the user was at, 1…7, or 8 for the summary. */
    step: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(8)),
    goals: choiceSchema,
    partners: choiceSchema,
    moments: choiceSchema,
    workFormat: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(4))),
    actions: ownItems,
  }),
  tensions: v.record(v.picklist(TENSION_FIELDS, 'is not a tension field (1…5)'), tensionSchema),
  /**
   * The central issue ("vraagstuk") of the conversation, shared by every work format. Absent
   * until someone types one, so an element's `topic` attribute presets it.
   */
  topic: v.optional(userText),
  /** The participants, in order, shared by every work format and the action card. */
  participants: v.pipe(v.array(personSchema), v.maxLength(MAX_STORED_PARTICIPANTS, `has more than ${MAX_STORED_PARTICIPANTS} participants`)),
  /** What each work format's sheet holds of its own, by kind: `octagon`, `circle-quadrant`, … */
  worksheets: v.record(v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/)), sessionSheetSchema),
});
export type SessionState = v.Infer<typeof stateSchema>;

export function emptyState(): SessionState {
  const choice = () => ({ chosen: [], own: [] });
  return {
    version: STATE_VERSION,
    plan: { step: 1, goals: choice(), partners: choice(), moments: choice(), workFormat: null, actions: [] },
    tensions: {},
    participants: [],
    worksheets: {},
  };
}

/**
 * Upgrades from each older version to the next. Version 2 added drawings and an action's
 * who and when; a version-1 state is valid as it is. The number went up so that an older
 * release meets a drawing as "saved by a newer version" and keeps it, instead of "unreadable".
 * Version 3 moved the topic and the participants from each sheet to the session.
 */
const migrations: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  1: (old) => ({ ...old, version: 2 }),
  2: sharePeople,
};

/** The work formats of step 6, by `plan.workFormat` 1…4: the chosen one's sheet leads the migration. */
const WORK_FORMAT_KINDS = ['look-back', 'octagon', 'circle-quadrant', 'mindmap'];

type OldParticipant = { id?: unknown; name?: unknown; notes?: unknown; figures?: unknown; drawing?: unknown };

/**
 * Version 2 → 3: every sheet had its own topic and participants. Nothing may be lost:
 * - the topic becomes the session's: the chosen work format's first; where sheets had different
 *   topics, all of them are kept, joined with " / ", for the group to shorten, since picking
 *   one would silently drop what someone typed;
 * - participants of different sheets are one person when their names match (trimmed, any case);
 *   an unnamed one is the person at the same position when that one is not yet taken on this
 *   sheet; anyone else is added. Ids are made deterministically, so two tabs that migrate the
 *   same stored state get the same result and merge cleanly.
 * A value of the wrong shape is passed on as it is, for the schema to report.
 */
function sharePeople(old: Record<string, unknown>): Record<string, unknown> {
  const sheets = old.worksheets;
  if (!sheets || typeof sheets !== 'object' || Array.isArray(sheets)) return { ...old, version: 3, participants: [] };
  const chosen = WORK_FORMAT_KINDS[(old.plan as { workFormat?: number } | undefined)?.workFormat! - 1];
  const kinds = Object.keys(sheets).sort((a, b) => Number(b === chosen) - Number(a === chosen));
  const people: { id: string; name: string }[] = [];
  const taken = new Set<string>();
  const topics: string[] = [];
  const worksheets: Record<string, unknown> = {};
  const key = (name: unknown) => (typeof name === 'string' ? name.trim().toLowerCase() : '');
  for (const kind of kinds) {
    const sheet = (sheets as Record<string, Record<string, unknown>>)[kind];
    const list = sheet?.participants;
    if (!sheet || typeof sheet !== 'object' || !Array.isArray(list) || !list.length) {
      worksheets[kind] = sheet;
      continue;
    }
    const topic = typeof sheet.topic === 'string' ? sheet.topic.trim() : '';
    if (topic && !topics.includes(topic)) topics.push(topic);
    // Which session person each of this sheet's participants is; named ones claim theirs first.
    const match = new Array<number>(list.length).fill(-1);
    const claimed = new Set<number>();
    const claim = (i: number, at: number) => {
      match[i] = at;
      claimed.add(at);
    };
    list.forEach((p: OldParticipant, i) => {
      const name = key(p?.name);
      if (!name) return;
      const at = people.findIndex((person, j) => !claimed.has(j) && key(person.name) === name);
      if (at >= 0) claim(i, at);
    });
    list.forEach((p: OldParticipant, i) => {
      if (match[i] >= 0) return;
      if (!key(p?.name) && i < people.length && !claimed.has(i)) return claim(i, i);
      let id = typeof p?.id === 'string' ? p.id : 'p';
      for (let n = 2; taken.has(id); n++) id = `${String(p?.id).slice(0, 30)}-m${n}`;
      taken.add(id);
      people.push({ id, name: p?.name as string });
      claim(i, people.length - 1);
    });
    // An unnamed person who turns out to have a name on another sheet takes it.
    list.forEach((p: OldParticipant, i) => {
      if (!key(people[match[i]].name) && key(p?.name)) people[match[i]].name = p.name as string;
    });
    const own: Record<string, unknown> = {};
    list.forEach((p: OldParticipant, i) => {
      const { id: _id, name: _name, ...rest } = p ?? {};
      own[people[match[i]].id] = rest;
    });
    const activeAt = list.findIndex((p: OldParticipant) => p?.id === sheet.active);
    worksheets[kind] = { active: people[match[Math.max(0, activeAt)]]?.id ?? sheet.active, people: own };
  }
  const { worksheets: _sheets, ...rest } = old;
  return {
    ...rest,
    version: 3,
    ...(topics.length ? { topic: topics.join(' / ') } : {}),
    participants: people,
    worksheets,
  };
}

export type ParsedState =
  | { ok: true; state: SessionState }
  | { ok: false; reason: 'future'; version: number }
  | { ok: false; reason: 'invalid'; problems: string[] };

export function parseWorksheet(data: unknown): { ok: true; worksheet: WorksheetState } | { ok: false; problems: string[] } {
  const result = v.parse(worksheetStateSchema, data);
  if (result.ok) return { ok: true, worksheet: result.value };
  return { ok: false, problems: describeProblems(result.problems, '(worksheet)').map((p) => `${p.path}: ${p.message}`) };
}

/** Checks and migrates a state from storage, an import or the host page. Never throws. */
export function parseState(data: unknown): ParsedState {
  try {
    return parseStateUnsafe(data);
  } catch {
    // A getter that throws, a proxy, or nesting too deep for the validator: not a state.
    return { ok: false, reason: 'invalid', problems: ['(state): could not be read (a value threw or is nested too deeply)'] };
  }
}

/**
 * An older state brought to the current version's shape, not yet checked: for salvage, which
 * checks each part on its own. Whatever cannot be migrated is returned as it was.
 */
export function migrateState(data: unknown): unknown {
  try {
    let value = data as Record<string, unknown>;
    const version = typeof value?.version === 'number' ? value.version : NaN;
    for (let from = version; from < STATE_VERSION && migrations[from]; from++) value = migrations[from](value);
    return value;
  } catch {
    return data;
  }
}

function parseStateUnsafe(data: unknown): ParsedState {
  const version = typeof (data as Record<string, unknown>)?.version === 'number' ? ((data as Record<string, unknown>).version as number) : NaN;
  if (version > STATE_VERSION) return { ok: false, reason: 'future', version };
  const value = migrateState(data);
  const result = v.parse(stateSchema, value);
  if (result.ok) return { ok: true, state: result.value };
  return {
    ok: false,
    reason: 'invalid',
    problems: describeProblems(result.problems, '(state)').map((p) => `${p.path}: ${p.message}`),
  };
}
