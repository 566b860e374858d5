import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseState, type SessionState } from './state.js';

/**
 * What crosses the frame boundary: tagged, so a host page can tell our messages apart.
 * In: `kjk-set-state` (with `state`), `kjk-get-state`. Out: `kjk-change` on every change,
 * `kjk-state` in answer to either, and `kjk-error` (with `problems`) when a set state was
 * refused: each problem names a place and what was expected there, never the user's text.
 */
export interface BridgeMessage {
  source: 'ken-je-kracht';
  type: 'kjk-change' | 'kjk-state' | 'kjk-error' | 'kjk-set-state' | 'kjk-get-state';
  tag?: string;
  storageKey?: string;
  state?: unknown;
  /** Only on `kjk-error`: why the state was not applied, e.g. `tensions.1.marked: expected boolean, not a string`. */
  problems?: string[];
}

/** Messages within one frame are one batch: a parent page that floods us costs one parse. */
const BATCH_MS = 16;

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
    clearTimeout(this.timer);
    this.timer = undefined;
    this.batch = undefined;
  }

  /** What the parent asked for since the last answer: the latest state to set, if any. */
  private batch?: { set?: { state: unknown } };
  private timer?: ReturnType<typeof setTimeout>;

  private post(type: BridgeMessage['type'], state: unknown, problems?: string[]): void {
    const origin = this.origin;
    if (!origin || window.parent === window) return;
    const message: BridgeMessage = { source: 'ken-je-kracht', type, tag: this.host.localName, storageKey: this.host.storageKey, state };
    if (problems) message.problems = problems;
    window.parent.postMessage(message, origin);
  }

  /** Applies only the latest state of the batch and answers once, however many messages came. */
  private flush = (): void => {
    const batch = this.batch;
    this.batch = undefined;
    this.timer = undefined;
    if (!batch) return;
    if (batch.set) {
      const parsed = parseState(batch.set.state);
      if (!parsed.ok) {
        const problems =
          parsed.reason === 'future' ? [`version: ${parsed.version} is newer than this release reads`] : parsed.problems.slice(0, 20);
        this.post('kjk-error', undefined, problems);
      }
      // Also when invalid: the store refuses it, keeps what it has and says so in the console.
      this.host.state = batch.set.state as SessionState;
    }
    this.post('kjk-state', this.host.state);
  };

  /** An event heard for the bridge while it was loading (see SessionElement), in the order heard. */
  hear(event: Event): void {
    if (event.type === 'message') this.onMessage(event as MessageEvent);
    else this.onChange(event);
  }

  private onChange = (event: Event): void => {
    // Only our own session's changes, not those bubbling up from elements inside us.
    if (event.target === this.host) this.post('kjk-change', (event as CustomEvent<{ state: SessionState }>).detail.state);
  };

  private onMessage = (event: MessageEvent): void => {
    const origin = this.origin;
    const data = event.data as BridgeMessage | undefined;
    if (!origin || event.origin !== origin || event.source !== window.parent || data?.source !== 'ken-je-kracht') return;
    if (data.type !== 'kjk-set-state' && data.type !== 'kjk-get-state') return;
    this.batch ??= {};
    if (data.type === 'kjk-set-state') this.batch.set = { state: data.state };
    this.timer ??= setTimeout(this.flush, BATCH_MS);
  };
}
