/**
 * What can still be read from a stored state that fails as a whole: each part (a step of the
 * plan, a tension field, a work format's sheet) is checked on its own, and every valid part
 * is kept. Pure; the damaged original is never changed.
 */
import { emptyState, migrateState, parseState, type SessionState } from './state.js';

export interface Salvage {
  state: SessionState;
  /** Dot paths of the parts that were restored with answers in them, e.g. `worksheets.octagon`. */
  restored: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function salvageState(stored: unknown): Salvage {
  const state = emptyState();
  const restored: string[] = [];
  // An older version's parts are checked in the shape of this one (e.g. version 2's sheets
  // with their own participants become the session's participants and sheets of version 3).
  const data = migrateState(stored);
  if (!isRecord(data)) return { state, restored };
  const empty = JSON.stringify(emptyState());
  /** Tries one part in an otherwise empty state; a part that passes is copied into the result. */
  const attempt = (path: string, place: (s: SessionState) => void, take: (from: SessionState) => void) => {
    const candidate = emptyState() as SessionState;
    try {
      place(candidate);
    } catch {
      return;
    }
    const parsed = parseState(candidate);
    if (!parsed.ok) return;
    take(parsed.state);
    // Where the user was is no answer: only parts with answers count as restored.
    if (path !== 'plan.step' && JSON.stringify(parsed.state) !== empty) restored.push(path);
  };
  const plan = isRecord(data.plan) ? data.plan : {};
  for (const key of ['step', 'goals', 'partners', 'moments', 'workFormat', 'actions'] as const) {
    if (!(key in plan)) continue;
    attempt(
      `plan.${key}`,
      (s) => ((s.plan as Record<string, unknown>)[key] = plan[key]),
      (from) => ((state.plan as Record<string, unknown>)[key] = from.plan[key]),
    );
  }
  for (const [field, value] of Object.entries(isRecord(data.tensions) ? data.tensions : {})) {
    attempt(
      `tensions.${field}`,
      (s) => ((s.tensions as Record<string, unknown>)[field] = value),
      (from) => Object.assign(state.tensions, from.tensions),
    );
  }
  if ('topic' in data) attempt('topic', (s) => ((s as Record<string, unknown>).topic = data.topic), (from) => (state.topic = from.topic));
  // The people before the sheets: a sheet's notes are theirs.
  if ('participants' in data) {
    attempt(
      'participants',
      (s) => ((s as Record<string, unknown>).participants = data.participants),
      (from) => (state.participants = from.participants),
    );
  }
  for (const [kind, value] of Object.entries(isRecord(data.worksheets) ? data.worksheets : {})) {
    attempt(
      `worksheets.${kind}`,
      (s) => ((s.worksheets as Record<string, unknown>)[kind] = value),
      (from) => Object.assign(state.worksheets, from.worksheets),
    );
  }
  return { state, restored };
}
