/**
 * Three-way merge of two versions of one session that both grew from a common `base`, e.g.
 * two tabs writing the same storage key. Pure: no storage, no DOM. The rules, in order:
 * - a value only one side changed takes that side's value;
 * - lists of objects with an `id` (the session's participants, notes, figures, lines, pictures) are merged
 *   by id: adds from both sides are kept, a delete is applied when the other side did not
 *   change that item, and the order follows the side that reordered;
 * - lists of plain values (chosen options, own goals, actions) keep adds from both sides;
 * - a note whose text both sides rewrote differently is kept twice: theirs as a new note
 *   right after mine;
 * - any other value both sides changed differently keeps mine and is reported as a conflict,
 *   so the caller can tell the user and keep theirs recoverable;
 * - a participant one side removed while the other wrote something new for them on a sheet is
 *   kept (nothing is lost by keeping them); each sheet's active participant exists.
 */
import { emptyState, parseState, type SessionState } from './state.js';

export interface MergeResult {
  state: SessionState;
  /** Dot paths of values both sides changed where mine was kept. */
  conflicts: string[];
  /** Theirs is an "Alles wissen": every answer was deleted on the other side. */
  wiped: boolean;
}

type Json = unknown;
type Item = Record<string, Json> & { id: string };

const json = (value: Json) => (value === undefined ? undefined : JSON.stringify(value));
const same = (a: Json, b: Json) => a === b || json(a) === json(b);
const isRecord = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const hasIds = (list: Json[]): list is Item[] => list.every((x) => isRecord(x) && typeof x.id === 'string');
const isPlain = (list: Json[]) => list.every((x) => typeof x === 'string' || typeof x === 'number');

/** Moving between steps or participants is not an answer: a difference there is no conflict to report. */
const SILENT = /^(plan\.step|worksheets\.[^.]+\.active)$/;

