import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { tokens } from '../../internal/styles/tokens.styles.js';
import { controls, sessionFooter } from '../../internal/styles/controls.styles.js';
import { LocaleController } from '../../internal/i18n.js';
import { planMessages, sessionMessages } from '../../internal/messages.js';
import { SessionElement } from '../../internal/session/session-element.js';
import { defaultDecks } from '../../internal/content/default-decks.js';
import { gespreksplan } from '../../internal/session/plan.js';
import { renderPlan } from '../../internal/plan/render-plan.js';
import { planStyles, printPlanStyles } from '../../internal/plan/plan.styles.js';
import { PrintController } from '../../internal/print-controller.js';
// TEMP (issue 16): the document helper's renderers replace this import at the merge.
import { planDoc, planDocx, planMarkdown, planText } from '../../internal/plan/plan-output.js';

/**
 * @tag kjk-session
 * @summary Lets several elements on one page share one session, e.g. a lesson with two work formats,
 * and gives the gespreksplan of everything they hold.
 *
 * @attr lang - `nl` (default) or `en`, here or on an ancestor.
 * @slot - The elements that share this session.
 * @csspart plan - The gespreksplan as a handout (with `show-plan`).
 * @csspart session - The privacy line with "Onthoud op dit apparaat" and "Alles wissen".
 * @event {CustomEvent<{ state: SessionState }>} kjk-change - Any change to the saved state.
 * @cssprop [--kjk-surface=#fffdf8] - Background of the privacy line.
 * @cssprop [--kjk-paper=#ffffff] - Background of the handout.
 */
export class KjkSession extends SessionElement {
  protected static override providesSession = true;

  static override styles = [
    tokens,
    controls,
    sessionFooter,
    planStyles,
    printPlanStyles,
    css`
      [part='plan'] {
        margin-block: 1.5em;
      }
    `,
  ];

  /** @internal */
  private readonly locale = new LocaleController(this, sessionMessages, planMessages);

  /** @internal */
  private readonly printer = new PrintController<'plan' | 'page'>(this, () => 'page');

  /**
   * Shows the gespreksplan as a handout below the elements, kept up to date as they change.
   * @attr show-plan
   */
  @property({ type: Boolean, reflect: true, attribute: 'show-plan' }) showPlan = false;

  /** The gespreksplan as plain text: every choice, participant, answer and action. */
  planToText(): string {
    return planText(planDoc(defaultDecks[this.locale.lang], this.session.state, this.locale));
  }

  /** The gespreksplan as Markdown, for developers and other tools. */
  planToMarkdown(): string {
    return planMarkdown(planDoc(defaultDecks[this.locale.lang], this.session.state, this.locale));
  }

  /** The gespreksplan as a Word document (.docx). */
  planToDocx(): Promise<Blob> {
    return planDocx(planDoc(defaultDecks[this.locale.lang], this.session.state, this.locale), 'kjk-session');
  }

  /** Prints the gespreksplan as a handout, without the elements of the page. */
  printPlan(): void {
    this.printer.print('plan');
  }

  /** `'plan'` prints the handout alone (as `printPlan()`); other values print the session as the page shows it. */
  print(what: 'plan' | 'page' = 'plan'): void {
    this.printer.print(what);
  }

  private renderHandout(): TemplateResult {
    const state = this.session.state!;
    return renderPlan(gespreksplan(defaultDecks[this.locale.lang], state, this.locale.t), this.locale.t);
  }

  protected override render(): TemplateResult {
    const state = this.session.state;
    // No lang around the slot: the page's own content keeps the page's language; the UI beside it has its own.
    return html`<div class="printing-${this.printer.mode || 'none'}">
      ${this.live.render('top')}
      <slot></slot>
      ${this.showPlan && state ? html`<div class="plan" part="plan" lang=${this.locale.lang}>${this.renderHandout()}</div>` : nothing}
      ${this.printer.mode === 'plan' && state ? html`<div class="print-plan" lang=${this.locale.lang}>${this.renderHandout()}</div>` : nothing}
      ${this.live.render('bottom')} ${this.session.renderFooter(this.locale)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kjk-session': KjkSession;
  }
}
