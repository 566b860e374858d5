/**
 * What the fan's first screen needs to know about the step plan (how many steps, whether one is
 * under way), apart from plan.ts: the cover's "Ga verder (stap n)" should not download the whole
 * gespreksplan (issue 14).
 */
import type { SessionState } from './state.js';

export const STEP_COUNT = 7;
export const SUMMARY_STEP = STEP_COUNT + 1;

/**
 * The step plan has been worked on: a step further than the first, or any answer in it. Then
 * "Start" offers to continue where one was.
 */
export function hasStepProgress(state: SessionState): boolean {
  const { plan } = state;
  const choices = [plan.goals, plan.partners, plan.moments];
  return (
    plan.step > 1 ||
    choices.some((c) => c.chosen.length > 0 || c.own.length > 0) ||
    plan.workFormat !== null ||
    plan.actions.length > 0 ||
    Object.values(state.tensions).some((t) => t.marked || t.note.trim() !== '')
  );
}
