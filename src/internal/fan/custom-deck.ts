/**
 * What the fan needs only when a page gives it a deck of its own (`deck`, `deck-src`) or asks for
 * a card the deck has not: the deck's checks and the messages about them. Downloaded then, not
 * with the fan (issue 14).
 */
export { DeckController } from '../content/deck-controller.js';
export { renderDeckStatus, renderMissingCard, reportMissingCard } from '../content/render-status.js';
