/**
 * Between the session state and a live room's flat map (issue 15). Pure: no Yjs, no crypto.
 *
 * The map's keys are structure, never user text; every value is a plain object or string that
 * the connection encrypts under its key:
 * - `person/<pid>` {name, at}
 * - `note/<sheet>/<pid>/<zone>/<noteId>` {text, who?, when?, at}
 * - `figure/<sheet>/<pid>/<id>` {label, x, y, at}
 * - `stroke/<sheet>/<pid>/<id>` {pen, width, d, at} (the mind map's lines)
 * - `item/<sheet>/<pid>/<id>` a picture or pictogram's fields and `at`
 * - `topic` string; `plan` the whole plan; `tension/<1…5>` {marked, note}
 * (`position` is the connection's own, not the state's.)
 * `<sheet>` is the work format's kind in `worksheets` (`octagon`, `word-cloud`, …). `at` is an
 * order number, so every device rebuilds a list in the same order: by `at`, then by id. One key
 * is one value: two devices that change the same note at once end with the last writer's.
 * A sheet's `active` (whose tab is open) stays each device's own.
 */
import { parseState, type SessionState, type SheetNotes, type StoredSheet, TENSION_FIELDS } from '../session/state.js';

/** The sheet whose entries every device sees at once: a word cloud is shared by nature. */
export const SHARED_SHEET = 'word-cloud';

export type Entries = Map<string, unknown>;

/**
 * Order numbers for a list, keeping the ones it had in `previous` where they still run in order,
 * so adding or removing one item changes no other item's entry (nothing else is re-sent).
 */
function orderNumbers(keys: string[], previous?: ReadonlyMap<string, unknown>): number[] {
  const old = keys.map((key) => {
    const at = (previous?.get(key) as { at?: unknown } | undefined)?.at;
    return typeof at === 'number' && Number.isFinite(at) ? at : undefined;
  });
  const kept: (number | undefined)[] = [];
  let last = -Infinity;
  for (const at of old) {
    if (at !== undefined && at >= last) {
      kept.push(at);
      last = at;
    } else kept.push(undefined);
  }
  // The ones in between get evenly spaced numbers between their kept neighbours.
  const result = [...kept] as number[];
  for (let i = 0; i < kept.length; ) {
    if (kept[i] !== undefined) {
      i++;
      continue;
    }
    let j = i;
    while (j < kept.length && kept[j] === undefined) j++;
    const lo = i > 0 ? result[i - 1] : undefined;
    const hi = j < kept.length ? kept[j] : undefined;
    const n = j - i;
    for (let k = 0; k < n; k++) {
      if (lo === undefined && hi === undefined) result[i + k] = k;
      else if (hi === undefined) result[i + k] = lo! + k + 1;
      else if (lo === undefined) result[i + k] = hi - n + k;
      else result[i + k] = lo + ((hi - lo) * (k + 1)) / (n + 1);
    }
    i = j;
  }
  return result;
}

function addList(out: Entries, keys: string[], values: Record<string, unknown>[], previous?: ReadonlyMap<string, unknown>): void {
  const ats = orderNumbers(keys, previous);
  keys.forEach((key, i) => out.set(key, { ...values[i], at: ats[i] }));
}

function withoutId<T extends { id: string }>(item: T): Omit<T, 'id'> {
  const { id: _id, ...rest } = item;
  return rest;
}

/**
 * The state as map entries. With `previous` (the last projection) each list keeps its order
 * numbers where it can; without, they are 0, 1, 2…
 */
export function project(state: SessionState, previous?: ReadonlyMap<string, unknown>): Entries {
  const out: Entries = new Map();
  addList(
    out,
    state.participants.map((p) => `person/${p.id}`),
    state.participants.map((p) => ({ name: p.name })),
    previous,
  );
  for (const [sheet, stored] of Object.entries(state.worksheets)) {
    for (const [pid, own] of Object.entries(stored.people)) {
      for (const [zone, notes] of Object.entries(own.notes)) {
        addList(out, notes.map((n) => `note/${sheet}/${pid}/${zone}/${n.id}`), notes.map(withoutId), previous);
      }
      addList(out, own.figures.map((f) => `figure/${sheet}/${pid}/${f.id}`), own.figures.map(withoutId), previous);
      if (own.drawing) {
        const { strokes, items } = own.drawing;
        addList(out, strokes.map((s) => `stroke/${sheet}/${pid}/${s.id}`), strokes.map(withoutId), previous);
        addList(out, items.map((s) => `item/${sheet}/${pid}/${s.id}`), items.map(withoutId), previous);
      }
    }
  }
  if (state.topic !== undefined) out.set('topic', state.topic);
  out.set('plan', state.plan);
  for (const field of TENSION_FIELDS) if (state.tensions[field]) out.set(`tension/${field}`, state.tensions[field]);
  return out;
}

