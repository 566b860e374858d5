import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseDeck, type Deck, type DeckProblem } from './deck-schema.js';
import { defaultDecks } from './default-decks.js';
import type { Lang } from '../i18n.js';

export type DeckStatus =
  | { kind: 'default' }
  | { kind: 'loading'; src: string }
  | { kind: 'custom'; deck: Deck }
  | { kind: 'invalid'; problems: DeckProblem[] }
  | { kind: 'load-failed'; src: string; reason: 'network' | 'not-json' }
  | { kind: 'too-large'; src: string; bytes: number };

/**
 * A deck is about 100 KB; ten times that is still a deck, more is a mistake. Checked before
 * parsing: a 40 MB file froze the page for 16 seconds in JSON.parse.
 */
export const MAX_DECK_BYTES = 2 ** 20;

/**
 * Where an element's cards come from: the bundled deck of its language, or a deck the
 * page supplies (`deck` property or `deck-src`). A custom deck is shown only once it is
 * fully valid; otherwise the element says why and the console names the bad field.
 */
export class DeckController implements ReactiveController {
  status: DeckStatus = { kind: 'default' };
  private request = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The deck to render, or undefined while a custom deck is loading or broken. */
  deckFor(lang: Lang): Deck | undefined {
    if (this.status.kind === 'default') return defaultDecks[lang];
    return this.status.kind === 'custom' ? this.status.deck : undefined;
  }

  /** Applies the host's `deck` property and `deck-src` attribute; the property wins. */
  async apply(deck: unknown, src: string | null | undefined): Promise<void> {
    const request = ++this.request;
    if (deck !== undefined && deck !== null) {
      this.setStatus(this.validate(deck, 'deck'));
      return;
    }
    if (!src) {
      this.setStatus({ kind: 'default' });
      return;
    }
    this.setStatus({ kind: 'loading', src });
    const status = await this.load(src);
    if (request === this.request) this.setStatus(status);
  }

  private async load(src: string): Promise<DeckStatus> {
    let response: Response;
    try {
      response = await fetch(src, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
    } catch (error) {
      console.error(`<${this.host.localName}>: deck-src "${src}" could not be loaded:`, error);
      return { kind: 'load-failed', src, reason: 'network' };
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > MAX_DECK_BYTES) return this.tooLarge(src, declared);
    let data: unknown;
    try {
      const text = await response.text();
      // Characters, not bytes, but near enough for a limit ten times a real deck.
      if (text.length > MAX_DECK_BYTES) return this.tooLarge(src, text.length);
      data = JSON.parse(text);
    } catch {
      console.error(`<${this.host.localName}>: deck-src "${src}" is not JSON.`);
      return { kind: 'load-failed', src, reason: 'not-json' };
    }
    return this.validate(data, `deck-src "${src}"`);
  }

  private tooLarge(src: string, bytes: number): DeckStatus {
    console.error(`<${this.host.localName}>: deck-src "${src}" is ${bytes} bytes; a deck is at most ${MAX_DECK_BYTES} bytes. It is not read.`);
    return { kind: 'too-large', src, bytes };
  }

  private validate(data: unknown, origin: string): DeckStatus {
    const result = parseDeck(data);
    if (result.ok) return { kind: 'custom', deck: result.deck };
    console.error(
      `<${this.host.localName}>: the ${origin} is not a valid deck. ` +
        result.problems.map((p) => `${p.path}: ${p.message}`).join('; '),
    );
    return { kind: 'invalid', problems: result.problems };
  }

  private setStatus(status: DeckStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }
}
