/** Every element class, without registering any tag: for your own tag names. */
export { KjkCard } from './components/card/card.js';
export { KjkFan } from './components/fan/fan.js';
export { KjkSession } from './components/session/session.js';
export { KjkTensionCard } from './components/tension-card/tension-card.js';
export { KjkOctagon } from './components/octagon/octagon.js';
export { KjkCircleQuadrant } from './components/circle-quadrant/circle-quadrant.js';
export { KjkLookBack } from './components/look-back/look-back.js';
export { KjkMindmap } from './components/mindmap/mindmap.js';
export { KjkActionCard } from './components/action-card/action-card.js';
export { KjkWordCloud } from './components/word-cloud/word-cloud.js';
export { defineElement } from './internal/define.js';
export { parseDeck, CARD_IDS, SECTION_IDS } from './internal/content/deck-schema.js';
export type { Deck, Card, Block, CardId, SectionId, DeckProblem } from './internal/content/deck-schema.js';
export { parseState, emptyState, STATE_VERSION } from './internal/session/state.js';
export type { SessionState } from './internal/session/state.js';
export type { HeadingLevel } from './internal/heading.js';
export type { StorageAdapter } from './internal/session/storage.js';