export interface ApplyView {
  /** This device's participant. */
  me: string;
  /** The facilitator pressed "Deel je bevindingen". */
  revealed: boolean;
  /** Other participants this device brought into the room (the facilitator's seeded ones). */
  own?: ReadonlySet<string>;
  /** The entries the state holds now (the last projection): their order numbers place what arrives. */
  known?: ReadonlyMap<string, unknown>;
}

type Parsed =
  | { kind: 'person'; pid: string }
  | { kind: 'note'; sheet: string; pid: string; zone: string; id: string }
  | { kind: 'figure' | 'stroke' | 'item'; sheet: string; pid: string; id: string }
  | { kind: 'topic' | 'plan' }
  | { kind: 'tension'; field: string };

export function parseKey(key: string): Parsed | undefined {
  const p = key.split('/');
  if (p.length === 1 && (key === 'topic' || key === 'plan')) return { kind: key };
  if (p.length === 2 && p[0] === 'person') return { kind: 'person', pid: p[1] };
  if (p.length === 2 && p[0] === 'tension') return { kind: 'tension', field: p[1] };
  if (p.length === 5 && p[0] === 'note') return { kind: 'note', sheet: p[1], pid: p[2], zone: p[3], id: p[4] };
  if (p.length === 4 && (p[0] === 'figure' || p[0] === 'stroke' || p[0] === 'item')) return { kind: p[0], sheet: p[1], pid: p[2], id: p[3] };
  return undefined;
}

/** Whose entry this is: what a person wrote on a sheet, or the person themselves. */
export function ownerOf(key: string): string | undefined {
  const parsed = parseKey(key);
  return parsed && 'pid' in parsed ? parsed.pid : undefined;
}

const atOf = (value: unknown, fallback: number): number => {
  const at = (value as { at?: unknown } | undefined)?.at;
  return typeof at === 'number' && Number.isFinite(at) ? at : fallback;
};

function stripAt(value: unknown): Record<string, unknown> {
  const { at: _at, ...rest } = (value ?? {}) as Record<string, unknown>;
  return rest;
}

/**
 * A list with some of its items set or removed, in order: the items it had keep their places
 * (their order numbers from `known`), the new ones go where their `at` puts them.
 */
