/**
 * How problems in a state, a file or a deck are told: by place and by what was expected,
 * never by what was found. A value found there may be a family's note; it would end up in
 * consoles and LMS logs. The run-time checker (check.ts) words its problems so; the valibot
 * reference schemas go through validation.valibot.ts to the same words.
 */

export interface Problem {
  /** Dot path of the bad field, e.g. `cards.3.blocks.0.text`. */
  path: string;
  message: string;
}

export type Key = string | number;

/** A problem at a place given as keys, before the keys are made safe to show. */
export interface PathProblem {
  path: Key[];
  message: string;
}

/** A key that is an id may be shown; any other key could be someone's words. */
const SAFE_KEY = /^[A-Za-z0-9_-]{1,40}$/;

/** What a wrong value is, without the value: "a string", "a list", "null". */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** `cards.3.blocks.0.text`; `root` for the whole value. */
export function pathText(path: readonly Key[], root: string): string {
  if (!path.length) return root;
  return path.map((key) => (typeof key === 'number' || SAFE_KEY.test(key) ? key : '(key)')).join('.');
}

/** Every problem as a place and what was expected there. */
export function describeProblems(problems: readonly PathProblem[], root: string): Problem[] {
  return problems.map((p) => ({ path: pathText(p.path, root), message: p.message }));
}

/**
 * True when data nests deeper than `limit` levels. Walked with a list, not recursion, so a
 * 200,000-deep array is answered at once instead of overflowing the stack in the validator.
 */
export function nestedDeeperThan(data: unknown, limit: number): boolean {
  const pending: Array<[unknown, number]> = [[data, 0]];
  const seen = new Set<object>();
  while (pending.length) {
    const [value, depth] = pending.pop()!;
    if (!value || typeof value !== 'object' || seen.has(value)) continue;
    if (depth >= limit) return true;
    seen.add(value);
    for (const child of Object.values(value)) if (child && typeof child === 'object') pending.push([child, depth + 1]);
  }
  return false;
}

/** A size in MB for a message, e.g. "12" or "5,5" in Dutch. */
export function megabytes(bytes: number, lang: string): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: bytes < 10 * 2 ** 20 ? 1 : 0 }).format(bytes / 2 ** 20);
}
