import * as nl from '../bundled/nl.js';
import { onDemand, type Lang } from '../../i18n.js';
import { assembleDeck } from '../decks.js';
import type { Deck } from '../deck-schema.js';

// One module per work format, so in the chunk graph of dist/cdn a work format never shares a
// chunk with (and so never downloads) the other formats' cards.
export const mindmapDecks: Record<Lang, Deck> = /* @__PURE__ */ onDemand(/* @__PURE__ */ assembleDeck(nl.meta, [nl.workFormat4]), () =>
  import('../bundled/en.js').then(({ meta, workFormat4 }) => assembleDeck(meta, [workFormat4])),
);
