import type { ReactiveControllerHost } from 'lit';
import type { DeckController, DeckStatus } from '../content/deck-controller.js';
import type { Deck } from '../content/deck-schema.js';
import { defaultDecks } from '../content/default-decks.js';
import type { Lang } from '../i18n.js';
import type { Lazy } from '../lazy.js';
import type { CustomDeckPart } from './parts.js';

/**
 * The fan's cards: the bundled deck of its language, or a deck the page gives. A custom deck is
 * checked by DeckController, which comes with its schema in a part the fan downloads only then
 * (issue 14); until it is here the fan says the cards are loading, as for `deck-src`.
 */
export class FanDeck {
  private controller?: DeckController;
  private custom = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly part: Lazy<CustomDeckPart>,
  ) {}

  get status(): DeckStatus {
    return this.controller?.status ?? (this.custom ? { kind: 'loading', src: '' } : { kind: 'default' });
  }

  /** The deck to render, or undefined while a custom deck is loading or broken. */
  deckFor(lang: Lang): Deck | undefined {
    if (this.controller) return this.controller.deckFor(lang);
    return this.custom ? undefined : defaultDecks[lang];
  }

  /** Applies the host's `deck` property and `deck-src` attribute, as DeckController.apply. */
  async apply(deck: unknown, src: string | null | undefined): Promise<void> {
    const custom = (deck !== undefined && deck !== null) || !!src;
    if (!custom && !this.controller) {
      this.custom = false;
      return;
    }
    this.custom = true;
    // Calls resolve in order, so the last deck the page set is the one applied last.
    const part = await this.part.ready().catch(() => undefined);
    if (!part) return;
    this.controller ??= new part.DeckController(this.host);
    await this.controller.apply(deck, src);
  }
}
