import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SessionState } from './state.js';

/** What crosses the frame boundary: tagged, so a host page can tell our messages apart. */
export interface BridgeMessage {
  source: 'ken-je-kracht';
  type: 'kjk-change' | 'kjk-state' | 'kjk-set-state' | 'kjk-get-state';
  tag?: string;
  storageKey?: string;
  state?: unknown;
}

interface BridgeHost extends ReactiveControllerHost, HTMLElement {
  messageOrigin: string;
  storageKey: string;
  state: SessionState | undefined;
}

/**
 * For an element inside an iframe (an LMS, an e-learning page): every change is posted to the
 * parent page, which may also set or ask for the state. Only the one origin the author names
 * is trusted; a wildcard is refused, because answers can be about families.
 */
export class MessageBridge implements ReactiveController {
  constructor(private readonly host: BridgeHost) {
    host.addController(this);
  }

  private checked?: { value: string; origin?: string };

  /** The trusted origin, checked once per attribute value (and reported once when wrong). */
  private get origin(): string | undefined {
    const value = this.host.messageOrigin?.trim() ?? '';
    if (this.checked?.value !== value) this.checked = { value, origin: this.check(value) };
    return this.checked.origin;
  }

  private check(value: string): string | undefined {
    if (!value) return undefined;
    try {
      if (value !== '*' && new URL(value).origin === value) return value;
    } catch {
      // reported below
    }
    console.error(
      `<${this.host.localName}>: message-origin="${value}" is not a single origin like "https://lms.example.nl"; nothing is sent.`,
    );
    return undefined;
  }

  hostConnected(): void {
    this.host.addEventListener('kjk-change', this.onChange);
    window.addEventListener('message', this.onMessage);
  }

  hostUpdated(): void {
    void this.origin;
  }

  hostDisconnected(): void {
    this.host.removeEventListener('kjk-change', this.onChange);
    window.removeEventListener('message', this.onMessage);
  }

  private post(type: BridgeMessage['type'], state: unknown): void {
    const origin = this.origin;
    if (!origin || window.parent === window) return;
    const message: BridgeMessage = { source: 'ken-je-kracht', type, tag: this.host.localName, storageKey: this.host.storageKey, state };
    window.parent.postMessage(message, origin);
  }

  private onChange = (event: Event): void => {
    // Only our own session's changes, not those bubbling up from elements inside us.
    if (event.target === this.host) this.post('kjk-change', (event as CustomEvent<{ state: SessionState }>).detail.state);
  };

  private onMessage = (event: MessageEvent): void => {
    const origin = this.origin;
    const data = event.data as BridgeMessage | undefined;
    if (!origin || event.origin !== origin || event.source !== window.parent || data?.source !== 'ken-je-kracht') return;
    if (data.type === 'kjk-set-state') this.host.state = data.state as SessionState;
    if (data.type === 'kjk-get-state' || data.type === 'kjk-set-state') this.post('kjk-state', this.host.state);
  };
}
