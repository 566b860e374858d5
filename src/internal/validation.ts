/**
 * How problems in a state, a file or a deck are told: by place and by what was expected,
 * never by what was found. Valibot's own messages quote the value ("received \"…\""), and
 * in a state that value is a family's note; it would end up in consoles and LMS logs.
 */
import type { BaseIssue } from 'valibot';

export interface Problem {
  /** Dot path of the bad field, e.g. `cards.3.blocks.0.text`. */
  path: string;
  message: string;
}

/** Valibot's default wording, "Invalid type: Expected X but received Y". */
const DEFAULT_MESSAGE = /^Invalid (\w+): (?:Expected [\s\S]* but r|R)eceived /;
/** A key that is an id may be shown; any other key could be someone's words. */
const SAFE_KEY = /^[A-Za-z0-9_-]{1,40}$/;

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function pathOf(issue: BaseIssue<unknown>, root: string): string {
  if (!issue.path?.length) return root;
  return issue.path.map((item) => (typeof item.key === 'number' || (typeof item.key === 'string' && SAFE_KEY.test(item.key)) ? item.key : '(key)')).join('.');
}

function messageOf(issue: BaseIssue<unknown>): string {
  const wording = DEFAULT_MESSAGE.exec(issue.message);
  // Our own messages ("is not a pen") never quote the value; keep them.
  if (!wording) return issue.message;
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'is a field that does not belong here';
  const expected = issue.expected ?? 'another value';
  // "expected boolean, not a string"; "expected length <=80"; never the value itself.
  return wording[1] === 'type' ? `expected ${expected}, not ${typeName(issue.input)}` : `expected ${wording[1]} ${expected}`;
}

/** Every issue as a place and what was expected there. */
export function describeIssues(issues: readonly BaseIssue<unknown>[], root: string): Problem[] {
  return issues.map((issue) => ({ path: pathOf(issue, root), message: messageOf(issue) }));
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
