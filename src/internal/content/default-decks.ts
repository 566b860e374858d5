import * as nl from './bundled/nl.js';
import { onDemand, type Lang } from '../i18n.js';
import type { Card, Deck } from './deck-schema.js';
import { assembleDeck, type DeckMeta } from './decks.js';

/** Every card, in the deck's order; kept apart so elements that show a few cards do not carry all. */
function wholeDeck(parts: typeof nl): Deck {
  const { meta, ...cards } = parts;
  const byId = new Map<string, unknown>(Object.values(cards).map((c) => [(c as Card).id, c]));
  return assembleDeck(meta, (meta as DeckMeta).cards.map((id) => byId.get(id)));
}

export const defaultDecks: Record<Lang, Deck> = /* @__PURE__ */ onDemand(/* @__PURE__ */ wholeDeck(nl), () => import('./bundled/en.js').then(wholeDeck));
