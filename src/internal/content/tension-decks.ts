import * as nl from './bundled/nl.js';
import * as en from './bundled/en.js';
import type { Lang } from '../i18n.js';
import { assembleDeck } from './decks.js';
import type { Deck } from './deck-schema.js';

/** Only the five tension fields, so <kjk-tension-card> does not carry the whole fan. */
export const tensionDecks: Record<Lang, Deck> = {
  nl: assembleDeck(nl.meta, [nl.tension1, nl.tension2, nl.tension3, nl.tension4, nl.tension5]),
  en: assembleDeck(en.meta, [en.tension1, en.tension2, en.tension3, en.tension4, en.tension5]),
};
