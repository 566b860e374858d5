/**
 * The worksheet every work format shares: a central issue, participants, notes per zone
 * and person figures. Pure functions on a draft state, so each element only renders.
 */
import { MAX_PARTICIPANTS, type MapItem, type Note, type Participant, type WorksheetState } from '../session/state.js';
import type { Lang, MessageKey } from '../i18n.js';
import type { Doc, DocBlock } from '../document/document.js';
import { docAsMarkdown, docAsText } from '../document/text.js';
import { whenText } from './when.js';

export interface Zone {
  id: string;
  label: string;
  /** The question or prompt of the zone, as on the card. */
  question: string;
  /** A word or short phrase, not a note: a one-line field. */
  singleLine?: boolean;
  /** Label and placeholder of the field that adds to this zone; "Nieuwe notitie bij …" when absent. */
  placeholder?: string;
}

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

let sequence = 0;
/** Short ids; crypto.randomUUID is missing on plain-http intranets. */
export function newId(prefix: string): string {
  sequence = (sequence + 1) % 1296;
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}${sequence.toString(36)}`;
}

export function emptyParticipant(): Participant {
  return { id: newId('p'), name: '', notes: {}, figures: [] };
}

export function emptyWorksheet(topic = ''): WorksheetState {
  const first = emptyParticipant();
  return { topic, participants: [first], active: first.id };
}

export function activeParticipant(ws: WorksheetState): Participant {
  return ws.participants.find((p) => p.id === ws.active) ?? ws.participants[0];
}

export function participantName(ws: WorksheetState, participant: Participant, t: Translate): string {
  return participant.name.trim() || t('worksheet.participantN', { n: ws.participants.indexOf(participant) + 1 });
}

export function notesIn(participant: Participant, zone: string): Note[] {
  return participant.notes[zone] ?? [];
}

export function addNote(ws: WorksheetState, zone: string, text: string): Note | undefined {
  const value = text.trim();
  if (!value) return undefined;
  const note = { id: newId('n'), text: value };
  const participant = activeParticipant(ws);
  participant.notes[zone] = [...notesIn(participant, zone), note];
  return note;
}

export function editNote(ws: WorksheetState, zone: string, noteId: string, text: string): void {
  const note = notesIn(activeParticipant(ws), zone).find((n) => n.id === noteId);
  if (note) note.text = text;
}

/** Who does an action, or when: the action card's extra fields. */
export function editNoteDetail(ws: WorksheetState, zone: string, noteId: string, field: 'who' | 'when', value: string): void {
  const note = notesIn(activeParticipant(ws), zone).find((n) => n.id === noteId);
  if (note) note[field] = value;
}

export function removeNote(ws: WorksheetState, zone: string, noteId: string): void {
  const participant = activeParticipant(ws);
  participant.notes[zone] = notesIn(participant, zone).filter((n) => n.id !== noteId);
}

/** Moves a note one place up (-1) or down (+1) within its zone. */
export function moveNote(ws: WorksheetState, zone: string, noteId: string, delta: -1 | 1): void {
  const notes = [...notesIn(activeParticipant(ws), zone)];
  const from = notes.findIndex((n) => n.id === noteId);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= notes.length) return;
  [notes[from], notes[to]] = [notes[to], notes[from]];
  activeParticipant(ws).notes[zone] = notes;
}

/** Adds a participant to the session (through the sheet) and works on them; none past the UI's limit. */
export function addParticipant(ws: WorksheetState): Participant | undefined {
  if (ws.participants.length >= MAX_PARTICIPANTS) return undefined;
  const participant = emptyParticipant();
  ws.participants.push(participant);
  ws.active = participant.id;
  return participant;
}

/** Removes a participant from the sheet; `writeSheet` then removes them from the session and every sheet. */
export function removeParticipant(ws: WorksheetState, id: string): void {
  if (ws.participants.length < 2) return;
  const index = ws.participants.findIndex((p) => p.id === id);
  ws.participants = ws.participants.filter((p) => p.id !== id);
  if (ws.active === id) ws.active = ws.participants[Math.max(0, index - 1)].id;
}

export { MAX_PARTICIPANTS };

// ---------- Output ----------

export interface SheetText {
  title: string;
  /** Absent where the sheet has no central issue. */
  topicLabel?: string;
  zones: Zone[];
  describeItem?: (item: MapItem) => string;
  /** The language dates are written in. */
  lang?: Lang;
}

/** A note as one line of text: an action says who and when after its text. */
export function noteLine(note: Note, t: Translate, lang?: Lang): string {
  const extra = [
    note.who?.trim() ? `${t('card.who')}: ${note.who.trim()}` : '',
    note.when?.trim() ? `${t('card.when')}: ${whenText(note.when, lang)}` : '',
  ].filter(Boolean);
  return extra.length ? `${note.text} (${extra.join(', ')})` : note.text;
}

/**
 * The sheet as a document: the central issue, then per participant every zone with its notes,
 * the figures and what the drawing holds. Text, Markdown and Word all render this one.
 */
export function worksheetDocument(ws: WorksheetState, sheet: SheetText, t: Translate, lang?: Lang): Doc {
  const blocks: DocBlock[] = [{ type: 'heading', level: 1, text: sheet.title }];
  if (sheet.topicLabel) blocks.push({ type: 'paragraph', label: sheet.topicLabel, text: ws.topic.trim() || '—' });
  const several = ws.participants.length > 1;
  const sub = several ? 3 : 2;
  for (const participant of ws.participants) {
    if (several) blocks.push({ type: 'heading', level: 2, text: participantName(ws, participant, t) });
    for (const zone of sheet.zones) {
      blocks.push({ type: 'heading', level: sub, text: `${zone.label} — ${zone.question}` });
      const notes = notesIn(participant, zone.id);
      blocks.push({ type: 'list', items: notes.length ? notes.map((n) => noteLine(n, t, sheet.lang ?? lang)) : [t('worksheet.noNotes')] });
    }
    if (participant.figures.length) {
      blocks.push({ type: 'heading', level: sub, text: t('worksheet.figures') });
      blocks.push({ type: 'list', items: participant.figures.map((f) => f.label || t('worksheet.figure')) });
    }
    const drawing = participant.drawing;
    if (drawing && (drawing.items.length || drawing.strokes.length)) {
      const items = drawing.items.map((item) => sheet.describeItem?.(item) || item.description || t('worksheet.picture'));
      if (drawing.strokes.length) items.push(t('worksheet.strokes', { n: drawing.strokes.length }));
      blocks.push({ type: 'heading', level: sub, text: t('worksheet.drawing') }, { type: 'list', items });
    }
  }
  return { title: sheet.title, lang, blocks };
}

/** The text file: the words as written, no Markdown escapes (`gezin Z.`, not `gezin Z\.`). */
export function worksheetAsText(ws: WorksheetState, sheet: SheetText, t: Translate): string {
  return docAsText(worksheetDocument(ws, sheet, t));
}

export function worksheetAsMarkdown(ws: WorksheetState, sheet: SheetText, t: Translate): string {
  return docAsMarkdown(worksheetDocument(ws, sheet, t));
}

export const EXPORT_FORMAT = 'ken-je-kracht/worksheet';
export const EXPORT_VERSION = 2;

export function worksheetAsJson(ws: WorksheetState, kind: string): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, kind, worksheet: ws }, null, 2) + '\n';
}

/**
 * Largest file the import reads: the browser's storage holds about 5 MB, so a bigger sheet
 * could not be kept anyway. Checked before parsing: a 10 MB file froze the page for 15 s.
 */
export const MAX_IMPORT_BYTES = 5 * 2 ** 20;
/** The first checks of any file we open (a sheet or a whole session): its size before parsing, then JSON. */
export function readImportJson(
  text: string,
): { ok: true; data: Record<string, unknown> } | { ok: false; reason: 'too-large'; bytes: number } | { ok: false; reason: 'not-json' } {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, reason: 'too-large', bytes: text.length };
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch {
    return { ok: false, reason: 'not-json' };
  }
}