function mergeList<T extends { id: string }>(
  list: T[],
  keyOf: (id: string) => string,
  changes: Map<string, unknown>,
  known?: ReadonlyMap<string, unknown>,
): T[] {
  const rows = new Map<string, { at: number; item: T }>();
  list.forEach((item, i) => rows.set(item.id, { at: atOf(known?.get(keyOf(item.id)), i), item }));
  for (const [id, value] of changes) {
    if (value === undefined) rows.delete(id);
    else rows.set(id, { at: atOf(value, Infinity), item: { id, ...stripAt(value) } as T });
  }
  return [...rows.values()].sort((a, b) => a.at - b.at || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0)).map((r) => r.item);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The state with these entries set (or deleted, for `undefined`), as this device may show them:
 * - its own participants' entries, the topic, the plan and the tensions always;
 * - everyone's words of the word cloud always (the cloud is shared by nature);
 * - other participants' notes, figures, lines and pictures only once `revealed`.
 * Others appear in `participants` once revealed, or while they have words in the cloud (the cloud
 * shows the words of the participants), so before the reveal no worksheet shows empty tabs of
 * people whose notes it may not show. Participants, like every list, are ordered by `at`, then id. An entry that would make the state invalid (a damaged or hostile value,
 * though it opened with the room's key) is left out; the rest is applied.
 */
export function applyEntries(state: SessionState, entries: Iterable<[string, unknown]>, view: ApplyView): SessionState {
  const list = [...entries];
  const next = applyAll(state, list, view);
  if (parseState(next).ok) return next;
  // One by one, keeping only what leaves a valid state: slow, but only for a damaged room.
  let good = state;
  for (const entry of list) {
    const tried = applyAll(good, [entry], view);
    if (parseState(tried).ok) good = tried;
    else console.error(`ken-je-kracht: the live value "${entry[0]}" is not valid and was left out.`);
  }
  return good;
}

function applyAll(state: SessionState, list: [string, unknown][], view: ApplyView): SessionState {
  const next = structuredClone(state);
  const mine = (pid: string) => pid === view.me || !!view.own?.has(pid);
  const visible = (sheet: string, pid: string) => view.revealed || mine(pid) || sheet === SHARED_SHEET;
  // Content per list, so each list is rebuilt once.
  const lists = new Map<string, { parsed: Parsed & { sheet: string; pid: string }; changes: Map<string, unknown> }>();
  const persons = new Map<string, unknown>();
  const withContent = new Set<string>();
  for (const [key, value] of list) {
    const parsed = parseKey(key);
    if (!parsed) continue;
    switch (parsed.kind) {
      case 'topic':
        if (value === undefined) delete next.topic;
        else if (typeof value === 'string') next.topic = value;
        break;
      case 'plan':
        if (isObject(value)) next.plan = value as SessionState['plan'];
        break;
      case 'tension':
        if (value === undefined) delete next.tensions[parsed.field as keyof SessionState['tensions']];
        else if (isObject(value)) next.tensions[parsed.field as keyof SessionState['tensions']] = value as { marked: boolean; note: string };
        break;
      case 'person':
        persons.set(parsed.pid, value);
        break;
      default: {
        if (!visible(parsed.sheet, parsed.pid)) break;
        if (value !== undefined) withContent.add(parsed.pid);
        const listId = parsed.kind === 'note' ? `note/${parsed.sheet}/${parsed.pid}/${parsed.zone}` : `${parsed.kind}/${parsed.sheet}/${parsed.pid}`;
        let entry = lists.get(listId);
        if (!entry) lists.set(listId, (entry = { parsed, changes: new Map() }));
        entry.changes.set(parsed.id, value === undefined ? undefined : isObject(value) ? value : { at: 0 });
      }
    }
  }
  // People: like any list, in their order numbers, so every device lists them alike.
  const present = new Set(next.participants.map((p) => p.id));
  const people = new Map<string, unknown>();
  for (const [pid, value] of persons) {
    if (value === undefined || present.has(pid) || view.revealed || mine(pid) || withContent.has(pid)) {
      people.set(pid, value === undefined ? undefined : { name: isObject(value) && typeof value.name === 'string' ? value.name : '', at: atOf(value, Infinity) });
    }
  }
  // Someone whose words arrived without their person entry still shows them, unnamed.
  for (const pid of withContent) if (!present.has(pid) && !persons.has(pid)) people.set(pid, { name: '', at: Infinity });
  if (people.size) next.participants = mergeList(next.participants, (id) => `person/${id}`, people, view.known);
  for (const { parsed, changes } of lists.values()) {
    const sheet: StoredSheet = (next.worksheets[parsed.sheet] ??= { active: view.me, people: {} });
    const own: SheetNotes = (sheet.people[parsed.pid] ??= { notes: {}, figures: [] });
    const base = `${parsed.kind}/${parsed.sheet}/${parsed.pid}`;
    if (parsed.kind === 'note') {
      const zoneBase = `${base}/${parsed.zone}`;
      own.notes[parsed.zone] = mergeList(own.notes[parsed.zone] ?? [], (id) => `${zoneBase}/${id}`, changes, view.known);
    } else if (parsed.kind === 'figure') {
      own.figures = mergeList(own.figures, (id) => `${base}/${id}`, changes, view.known);
    } else {
      own.drawing ??= { strokes: [], items: [] };
      if (parsed.kind === 'stroke') own.drawing.strokes = mergeList(own.drawing.strokes, (id) => `${base}/${id}`, changes, view.known);
      else own.drawing.items = mergeList(own.drawing.items, (id) => `${base}/${id}`, changes, view.known);
    }
  }
  return next;
}
