import * as nl from '../../../content/nl/messages.json';
import * as en from '../../../content/en/messages.json';
import type { Messages } from '../i18n.js';

export const fanMessages: Messages = {
  nl: { fan: nl.fan, steps: nl.steps, plan: nl.plan },
  en: { fan: en.fan, steps: en.steps, plan: en.plan },
};
