/** Every element class, without registering any tag: for your own tag names. */
export { KjkCard } from './components/card/card.js';
export { defineElement } from './internal/define.js';
export { parseDeck, CARD_IDS, SECTION_IDS } from './internal/content/deck-schema.js';
export type { Deck, Card, Block, CardId, SectionId, DeckProblem } from './internal/content/deck-schema.js';
