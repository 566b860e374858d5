/**
 * UI texts by area, from the one catalogue per language (content/<lang>/messages.json).
 * An element names the areas it uses, so a single-element bundle carries only those.
 */
import * as nl from '../../content/nl/messages.json';
import * as en from '../../content/en/messages.json';
import type { Messages } from './i18n.js';

export const cardMessages: Messages = {
  nl: { card: nl.card, deck: nl.deck },
  en: { card: en.card, deck: en.deck },
};

export const sessionMessages: Messages = {
  nl: { privacy: nl.privacy, problem: nl.problem },
  en: { privacy: en.privacy, problem: en.problem },
};

export const tensionMessages: Messages = {
  nl: { tension: nl.tension },
  en: { tension: en.tension },
};

/** "Bewaren en delen": the menu of the work formats and the gespreksplan. */
export const shareMessages: Messages = {
  nl: { share: nl.share },
  en: { share: en.share },
};

/** The session file "to continue later" (the fan's summary). */
export const sessionFileMessages: Messages = {
  nl: { sessionFile: nl.sessionFile },
  en: { sessionFile: en.sessionFile },
};

export const fanMessages: Messages = {
  nl: { fan: nl.fan, steps: nl.steps, plan: nl.plan },
  en: { fan: en.fan, steps: en.steps, plan: en.plan },
};

/** The gespreksplan's texts alone, for <kjk-session show-plan>. */
export const planMessages: Messages = {
  nl: { plan: nl.plan },
  en: { plan: en.plan },
};

export const worksheetMessages: Messages = {
  nl: { worksheet: nl.worksheet },
  en: { worksheet: en.worksheet },
};

export const lookBackMessages: Messages = {
  nl: { lookBack: nl.lookBack },
  en: { lookBack: en.lookBack },
};

export const sketchMessages: Messages = {
  nl: { sketch: nl.sketch },
  en: { sketch: en.sketch },
};

export const mindmapMessages: Messages = {
  nl: { mindmap: nl.mindmap },
  en: { mindmap: en.mindmap },
};

export const actionCardMessages: Messages = {
  nl: { actionCard: nl.actionCard },
  en: { actionCard: en.actionCard },
};

export const wordCloudMessages: Messages = {
  nl: { wordCloud: nl.wordCloud },
  en: { wordCloud: en.wordCloud },
};

/** The LMS package's own texts (dist/lms only). */
export const lmsMessages: Messages = {
  nl: { lms: nl.lms },
  en: { lms: en.lms },
};
