import * as nl from './bundled/nl.js';
import * as en from './bundled/en.js';
import type { Lang } from '../i18n.js';
import { assembleDeck } from './decks.js';
import type { Deck } from './deck-schema.js';

// One small deck per work format, so each worksheet bundle carries only its own card.
// Marked pure: a bundle keeps only the decks its element uses.

export const lookBackDecks: Record<Lang, Deck> = {
  nl: /* @__PURE__ */ assembleDeck(nl.meta, [nl.workFormat1]),
  en: /* @__PURE__ */ assembleDeck(en.meta, [en.workFormat1]),
};

export const octagonDecks: Record<Lang, Deck> = {
  nl: /* @__PURE__ */ assembleDeck(nl.meta, [nl.workFormat2]),
  en: /* @__PURE__ */ assembleDeck(en.meta, [en.workFormat2]),
};

export const circleDecks: Record<Lang, Deck> = {
  nl: /* @__PURE__ */ assembleDeck(nl.meta, [nl.workFormat3]),
  en: /* @__PURE__ */ assembleDeck(en.meta, [en.workFormat3]),
};

export const mindmapDecks: Record<Lang, Deck> = {
  nl: /* @__PURE__ */ assembleDeck(nl.meta, [nl.workFormat4]),
  en: /* @__PURE__ */ assembleDeck(en.meta, [en.workFormat4]),
};

export const actionDecks: Record<Lang, Deck> = {
  nl: /* @__PURE__ */ assembleDeck(nl.meta, [nl.action]),
  en: /* @__PURE__ */ assembleDeck(en.meta, [en.action]),
};

/** The word cloud asks the intro card's question. */
export const wordCloudDecks: Record<Lang, Deck> = {
  nl: /* @__PURE__ */ assembleDeck(nl.meta, [nl.intro]),
  en: /* @__PURE__ */ assembleDeck(en.meta, [en.intro]),
};