let sequence = 0;
/** A fresh id like the worksheet's own (same prefix, so `n-…` stays a note). */
function freshId(like: string): string {
  sequence = (sequence + 1) % 1296;
  const prefix = /^[a-z]+/.exec(like)?.[0] ?? 'n';
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}${sequence.toString(36)}`;
}

interface Context {
  conflicts: string[];
}

function mergeValue(base: Json, mine: Json, theirs: Json, path: string, ctx: Context): Json {
  if (same(mine, theirs)) return mine;
  if (same(base, mine)) return theirs;
  if (same(base, theirs)) return mine;
  if (isRecord(mine) && isRecord(theirs)) return mergeRecord(isRecord(base) ? base : {}, mine, theirs, path, ctx);
  if (Array.isArray(mine) && Array.isArray(theirs)) {
    const from = Array.isArray(base) ? base : [];
    if (hasIds(mine) && hasIds(theirs) && hasIds(from)) return mergeById(from, mine, theirs, path, ctx);
    if (isPlain(mine) && isPlain(theirs) && isPlain(from)) return mergeList(from, mine, theirs);
  }
  ctx.conflicts.push(path);
  return mine;
}

function mergeRecord(base: Record<string, Json>, mine: Record<string, Json>, theirs: Record<string, Json>, path: string, ctx: Context) {
  const out: Record<string, Json> = {};
  for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
    const value = mergeValue(base[key], mine[key], theirs[key], path ? `${path}.${key}` : key, ctx);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/**
 * Puts the ids of `secondary` that `primary` lacks into it: each right after the id that
 * precedes it in `secondary` (or first), and those added at the end of `secondary` at the end,
 * so an add lands where its side put it.
 */
function weave<T>(primary: T[], secondary: T[]): T[] {
  const out = [...primary];
  let lastShared = -1;
  secondary.forEach((id, i) => primary.includes(id) && (lastShared = i));
  let previous: T | undefined;
  let hasPrevious = false;
  secondary.forEach((id, i) => {
    if (!out.includes(id)) {
      if (i > lastShared) out.push(id);
      else out.splice(hasPrevious ? out.indexOf(previous as T) + 1 : 0, 0, id);
    }
    previous = id;
    hasPrevious = true;
  });
  return out;
}

function mergeById(base: Item[], mine: Item[], theirs: Item[], path: string, ctx: Context): Item[] {
  const byId = (list: Item[]) => new Map(list.map((item) => [item.id, item]));
  const [b, m, t] = [byId(base), byId(mine), byId(theirs)];
  const kept = new Map<string, Item>();
  const extra = new Map<string, Item>();
  for (const id of new Set([...m.keys(), ...t.keys()])) {
    const [bi, mi, ti] = [b.get(id), m.get(id), t.get(id)];
    const at = `${path}[${id}]`;
    if (mi && ti) {
      const rewritten =
        typeof mi.text === 'string' && typeof ti.text === 'string' && mi.text !== ti.text && !same(bi?.text, mi.text) && !same(bi?.text, ti.text);
      if (rewritten) {
        // Both rewrote this note: mine stays, theirs follows it as a note of its own.
        kept.set(id, mergeValue(bi, mi, { ...ti, text: mi.text }, at, ctx) as Item);
        extra.set(id, { ...ti, id: freshId(id) });
      } else {
        kept.set(id, mergeValue(bi, mi, ti, at, ctx) as Item);
      }
    } else if (mi) {
      // Deleted on their side: gone, unless I changed it meanwhile (then nothing is lost by keeping it).
      if (!(bi && same(bi, mi))) kept.set(id, mi);
    } else if (ti) {
      if (!(bi && same(bi, ti))) kept.set(id, ti);
    }
  }
  const ids = (list: Item[]) => list.map((item) => item.id).filter((id) => kept.has(id));
  const [baseOrder, mineOrder, theirOrder] = [ids(base), ids(mine), ids(theirs)];
  const shared = (order: string[]) => order.filter((id) => b.has(id) && m.has(id) && t.has(id));
  // Whoever reordered the items both have sets the order; otherwise mine does.
  const iKeptOrder = same(shared(mineOrder), shared(baseOrder));
  const order = iKeptOrder ? weave(theirOrder, mineOrder) : weave(mineOrder, theirOrder);
  return order.flatMap((id) => (extra.has(id) ? [kept.get(id)!, extra.get(id)!] : [kept.get(id)!]));
}

function mergeList(base: Json[], mine: Json[], theirs: Json[]): Json[] {
  const removedBy = (side: Json[]) => (x: Json) => base.includes(x) && !side.includes(x);
  const keepMine = mine.filter((x) => !removedBy(theirs)(x));
  const keepTheirs = theirs.filter((x) => !removedBy(mine)(x));
  const out = weave(keepMine, keepTheirs);
  // Chosen options are a sorted set of indices.
  return out.every((x) => typeof x === 'number') ? [...new Set(out as number[])].sort((x, y) => x - y) : out;
}

/** Nothing answered: what "Alles wissen" leaves. */
export function isEmptyState(state: SessionState): boolean {
  return same(state, emptyState());
}

/**
 * Sheets hold notes per participant id; the people are the session's. After a merge every
 * id with notes must be a participant, and every sheet's active one too.
 */
function fixPeople(merged: SessionState, sides: SessionState[]): void {
  const present = new Set(merged.participants.map((p) => p.id));
  for (const sheet of Object.values(merged.worksheets)) {
    for (const id of Object.keys(sheet.people)) {
      if (present.has(id)) continue;
      const person = sides.flatMap((s) => s.participants).find((p) => p.id === id) ?? { id, name: '' };
      merged.participants.push({ id, name: person.name });
      present.add(id);
    }
  }
  for (const sheet of Object.values(merged.worksheets)) {
    if (!present.has(sheet.active) && merged.participants.length) sheet.active = merged.participants[0].id;
  }
}

export function mergeStates(base: SessionState, mine: SessionState, theirs: SessionState): MergeResult {
  if (isEmptyState(theirs) && !isEmptyState(base) && !same(base, theirs)) {
    return { state: emptyState(), conflicts: [], wiped: true };
  }
  const ctx: Context = { conflicts: [] };
  const merged = mergeValue(base, mine, theirs, '', ctx) as SessionState;
  fixPeople(merged, [mine, theirs, base]);
  const conflicts = ctx.conflicts.filter((path) => !SILENT.test(path));
  const checked = parseState(merged);
  // Two valid halves can exceed a limit together (e.g. more than 30 participants): keep mine whole.
  if (!checked.ok) return { state: mine, conflicts: ['(state)'], wiped: false };
  return { state: checked.state, conflicts, wiped: false };
}
