/**
 * The gespreksplan as one part the fan downloads when it is first needed (issue 14): the step
 * plan's last step, `printPlan()`, `planTo…()`. Not in the fan's first load.
 */
export { gespreksplan } from '../session/plan.js';
export { renderPlan } from './render-plan.js';
export { planStyles, printPlanStyles } from './plan.styles.js';
export { planDoc, planDocx, planMarkdown, planText } from './plan-output.js';
