/**
 * Opening a sheet from a file: reading it, and putting its people beside or in place of the
 * session's. Only the import (worksheet-tools.ts, loaded on first use) needs these, so they are
 * not part of a work format's first load.
 */
import { MAX_PARTICIPANTS, parseWorksheet, type SessionState, type WorksheetState } from '../session/state.js';
import { nestedDeeperThan } from '../validation.js';
import { EXPORT_FORMAT, EXPORT_VERSION, newId, readImportJson } from './model.js';

/** Whether replacing the sheet would lose anything: a note, name, figure, drawing or own central issue. */
export function hasContent(ws: WorksheetState, presetTopic = ''): boolean {
  if (ws.topic.trim() && ws.topic !== presetTopic) return true;
  if (ws.participants.length > 1) return true;
  return ws.participants.some(
    (p) =>
      p.name.trim() ||
      Object.values(p.notes).some((notes) => notes.length) ||
      p.figures.length ||
      p.drawing?.items.length ||
      p.drawing?.strokes.length,
  );
}

/** Whether another work format of the session has notes, figures or a drawing of anyone. */
export function othersHaveNotes(state: SessionState | undefined, kind: string): boolean {
  return Object.entries(state?.worksheets ?? {}).some(
    ([other, sheet]) =>
      other !== kind &&
      Object.values(sheet.people).some(
        (own) => Object.values(own.notes).some((notes) => notes.length) || own.figures.length || own.drawing?.strokes.length || own.drawing?.items.length,
      ),
  );
}

const nameKey = (name: string) => name.trim().toLowerCase();

/**
 * An imported sheet whose people are matched to the session's: the same id, or else the same
 * name (trimmed, any case), is the same person, so what they wrote in the other work formats
 * stays theirs when the import replaces the people. Duplicate ids in a file get fresh ones.
 */
export function matchPeople(incoming: WorksheetState, current: WorksheetState): WorksheetState {
  const next = structuredClone(incoming);
  const claimed = new Set<string>();
  const byId = new Set(current.participants.map((p) => p.id));
  const seen = new Set<string>();
  for (const p of next.participants) {
    if (seen.has(p.id)) p.id = newId('p');
    seen.add(p.id);
    if (byId.has(p.id)) claimed.add(p.id);
  }
  for (const p of next.participants) {
    if (claimed.has(p.id) || !nameKey(p.name)) continue;
    const same = current.participants.find((c) => !claimed.has(c.id) && !seen.has(c.id) && nameKey(c.name) === nameKey(p.name));
    if (!same) continue;
    if (next.active === p.id) next.active = same.id;
    p.id = same.id;
    claimed.add(same.id);
  }
  return next;
}

/**
 * The sheet with the imported participants added after its own, with fresh ids where they
 * collide; undefined when together they are more than a sheet holds. The first added one
 * becomes active, so the user sees what came in; the sheet keeps its own central issue.
 */
export function appendParticipants(ws: WorksheetState, incoming: WorksheetState): WorksheetState | undefined {
  if (ws.participants.length + incoming.participants.length > MAX_PARTICIPANTS) return undefined;
  const next = structuredClone(ws);
  const taken = new Set(next.participants.map((p) => p.id));
  for (const participant of structuredClone(incoming.participants)) {
    if (taken.has(participant.id)) participant.id = newId('p');
    taken.add(participant.id);
    next.participants.push(participant);
  }
  next.active = next.participants[ws.participants.length].id;
  if (!next.topic.trim()) next.topic = incoming.topic;
  return next;
}

/** An exported sheet nests 7 levels (worksheet.participants.0.drawing.items.0.x). */
const MAX_IMPORT_DEPTH = 20;

export type ImportResult =
  | { ok: true; worksheet: WorksheetState }
  | { ok: false; reason: 'too-large'; bytes: number }
  | { ok: false; reason: 'not-json' | 'not-worksheet' | 'other-kind' | 'future' | 'invalid'; detail?: string };

/** Reads an exported file; anything wrong is reported and nothing is changed. */
export function parseWorksheetFile(text: string, kind: string): ImportResult {
  const read = readImportJson(text);
  if (!read.ok) return read;
  const data = read.data;
  if (!data || typeof data !== 'object' || data.format !== EXPORT_FORMAT) return { ok: false, reason: 'not-worksheet' };
  if (typeof data.version !== 'number' || data.version > EXPORT_VERSION) return { ok: false, reason: 'future' };
  // Only a short id is repeated: an object's toString may throw, a deep array overflows the stack.
  if (data.kind !== kind) return { ok: false, reason: 'other-kind', detail: typeof data.kind === 'string' ? data.kind.slice(0, 40) : '?' };
  if (nestedDeeperThan(data, MAX_IMPORT_DEPTH)) return { ok: false, reason: 'invalid', detail: 'nested too deeply' };
  const parsed = parseWorksheet(data.worksheet);
  if (!parsed.ok) return { ok: false, reason: 'invalid', detail: parsed.problems[0] };
  const ws = parsed.worksheet;
  if (!ws.participants.some((p) => p.id === ws.active)) return { ok: false, reason: 'invalid', detail: 'active' };
  return { ok: true, worksheet: ws };
}
