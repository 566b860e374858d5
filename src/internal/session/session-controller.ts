import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ContextEvent, ContextProvider } from '@lit/context';
import { sessionContext } from './session-context.js';
import { acquireStore, PERSIST_MODES, releaseStore, type Persist, type SessionStore } from './session-store.js';
import { emptyState, type SessionState } from './state.js';
import type { LocaleController } from '../i18n.js';
import { downloadText } from '../output.js';
import { cameWithShadowRoot } from '../hydration.js';
import { liveRoomFor } from '../live/live-controller.js';

/** The answers go to a live room now (connected or waiting to reconnect), not only to this device. */
function inLiveRoom(store: SessionStore): boolean {
  const status = liveRoomFor(store)?.session?.status;
  return liveRoomFor(store)?.phase === 'room' && (status === 'connected' || status === 'offline' || status === 'connecting');
}

/** What an element needs to take part in a session. */
export interface SessionHost extends ReactiveControllerHost, HTMLElement {
  persist: string;
  storageKey: string;
  /** Shows the answers without letting them change (e.g. an LMS's review mode). */
  readonly?: boolean;
}

/** Elements that provide a session; a child that connects before they upgrade waits for them. */
const PROVIDER_TAGS = ['kjk-session', 'kjk-fan'];

export function normalisePersist(value: string | null | undefined, tag: string): Persist {
  if (!value) return 'session';
  if ((PERSIST_MODES as readonly string[]).includes(value)) return value as Persist;
  console.error(`<${tag}>: persist="${value}" is not valid; use ${PERSIST_MODES.join(', ')}. Using "session".`);
  return 'session';
}

/**
 * Connects an element to a session: the one provided by an enclosing <kjk-fan> or
 * <kjk-session>, or (standalone) one of its own. The element that owns a session
 * shows the privacy line and fires `kjk-change`; a provider passes its session on.
 */
export class SessionController implements ReactiveController {
  /** The session, also while the server's first frame is hydrated (see `store`). */
  private current?: SessionStore;
  /** The server rendered this element without a session: its first render in the browser has none either. */
  private hydrating: boolean;
  /** This element made the session (standalone, or a fan/session element). */
  owned = false;
  /** "Alles wissen" is waiting for confirmation. */
  confirmingClear = false;
  private unsubscribe?: () => void;
  private provider?: ContextProvider<typeof sessionContext>;
  private pendingState?: unknown;
  /** Stops hearing the provider's session (see connect). */
  private unsubscribeProvided?: () => void;
  /** A storage key instead of the element's own: a live room's (see useStorageKey). */
  private storageKeyOverride?: string;

  constructor(
    private readonly host: SessionHost,
    options: { provide?: boolean } = {},
  ) {
    this.hydrating = cameWithShadowRoot(host);
    host.addController(this);
    if (options.provide) this.provider = new ContextProvider(host, { context: sessionContext });
  }

  hostConnected(): void {
    this.connect();
  }

  hostDisconnected(): void {
    this.disconnectStore();
  }

  hostUpdated(): void {
    if (!this.hydrating) return;
    // The server's frame is hydrated: now show the answers kept in this browser, in an update of its
    // own (asked for once this one is complete, not from inside it).
    this.hydrating = false;
    void this.host.updateComplete.then(() => this.host.requestUpdate());
  }

  /** The session the element renders: none (as on the server) until a server-rendered element is hydrated. */
  get store(): SessionStore | undefined {
    return this.hydrating ? undefined : this.current;
  }

  /** Call when `persist` or `storage-key` change. */
  reconnect(): void {
    if (!this.host.isConnected) return;
    this.disconnectStore();
    this.connect();
  }

  /**
   * Uses another storage key than the element's `storage-key` (undefined: its own again). A device
   * that joins a live room keeps the room's answers under a key of their own, so the answers it
   * had before are neither sent to the room nor overwritten by it (issue 15). Elements that get
   * their session from this one follow it.
   */
  useStorageKey(key: string | undefined): void {
    if (key === this.storageKeyOverride) return;
    this.storageKeyOverride = key;
    this.reconnect();
  }

  get state(): SessionState | undefined {
    return this.store?.state;
  }

