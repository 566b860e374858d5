/**
 * The session state's schema in valibot: the reference for state.ts, which checks states at run
 * time without valibot's weight; test/validators.property.test.ts proves both answer alike.
 * Never imported at run time: change both together.
 */
import * as v from 'valibot';
import { describeIssues } from '../validation.valibot.js';
import {
  MAX_PICTURE_CHARS,
  MAX_STORED_PARTICIPANTS,
  migrateState,
  PENS,
  STATE_VERSION,
  TENSION_FIELDS,
  type ParsedState,
  type WorksheetState,
} from './state.js';

const userText = v.pipe(v.string(), v.maxLength(5000, 'is longer than 5000 characters'));
const ownItems = v.pipe(v.array(userText), v.maxLength(200, 'has more than 200 items'));
const chosenIndices = v.pipe(
  v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99))),
  v.maxLength(100),
);

/** A list the user picks from (indices into the card's list) and adds to. */
const choiceSchema = v.strictObject({ chosen: chosenIndices, own: ownItems });

const tensionSchema = v.strictObject({ marked: v.boolean(), note: userText });


const id = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/, 'must be a short id'));

const shortText = v.pipe(v.string(), v.maxLength(200, 'is longer than 200 characters'));

/** A note on a sheet; an action on the action card also says who does it and when. */
const noteSchema = v.strictObject({ id, text: userText, who: v.optional(shortText), when: v.optional(shortText) });

/** A person figure ("poppetje") on a sheet, in the sheet's own coordinates. */
const figureSchema = v.strictObject({
  id,
  label: v.pipe(v.string(), v.maxLength(80)),
  x: v.pipe(v.number(), v.minValue(-1000), v.maxValue(1000)),
  y: v.pipe(v.number(), v.minValue(-1000), v.maxValue(1000)),
});


/** Mind-map coordinates: a 400 × 300 sheet around its centre. */
const coordinate = v.pipe(v.number(), v.minValue(-400), v.maxValue(400));

/** A pen line, as an SVG path of straight segments in sheet coordinates. */
const strokeSchema = v.strictObject({
  id,
  pen: v.picklist(PENS, 'is not a pen'),
  width: v.picklist([2, 5, 10], 'is not a pen width'),
  d: v.pipe(v.string(), v.maxLength(20000), v.regex(/^M[-0-9 .L]*$/, 'is not a drawn line')),
});


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

const drawingSchema = v.strictObject({
  strokes: v.pipe(v.array(strokeSchema), v.maxLength(500, 'has more than 500 lines')),
  items: v.pipe(v.array(mapItemSchema), v.maxLength(40, 'has more than 40 pictures')),
});

const notesSchema = v.record(v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/)), v.pipe(v.array(noteSchema), v.maxLength(2000)));
const figuresSchema = v.pipe(v.array(figureSchema), v.maxLength(100));
const nameSchema = v.pipe(v.string(), v.maxLength(80));


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

/** A participant of the conversation: one list per session, shared by every work format. */
const personSchema = v.strictObject({ id, name: nameSchema });

/** What one participant wrote on one sheet. */
const ownSchema = v.strictObject({ notes: notesSchema, figures: figuresSchema, drawing: v.optional(drawingSchema) });

/**
 * A sheet as stored in the session: only what is its own. The topic and the people are the
 * session's; per participant id the notes, figures and drawing; and who is being worked on.
 */
const sessionSheetSchema = v.strictObject({
  active: id,
  people: v.record(id, ownSchema),
});

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

/** The reference of state.ts's parseWorksheet. */
export function parseWorksheet(data: unknown): { ok: true; worksheet: WorksheetState } | { ok: false; problems: string[] } {
  const result = v.safeParse(worksheetStateSchema, data);
  if (result.success) return { ok: true, worksheet: result.output };
  return { ok: false, problems: describeIssues(result.issues, '(worksheet)').map((p) => `${p.path}: ${p.message}`) };
}

/** The reference of state.ts's parseState: migrated the same way, checked by valibot. */
export function parseState(data: unknown): ParsedState {
  try {
    const version = typeof (data as Record<string, unknown>)?.version === 'number' ? ((data as Record<string, unknown>).version as number) : NaN;
    if (version > STATE_VERSION) return { ok: false, reason: 'future', version };
    const result = v.safeParse(stateSchema, migrateState(data));
    if (result.success) return { ok: true, state: result.output };
    return { ok: false, reason: 'invalid', problems: describeIssues(result.issues, '(state)').map((p) => `${p.path}: ${p.message}`) };
  } catch {
    return { ok: false, reason: 'invalid', problems: ['(state): could not be read (a value threw or is nested too deeply)'] };
  }
}
