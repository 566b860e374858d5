import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { SessionController } from './session-controller.js';
import { MessageBridge } from './message-bridge.js';
import type { SessionState } from './state.js';
import { isLazyLoading, whenLazyLoaded } from '../lazy.js';

/**
 * What every element that keeps answers has in common: where they are kept, under which
 * key, and the whole state to read or restore. Written once, used by the fan, the session,
 * the tension card and the worksheets.
 */
export class SessionElement extends LitElement {
  /** Elements that pass their session on to the elements inside them. */
  protected static providesSession = false;

  /** @internal */
  readonly session = new SessionController(this, {
    provide: (this.constructor as typeof SessionElement).providesSession,
  });

  /** @internal */
  protected readonly bridge = new MessageBridge(this);

  /**
   * In an iframe: the one origin of the parent page (e.g. `https://lms.example.nl`) that receives
   * every change (`kjk-change`) and may set or ask for the state by `postMessage` (`kjk-set-state`,
   * `kjk-get-state`, answered with `kjk-state`; a refused state first with `kjk-error` and its
   * `problems`). No wildcard.
   */
  @property({ attribute: 'message-origin' }) messageOrigin = '';

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

  /** Also waits for parts the element is loading on first use (src/internal/lazy.ts) and their render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (isLazyLoading(this)) {
      await whenLazyLoaded(this);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && (changed.has('persist') || changed.has('storageKey'))) this.session.reconnect();
  }
}
