import * as nl from '../../../content/nl/messages.json';
import * as en from '../../../content/en/messages.json';
import type { Messages } from '../i18n.js';

/** "Bewaren en delen": the menu of the work formats and the gespreksplan. */
export const shareMessages: Messages = {
  nl: { share: nl.share },
  en: { share: en.share },
};
