/**
 * Valibot's issues in our wording (see validation.ts): for the reference schemas the build-time
 * content check and the property tests use. Never imported at run time.
 */
import type { BaseIssue } from 'valibot';
import { pathText, typeName, type Key, type Problem } from './validation.js';

/** Valibot's default wording, "Invalid type: Expected X but received Y". */
const DEFAULT_MESSAGE = /^Invalid (\w+): (?:Expected [\s\S]* but r|R)eceived /;

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
  return issues.map((issue) => ({
    path: pathText((issue.path ?? []).map((item): Key => (typeof item.key === 'number' || typeof item.key === 'string' ? item.key : '(key)')), root),
    message: messageOf(issue),
  }));
}
