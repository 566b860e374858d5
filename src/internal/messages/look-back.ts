import * as nl from '../../../content/nl/messages.json';
import * as en from '../../../content/en/messages.json';
import type { Messages } from '../i18n.js';

export const lookBackMessages: Messages = {
  nl: { lookBack: nl.lookBack },
  en: { lookBack: en.lookBack },
};
