import nlDeck from '../../../content/nl/deck.json';
import enDeck from '../../../content/en/deck.json';
import type { Lang } from '../i18n.js';
import type { Card, CardId, Deck } from './deck-schema.js';

/** The bundled decks are checked against the schema at build time (scripts/validate-content.mjs). */
export const defaultDecks: Record<Lang, Deck> = {
  nl: nlDeck as unknown as Deck,
  en: enDeck as unknown as Deck,
};

export function findCard(deck: Deck, id: string | null | undefined): Card | undefined {
  return deck.cards.find((card) => card.id === (id as CardId));
}
