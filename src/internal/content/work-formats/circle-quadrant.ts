import * as nl from '../bundled/nl.js';
import * as en from '../bundled/en.js';
import type { Lang } from '../../i18n.js';
import { assembleDeck } from '../decks.js';
import type { Deck } from '../deck-schema.js';

// One module per work format, so in the chunk graph of dist/cdn a work format never shares a
// chunk with (and so never downloads) the other formats' cards.
export const circleDecks: Record<Lang, Deck> = {
  nl: /* @__PURE__ */ assembleDeck(nl.meta, [nl.workFormat3]),
  en: /* @__PURE__ */ assembleDeck(en.meta, [en.workFormat3]),
};
