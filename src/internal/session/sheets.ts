/**
 * The one place that knows how a work format's sheet sits in the session state. Every element,
 * the gespreksplan and the exports read a sheet through `sheetView` and write it through
 * `writeSheet`, so the session can keep one topic and one list of participants for all of them.
 */
import type { SessionState, WorksheetState } from './state.js';

/** A participant of the conversation, as every work format and the action card name them. */
export interface Person {
  id: string;
  /** May be empty: "Deelnemer 1"… is shown instead. */
  name: string;
}

/** The sheet of work format `kind` as its element shows it; undefined when nothing is stored for it yet. */
export function sheetView(state: SessionState | undefined, kind: string): WorksheetState | undefined {
  return state?.worksheets[kind];
}

/** Stores a sheet the element changed (its topic, participants and notes). */
export function writeSheet(state: SessionState, kind: string, view: WorksheetState): void {
  state.worksheets[kind] = view;
}

/** The session's central issue ("vraagstuk"), shared by every work format. */
export function sessionTopic(state: SessionState | undefined): string {
  const sheets = Object.values(state?.worksheets ?? {});
  return sheets.map((s) => s.topic.trim()).find(Boolean) ?? '';
}

/** The session's participants, in order, shared by every work format. */
export function sessionPeople(state: SessionState | undefined): Person[] {
  const first = Object.values(state?.worksheets ?? {})[0];
  return first ? first.participants.map(({ id, name }) => ({ id, name })) : [];
}
