import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { tokens } from '../../internal/styles/tokens.styles.js';
import { cardFace } from '../../internal/styles/card-face.styles.js';
import { controls, sessionFooter } from '../../internal/styles/controls.styles.js';
import { tensionCardStyles } from './tension-card.styles.js';
import { LocaleController } from '../../internal/i18n.js';
import { cardMessages, sessionMessages, tensionMessages } from '../../internal/messages.js';
import { findCard } from '../../internal/content/decks.js';
import { tensionDecks } from '../../internal/content/tension-decks.js';
import { renderBlock, renderCardFace } from '../../internal/content/render-card.js';
import type { Card, Deck } from '../../internal/content/deck-schema.js';
import { renderHeading } from '../../internal/heading.js';
import { SessionElement } from '../../internal/session/session-element.js';
import { TENSION_FIELDS, type TensionField } from '../../internal/session/state.js';
import { headingLevelConverter, type HeadingLevel } from '../../internal/heading.js';

/**
 * @tag kjk-tension-card
 * @summary One tension field (spanningsveld) on its own: title, central question, explanation and quotes,
 * markable as "Dit speelt bij ons" with a short note. Inside a fan or session this is step 5 of the step plan.
 *
 * @attr lang - `nl` (default) or `en`, here or on an ancestor.
 * @attr compact - A tile: title, central question and "Dit speelt bij ons" (with the note when chosen);
 * the explanation and quotes open with a button. Step 5 of the fan shows the five fields so.
 * @csspart base - The card.
 * @csspart more - In a compact tile: the button that opens the explanation and quotes.
 * @csspart mark - The "Dit speelt bij ons" choice and its note.
 * @csspart message - The message shown for an invalid `field`.
 * @csspart session - The privacy line (only when the card keeps its own session).
 * @event {CustomEvent<{ state: SessionState }>} kjk-change - Any change to the saved state (when the card keeps its own session).
 * @cssprop [--kjk-section-tension=#de6a4c] - Colour of the tension fields; `--kjk-section-tension-ink` for text.
 */
export class KjkTensionCard extends SessionElement {
  static override styles = [tokens, cardFace, controls, sessionFooter, tensionCardStyles];

  /** @internal */
  private readonly locale = new LocaleController(this, tensionMessages, cardMessages, sessionMessages);

  /** The tension field, 1…5. */
  @property({ reflect: true }) field = '1';

  /**
   * The level of its title: 2 on a page of its own; under another heading lower (step 5 of the
   * fan hosts it at 3). Its other headings follow one level below.
   * @attr heading-level
   */
  @property({ attribute: 'heading-level', converter: headingLevelConverter }) headingLevel: HeadingLevel = 2;

  /**
   * A tile instead of the whole card: five whole cards one after another are too long to choose
   * from (3,400 px on a laptop). "Dit speelt bij ons" and the note stay on the tile.
   */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** The compact tile shows its explanation and quotes. */
  @state() private open = false;

  private get validField(): TensionField | undefined {
    return (TENSION_FIELDS as readonly string[]).includes(this.field) ? (this.field as TensionField) : undefined;
  }

  private setMarked(field: TensionField, marked: boolean): void {
    this.session.update((s) => {
      s.tensions[field] = { note: s.tensions[field]?.note ?? '', marked };
    });
  }

  private setNote(field: TensionField, note: string): void {
    this.session.update((s) => {
      s.tensions[field] = { marked: s.tensions[field]?.marked ?? true, note };
    });
  }

  private renderCheck(field: TensionField, describedBy?: string): TemplateResult {
    const choice = this.session.state?.tensions[field];
    return html`<label class="check">
      <input
        type="checkbox"
        aria-describedby=${describedBy ?? nothing}
        .checked=${choice?.marked ?? false}
        ?disabled=${!this.session.store}
        @change=${(e: Event) => this.setMarked(field, (e.target as HTMLInputElement).checked)}
      />
      <span>${this.locale.t('tension.mark')}</span>
    </label>`;
  }

  private renderNote(field: TensionField): TemplateResult | typeof nothing {
    const choice = this.session.state?.tensions[field];
    const t = this.locale.t;
    return choice?.marked
        ? html`<label class="note-label" for="note">${t('tension.note')}</label>
            <textarea
              id="note"
              class="field"
              maxlength="5000"
              aria-describedby="note-hint"
              .value=${choice.note}
              @input=${(e: Event) => this.setNote(field, (e.target as HTMLTextAreaElement).value)}
            ></textarea>
            <p class="hint" id="note-hint">${t('privacy.noNames')}</p>`
        : nothing;
  }

  private renderMark(field: TensionField): TemplateResult {
    return html`<div class="mark" part="mark">${this.renderCheck(field)} ${this.renderNote(field)}</div>`;
  }

  /**
   * The tile: "Dit speelt bij ons" on top, then title and question, the note where the choice
   * is, and the rest of the card behind a disclosure button (which keeps focus as it opens).
   */
  private renderTile(field: TensionField, deck: Deck, card: Card): TemplateResult {
    const t = this.locale.t;
    const section = deck.sections.find((s) => s.id === card.section);
    const question = card.blocks.find((b) => b.type === 'question');
    const marked = this.session.state?.tensions[field]?.marked ?? false;
    const titleId = `title-${card.id}`;
    return html`<article
      class="card tile ${marked ? 'chosen' : ''} ${this.open ? 'open' : ''}"
      part="base"
      data-section=${card.section}
      aria-labelledby=${titleId}
      lang=${deck.lang}
    >
      <div class="tile-top">
        <div class="mark" part="mark">${this.renderCheck(field, titleId)}</div>
        <p class="meta" part="meta">${card.number && section?.itemLabel ? `${section.itemLabel} ${card.number}` : section?.title}</p>
      </div>
      ${renderHeading(this.headingLevel, card.title, { id: titleId, className: 'card-title', part: 'title' })}
      ${question?.type === 'question' ? html`<p class="question">${question.text}</p>` : nothing}
      ${marked ? html`<div class="mark tile-note" part="mark">${this.renderNote(field)}</div>` : nothing}
      <button
        type="button"
        class="button quiet more-toggle"
        part="more"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="more"
        @click=${() => (this.open = !this.open)}
      >
        <span>${t('tension.more')}</span><span class="visually-hidden"> ${t('tension.moreFor', { title: card.title })}</span>
        <span class="chevron" aria-hidden="true"></span>
      </button>
      <div class="body more" id="more" part="body" ?hidden=${!this.open}>
        ${card.blocks.filter((b) => b !== question).map((block) => renderBlock(block, this.locale, this.headingLevel + 1))}
      </div>
    </article>`;
  }

  protected override render(): TemplateResult {
    const field = this.validField;
    const deck = tensionDecks[this.locale.lang];
    const card = field && findCard(deck, `tension-${field}`);
    if (!field || !card) {
      return html`<div class="card message" part="message" role="alert" lang=${this.locale.lang}>
        <p>${this.locale.t('tension.invalidField', { field: this.field, valid: TENSION_FIELDS.join(', ') })}</p>
      </div>`;
    }
    return html`${this.live.render('top')}${this.compact
      ? this.renderTile(field, deck, card)
      : renderCardFace(deck, card, this.locale, this.renderMark(field), { headingLevel: this.headingLevel })}
    ${this.live.render('bottom')} ${this.session.renderFooter(this.locale)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kjk-tension-card': KjkTensionCard;
  }
}
