import * as nl from '../../../content/nl/messages.json';
import * as en from '../../../content/en/messages.json';
import type { Messages } from '../i18n.js';

/** The session file "to continue later" (the fan's summary). */
export const sessionFileMessages: Messages = {
  nl: { sessionFile: nl.sessionFile },
  en: { sessionFile: en.sessionFile },
};
