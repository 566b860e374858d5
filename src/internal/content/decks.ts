import type { Card, Deck } from './deck-schema.js';

/** A deck's own data without its cards: title, credit, sections and the order of its cards. */
export type DeckMeta = Omit<Deck, 'cards'> & { cards: string[] };

/**
 * Puts a deck together from its parts. The bundled parts are checked against the schema
 * at build time (scripts/validate-content.mjs), so they are trusted here.
 */
export function assembleDeck(meta: unknown, cards: unknown[]): Deck {
  return { ...(meta as DeckMeta), cards: cards as Card[] };
}

export function findCard(deck: Deck, id: string | null | undefined): Card | undefined {
  return deck.cards.find((card) => card.id === id);
}
