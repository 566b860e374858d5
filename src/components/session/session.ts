import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { tokens } from '../../internal/styles/tokens.styles.js';
import { controls, sessionFooter } from '../../internal/styles/controls.styles.js';
import { LocaleController } from '../../internal/i18n.js';
import { sessionMessages } from '../../internal/messages.js';
import { SessionController } from '../../internal/session/session-controller.js';
import type { SessionState } from '../../internal/session/state.js';

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
export class KjkSession extends LitElement {
  static override styles = [tokens, controls, sessionFooter];

  /** @internal */
  private readonly locale = new LocaleController(this, sessionMessages);
  /** @internal */
  private readonly session = new SessionController(this, { provide: true });

  /** Where answers are kept: `session` (until the tab closes), `local` (on this device), `none`. */
  @property() persist = 'session';

  /** Separates sessions on one page and in the browser's storage. */
  @property({ attribute: 'storage-key' }) storageKey = '';

  /** The whole session state; set it to restore one. An invalid state is rejected and changes nothing. */
  get state(): SessionState | undefined {
    return this.session.state;
  }
  set state(value: unknown) {
    this.session.setState(value);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && (changed.has('persist') || changed.has('storageKey'))) this.session.reconnect();
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>${this.session.renderFooter(this.locale)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kjk-session': KjkSession;
  }
}
