import * as nl from './bundled/nl.js';
import { onDemand, type Lang } from '../i18n.js';
import { assembleDeck } from './decks.js';
import type { Deck } from './deck-schema.js';

/** Only the five tension fields, so <kjk-tension-card> does not carry the whole fan. */
export const tensionDecks: Record<Lang, Deck> = /* @__PURE__ */ onDemand(
  /* @__PURE__ */ assembleDeck(nl.meta, [nl.tension1, nl.tension2, nl.tension3, nl.tension4, nl.tension5]),
  () => import('./bundled/en.js').then(({ meta, tension1, tension2, tension3, tension4, tension5 }) => assembleDeck(meta, [tension1, tension2, tension3, tension4, tension5])),
);
