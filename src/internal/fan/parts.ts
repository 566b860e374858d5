/**
 * Where the fan's on-demand parts come from: dynamic imports, so each is its own chunk in the
 * chunk graph (dist/cdn/modules). An object rather than inline imports so a test can make a load
 * fail, as it does offline.
 */
export const fanParts = {
  steps: () => import('./steps-part.js'),
  plan: () => import('../plan/plan-part.js'),
  deck: () => import('./custom-deck.js'),
};

export type StepsPart = Awaited<ReturnType<typeof fanParts.steps>>;
export type PlanPart = Awaited<ReturnType<typeof fanParts.plan>>;
export type CustomDeckPart = Awaited<ReturnType<typeof fanParts.deck>>;
