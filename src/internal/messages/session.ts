import * as nl from '../../../content/nl/messages.json';
import * as en from '../../../content/en/messages.json';
import type { Messages } from '../i18n.js';

export const sessionMessages: Messages = {
  nl: { privacy: nl.privacy, problem: nl.problem },
  en: { privacy: en.privacy, problem: en.problem },
};
