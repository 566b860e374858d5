import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { SessionController } from './session-controller.js';
import type { MessageBridge } from './message-bridge.js';
import type { SessionState } from './state.js';
import { Lazy, isLazyLoading, whenLazyLoaded } from '../lazy.js';
import { sessionPartsLoading, whenSessionPartsLoaded } from './session-store.js';
import { LiveController } from '../live/live-controller.js';

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

  /** @internal The live session (issue 15): nothing at all without `live-server` or a join link. */
  readonly live = new LiveController(this, this.session);

  /**
   * The postMessage bridge, downloaded only by an element with a `message-origin` (issue 14).
   * What it must see while it loads (the parent's messages, this element's changes) is heard
   * here and handed to it in order, so nothing is lost in that moment.
   */
  private readonly bridge = new Lazy<MessageBridge>(this, async () => {
    const { MessageBridge } = await import('./message-bridge.js');
    const bridge = new MessageBridge(this);
    this.bridgeLoaded = true;
    this.stopHearing();
    for (const event of this.heard.splice(0)) if (event.type === 'kjk-change' || this.isConnected) bridge.hear(event);
    return bridge;
  });

  private bridgeLoaded = false;
  private heard: Event[] = [];

  private hear = (event: Event): void => {
    // Without an origin the bridge would ignore it too.
    if (!this.messageOrigin?.trim()) return;
    this.heard.push(event);
    this.loadBridge();
  };

  private loadBridge(): void {
    this.bridge.ready().catch(() => {
      console.error(`<${this.localName}>: the message bridge could not be loaded; tried again with the next message.`);
    });
  }

  private stopHearing(): void {
    window.removeEventListener('message', this.hear);
    this.removeEventListener('kjk-change', this.hear);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.bridgeLoaded) return;
    window.addEventListener('message', this.hear);
    this.addEventListener('kjk-change', this.hear);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopHearing();
  }

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

  /**
   * `wss://…` of a self-hosted live server (`npx kjk-live-server`): the element offers "Samen
   * invullen, ieder op een eigen apparaat" and opens join links (`#kjk-live=…`). Everything typed
   * is encrypted in the browser; the key stays in the link's fragment. Without it: no live
   * features and no request. Elements sharing a session share one room.
   * @attr live-server
   */
  @property({ attribute: 'live-server' }) liveServer = '';

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
    while (isLazyLoading(this) || sessionPartsLoading()) {
      await whenLazyLoaded(this);
      await whenSessionPartsLoaded();
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && (changed.has('persist') || changed.has('storageKey'))) this.session.reconnect();
    if (changed.has('messageOrigin') && this.messageOrigin?.trim() && !this.bridgeLoaded) this.loadBridge();
  }
}
