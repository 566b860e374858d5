import { html, type TemplateResult } from 'lit';
import { tokens } from '../../internal/styles/tokens.styles.js';
import { controls, sessionFooter } from '../../internal/styles/controls.styles.js';
import { LocaleController } from '../../internal/i18n.js';
import { sessionMessages } from '../../internal/messages.js';
import { SessionElement } from '../../internal/session/session-element.js';

/**
 * @tag kjk-session
 * @summary Lets several elements on one page share one session, e.g. a lesson with two work formats.
 *
 * @attr lang - `nl` (default) or `en`, here or on an ancestor.
 * @slot - The elements that share this session.
 * @csspart session - The privacy line with "Onthoud op dit apparaat" and "Alles wissen".
 * @event {CustomEvent<{ state: SessionState }>} kjk-change - Any change to the saved state.
 * @cssprop [--kjk-surface=#fffdf8] - Background of the privacy line.
 */
export class KjkSession extends SessionElement {
  protected static override providesSession = true;

  static override styles = [tokens, controls, sessionFooter];

  /** @internal */
  private readonly locale = new LocaleController(this, sessionMessages);

  protected override render(): TemplateResult {
    return html`<slot></slot>${this.session.renderFooter(this.locale)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kjk-session': KjkSession;
  }
}
