/**
 * The one place that knows how a work format's sheet sits in the session state. Every element,
 * the gespreksplan and the exports read a sheet through `sheetView` and write it through
 * `writeSheet`, so the session keeps one topic and one list of participants for all of them:
 * the state holds the topic and the people once, and each sheet only what is its own (per
 * participant id the notes, figures and drawing, and who is being worked on). Pure functions.
 */
import type { Participant, SessionState, SheetNotes, StoredSheet, WorksheetState } from './state.js';

/** A participant of the conversation, as every work format and the action card name them. */
export interface Person {
  id: string;
  /** May be empty: "Deelnemer 1"… is shown instead. */
  name: string;
}

/**
 * The sheet of work format `kind` as its element shows it: the session's topic (or `preset`, the
 * element's `topic` attribute, while none was typed) and participants, with this sheet's notes.
 * Undefined while the session has no participants yet. The notes, figures and drawings are the
 * state's own objects, not copies: change a view only inside `session.update`.
 */
export function sheetView(state: SessionState | undefined, kind: string, preset = ''): WorksheetState | undefined {
  if (!state?.participants.length) return undefined;
  const sheet: StoredSheet | undefined = state.worksheets[kind];
  const participants = state.participants.map((person): Participant => {
    const own = sheet?.people[person.id];
    return {
      id: person.id,
      name: person.name,
      notes: own?.notes ?? {},
      figures: own?.figures ?? [],
      ...(own?.drawing ? { drawing: own.drawing } : {}),
    };
  });
  const active = sheet && participants.some((p) => p.id === sheet.active) ? sheet.active : participants[0].id;
  return { topic: state.topic ?? preset, participants, active };
}

/**
 * Stores a sheet the element changed and splits it where it belongs: the topic to the session
 * (not while it is still the element's `preset`, so the attribute keeps presetting it), names,
 * order and new people to the session's participants, the notes to this sheet. A participant
 * missing from the view is removed from the session and from every sheet.
 */
export function writeSheet(state: SessionState, kind: string, view: WorksheetState, preset = ''): void {
  if (state.topic !== undefined || view.topic !== preset) state.topic = view.topic;
  const ids = new Set(view.participants.map((p) => p.id));
  const removed = state.participants.filter((p) => !ids.has(p.id)).map((p) => p.id);
  state.participants = view.participants.map(({ id, name }) => ({ id, name }));
  for (const sheet of Object.values(state.worksheets)) for (const id of removed) delete sheet.people[id];
  // Every participant gets an entry, also an empty one: a merge then sees "their notes emptied"
  // as a change to an entry, not as an entry deleted, which would lose the other tab's new notes.
  const people: Record<string, SheetNotes> = {};
  for (const { id, notes, figures, drawing } of view.participants) people[id] = { notes, figures, ...(drawing ? { drawing } : {}) };
  state.worksheets[kind] = { active: ids.has(view.active) ? view.active : view.participants[0].id, people };
}

/** Removes a participant from the session and from every sheet, with all they wrote there. */
export function removePerson(state: SessionState, id: string): void {
  state.participants = state.participants.filter((p) => p.id !== id);
  for (const sheet of Object.values(state.worksheets)) delete sheet.people[id];
}

/** The session's central issue ("vraagstuk"), shared by every work format. */
export function sessionTopic(state: SessionState | undefined): string {
  return state?.topic ?? '';
}

/** The session's participants, in order, shared by every work format. */
export function sessionPeople(state: SessionState | undefined): Person[] {
  return (state?.participants ?? []).map(({ id, name }) => ({ id, name }));
}
