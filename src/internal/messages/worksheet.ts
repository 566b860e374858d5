import * as nl from '../../../content/nl/messages.json';
import * as en from '../../../content/en/messages.json';
import type { Messages } from '../i18n.js';

export const worksheetMessages: Messages = {
  nl: { worksheet: nl.worksheet },
  en: { worksheet: en.worksheet },
};
