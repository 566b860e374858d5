import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { tokens } from '../../internal/styles/tokens.styles.js';
import { cardFace } from '../../internal/styles/card-face.styles.js';
import { controls, sessionFooter } from '../../internal/styles/controls.styles.js';
import { tensionCardStyles } from './tension-card.styles.js';
import { LocaleController } from '../../internal/i18n.js';
import { cardMessages, sessionMessages, tensionMessages } from '../../internal/messages.js';
import { findCard } from '../../internal/content/decks.js';
import { tensionDecks } from '../../internal/content/tension-decks.js';
import { renderCardFace } from '../../internal/content/render-card.js';
import { SessionElement } from '../../internal/session/session-element.js';
import { TENSION_FIELDS, type TensionField } from '../../internal/session/state.js';
import { headingLevelConverter, type HeadingLevel } from '../../internal/heading.js';

/**
 * @tag kjk-tension-card
 * @summary One tension field (spanningsveld) on its own: title, central question, explanation and quotes,
 * markable as "Dit speelt bij ons" with a short note. Inside a fan or session this is step 5 of the step plan.
 *
 * @attr lang - `nl` (default) or `en`, here or on an ancestor.
 * @csspart base - The card.
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

  private renderMark(field: TensionField): TemplateResult {
    const choice = this.session.state?.tensions[field];
    const t = this.locale.t;
    return html`<div class="mark" part="mark">
      <label class="check">
        <input
          type="checkbox"
          .checked=${choice?.marked ?? false}
          ?disabled=${!this.session.store}
          @change=${(e: Event) => this.setMarked(field, (e.target as HTMLInputElement).checked)}
        />
        <span>${t('tension.mark')}</span>
      </label>
      ${choice?.marked
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
        : nothing}
    </div>`;
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
    return html`${renderCardFace(deck, card, this.locale, this.renderMark(field), { headingLevel: this.headingLevel })}
    ${this.session.renderFooter(this.locale)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kjk-tension-card': KjkTensionCard;
  }
}
