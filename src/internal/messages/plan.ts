import * as nl from '../../../content/nl/messages.json';
import * as en from '../../../content/en/messages.json';
import type { Messages } from '../i18n.js';

/** The gespreksplan's texts alone, for <kjk-session show-plan>. */
export const planMessages: Messages = {
  nl: { plan: nl.plan },
  en: { plan: en.plan },
};
