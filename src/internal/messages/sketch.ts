import * as nl from '../../../content/nl/messages.json';
import * as en from '../../../content/en/messages.json';
import type { Messages } from '../i18n.js';

export const sketchMessages: Messages = {
  nl: { sketch: nl.sketch },
  en: { sketch: en.sketch },
};