  /**
   * Sets the whole state (the `state` property); before connecting it waits. `undefined` and
   * `null` are ignored, as frameworks pass them before they have a value.
   */
  setState(value: unknown): void {
    if (value === undefined || value === null) return;
    if (this.current) this.current.replace(value);
    else this.pendingState = value;
  }

  /** An edit by the user; ignored while the host is read-only, whatever control sent it. */
  update(recipe: (draft: SessionState) => void): void {
    if (this.host.readonly) return;
    this.current?.update(recipe);
  }

  private connect(): void {
    let provided: SessionStore | undefined;
    let first = true;
    // Subscribed: when the provider changes its session (its storage key, or a live room's), this
    // element changes with it instead of keeping the one it got first.
    this.host.dispatchEvent(
      new ContextEvent(
        sessionContext,
        this.host,
        (store: SessionStore | undefined, unsubscribe?: () => void) => {
          if (first) {
            first = false;
            if (store) [provided, this.unsubscribeProvided] = [store, unsubscribe];
            else unsubscribe?.();
          } else if (store && store !== this.current && this.current && !this.owned) {
            this.unsubscribe?.();
            this.use(store, false);
          }
        },
        true,
      ),
    );
    if (provided) {
      this.use(provided, false);
      return;
    }
    const waitingFor = this.undefinedProviderAbove();
    if (waitingFor) {
      customElements.whenDefined(waitingFor).then(() => queueMicrotask(() => this.host.isConnected && !this.current && this.connect()));
      return;
    }
    const persist = normalisePersist(this.host.persist, this.host.localName);
    this.use(acquireStore(persist, this.storageKeyOverride ?? this.host.storageKey ?? ''), true);
  }

  private undefinedProviderAbove(): string | undefined {
    let node: Node | null = this.host.parentNode;
    while (node) {
      if (node instanceof Element && PROVIDER_TAGS.includes(node.localName) && !customElements.get(node.localName)) {
        return node.localName;
      }
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    }
    return undefined;
  }

  private use(store: SessionStore, owned: boolean): void {
    this.current = store;
    this.owned = owned;
    this.provider?.setValue(store);
    this.unsubscribe = store.subscribe((_, cause) => {
      this.host.requestUpdate();
      if (this.owned && cause !== 'code') this.fireChange();
    });
    if (this.pendingState !== undefined) {
      const pending = this.pendingState;
      this.pendingState = undefined;
      store.replace(pending);
    }
    this.host.requestUpdate();
  }

  private disconnectStore(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.unsubscribeProvided?.();
    this.unsubscribeProvided = undefined;
    if (this.current && this.owned) releaseStore(this.current);
    this.current = undefined;
    this.owned = false;
  }

  private fireChange(): void {
    this.host.dispatchEvent(
      new CustomEvent('kjk-change', {
        bubbles: true,
        composed: true,
        detail: { state: structuredClone(this.current!.state) },
      }),
    );
  }

  /** Something to wipe: the session holds more than an empty one (key order does not count). */
  get hasAnswers(): boolean {
    const state = this.store?.state;
    return !!state && canonical(state) !== canonical(emptyState());
  }

