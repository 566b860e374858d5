import { LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { tokens } from '../../internal/styles/tokens.styles.js';
import { cardFace } from '../../internal/styles/card-face.styles.js';
import { cardStyles } from './card.styles.js';
import { LocaleController } from '../../internal/i18n.js';
import { cardMessages } from '../../internal/messages.js';
import { DeckController } from '../../internal/content/deck-controller.js';
import { findCard } from '../../internal/content/decks.js';
import { renderCardFace } from '../../internal/content/render-card.js';
import { renderDeckStatus, renderMissingCard, reportMissingCard } from '../../internal/content/render-status.js';
import { headingLevelConverter, type HeadingLevel } from '../../internal/heading.js';

/**
 * @tag kjk-card
 * @summary One card of the "Ken je kracht?" conversation fan, by id, in Dutch or English.
 *
 * @attr lang - `nl` (default) or `en`, on the element or any ancestor, as HTML itself works; anything else shows Dutch.
 *
 * @csspart base - The card itself (an `<article>`).
 * @csspart meta - The section name and number at the top of the card.
 * @csspart title - The card's heading.
 * @csspart body - The card's text.
 * @csspart message - A message shown instead of the card (unknown id, invalid deck).
 *
 * @cssprop [--kjk-font-size=max(1em, 16px)] - Base text size of the card.
 * @cssprop [--kjk-font-family=inherit] - Font; the host page's font by default.
 * @cssprop [--kjk-text=#24211d] - Text colour.
 * @cssprop [--kjk-text-muted=#5c564e] - Colour of secondary text (sources, roles).
 * @cssprop [--kjk-surface=#fffdf8] - Card background.
 * @cssprop [--kjk-radius=1.1em] - Corner radius of the card.
 * @cssprop [--kjk-space=1em] - Base spacing inside the card.
 * @cssprop --kjk-shadow - Shadow under the card.
 * @cssprop --kjk-focus - Colour of the focus ring.
 * @cssprop [--kjk-section-introduction=#e49a2f] - Edge colour of the introduction cards; `-ink` variant for text.
 * @cssprop [--kjk-section-step-plan=#2a9a9a] - Edge colour of the step plan; `-ink` variant for text.
 * @cssprop [--kjk-section-knowledge=#7a68b8] - Edge colour of the knowledge cards; `-ink` variant for text.
 * @cssprop [--kjk-section-preparation=#5aa469] - Edge colour of the preparation cards; `-ink` variant for text.
 * @cssprop [--kjk-section-tension=#de6a4c] - Edge colour of the tension fields; `-ink` variant for text.
 * @cssprop [--kjk-section-work-format=#3f7fc6] - Edge colour of the work formats; `-ink` variant for text.
 * @cssprop [--kjk-section-action=#cf4f86] - Edge colour of the action card; `-ink` variant for text.
 */
export class KjkCard extends LitElement {
  static override styles = [tokens, cardFace, cardStyles];

  /** @internal */
  private readonly locale = new LocaleController(this, cardMessages);
  /** @internal */
  private readonly deckSource = new DeckController(this);

  /** Id of the card to show, e.g. `intro`, `tension-3`, `work-format-2`. */
  @property({ reflect: true }) card = 'intro';

  /**
   * The level of its title: 2 on a page of its own; lower under another heading. Headings on the
   * card follow one level below.
   * @attr heading-level
   */
  @property({ attribute: 'heading-level', converter: headingLevelConverter }) headingLevel: HeadingLevel = 2;

  /** URL of a custom deck (JSON) to use instead of the bundled cards. Validated before use. */
  @property({ attribute: 'deck-src' }) deckSrc = '';

  /** A custom deck object to use instead of the bundled cards. Validated before use. */
  @property({ attribute: false }) deck: unknown = undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('deck') || changed.has('deckSrc')) void this.deckSource.apply(this.deck, this.deckSrc);
  }

  protected override render(): TemplateResult {
    const deck = this.deckSource.deckFor(this.locale.lang);
    if (!deck) return renderDeckStatus(this.deckSource.status, this.locale);
    const card = findCard(deck, this.card);
    if (!card) return renderMissingCard(deck, this.card, this.deckSource.status.kind === 'custom', this.locale);
    return renderCardFace(deck, card, this.locale, nothing, { headingLevel: this.headingLevel });
  }

  protected override updated(): void {
    const deck = this.deckSource.deckFor(this.locale.lang);
    if (deck && !findCard(deck, this.card)) reportMissingCard(this, this.card, deck, this.reportedMissing);
  }

  /** Card ids already reported missing, so a re-render does not repeat the console error. */
  private readonly reportedMissing = new Set<string>();
}

declare global {
  interface HTMLElementTagNameMap {
    'kjk-card': KjkCard;
  }
}
