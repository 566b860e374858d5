import * as nl from '../../../content/nl/messages.json';
import * as en from '../../../content/en/messages.json';
import type { Messages } from '../i18n.js';

export const cardMessages: Messages = {
  nl: { card: nl.card, deck: nl.deck },
  en: { card: en.card, deck: en.deck },
};