  /**
   * The privacy line, "remember on this device", "Alles wissen" and any storage problem.
   * `clearWhenEmpty: false` leaves "Alles wissen" out while there is nothing to wipe (a worksheet).
   */
  renderFooter(locale: LocaleController, { clearWhenEmpty = true } = {}): TemplateResult | typeof nothing {
    const store = this.store;
    if (!store || !this.owned) return nothing;
    const t = locale.t;
    // The privacy line tells where the answers are now, also after the message was closed.
    const where = store.holding
      ? 'privacy.holding'
      : store.problem === 'blocked' || store.problem === 'quota'
        ? `privacy.${store.problem}`
        : `privacy.${store.mode}`;
    const held = store.heldData;
    // A div, not <footer>: several elements on one page must not each add a contentinfo landmark.
    // Its own language, as every element's UI: a Dutch line on a German page is read as Dutch.
    return html`<div class="session" part="session" lang=${locale.lang}>
      ${store.problem && !store.problemDismissed
        ? html`<div class="problem" role="alert">
            <p>${t(`problem.${store.problem}`)}${store.holding && store.salvaged.length ? html` ${t('problem.salvaged')}` : nothing}</p>
            <div class="actions">
              ${store.holding
                ? html`<button type="button" class="button" @click=${() => store.overwriteUnreadable()}>
                    ${t('problem.overwrite')}
                  </button>`
                : nothing}
              ${held !== undefined
                ? html`<button type="button" class="button quiet" data-action="download-old" @click=${() => downloadText(`${t('problem.fileName')}.txt`, held, 'text/plain')}>
                    ${t('problem.download')}
                  </button>`
                : nothing}
              <button type="button" class="button quiet" data-action="dismiss" @click=${() => store.dismissProblem()}>${t('problem.dismiss')}</button>
            </div>
          </div>`
        : nothing}
      ${store.notice === 'conflict'
        ? html`<div class="problem notice-conflict" role="alert">
            <p>${t('problem.conflict')}</p>
            <div class="actions">
              <button type="button" class="button" data-action="download-other" @click=${() => this.downloadOther(t('problem.otherFileName'))}>
                ${t('problem.downloadOther')}
              </button>
              <button type="button" class="button quiet" data-action="dismiss-notice" @click=${() => store.dismissNotice()}>${t('problem.dismiss')}</button>
            </div>
          </div>`
        : nothing}
      <div class="notice" role="status">
        ${store.notice === 'wiped'
          ? html`<p>${t('problem.wiped')}</p>
              <button type="button" class="button quiet" data-action="dismiss-notice" @click=${() => store.dismissNotice()}>${t('problem.dismiss')}</button>`
          : nothing}
      </div>
      <p class="privacy" tabindex="-1"><span class="lock" aria-hidden="true"></span>${t(inLiveRoom(store) ? 'privacy.liveLine' : 'privacy.line')} ${t(where)}</p>
      <div class="actions">
        ${store.canRemember
          ? html`<label class="check">
              <input
                type="checkbox"
                .checked=${store.mode === 'local'}
                ?disabled=${store.holding || store.problem === 'blocked'}
                @change=${(e: Event) => store.setRemember((e.target as HTMLInputElement).checked)}
              />
              <span>${t('privacy.remember')}</span>
            </label>`
          : nothing}
        ${this.confirmingClear
          ? html`<div class="confirm" role="group" aria-labelledby="confirm-clear">
              <p id="confirm-clear">${t('privacy.confirmClear')}</p>
              <button type="button" class="button danger" @click=${this.confirmClear}>${t('privacy.clearYes')}</button>
              <button type="button" class="button quiet" @click=${this.cancelClear}>${t('privacy.clearNo')}</button>
            </div>`
          : clearWhenEmpty || this.hasAnswers
            ? html`<button type="button" class="button quiet" data-action="clear" @click=${this.askClear}>
                ${t('privacy.clear')}
              </button>`
            : nothing}
      </div>
    </div>`;
  }

  private downloadOther(fileName: string): void {
    const other = this.current?.otherVersion;
    if (other !== undefined) downloadText(`${fileName}.json`, other, 'application/json');
  }

  private askClear = (): void => {
    this.confirmingClear = true;
    this.host.requestUpdate();
    this.focusAfterUpdate('.confirm .button.quiet');
  };

  private confirmClear = (): void => {
    this.confirmingClear = false;
    this.current?.clear();
    // Where "Alles wissen" goes away with the answers, focus stays on the privacy line beside it.
    this.focusAfterUpdate('[data-action="clear"]', '.session .privacy');
  };

  private cancelClear = (): void => {
    this.confirmingClear = false;
    this.host.requestUpdate();
    this.focusAfterUpdate('[data-action="clear"]');
  };

  /** Keeps keyboard focus in place when the button a user pressed is replaced. */
  private focusAfterUpdate(selector: string, fallback?: string): void {
    this.host.updateComplete.then(() => {
      const root = this.host.shadowRoot;
      (root?.querySelector<HTMLElement>(selector) ?? (fallback ? root?.querySelector<HTMLElement>(fallback) : null))?.focus();
    });
  }
}

/** JSON with every object's keys sorted: a state read back from storage may list them in another order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}
