import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { cameWithShadowRoot } from './hydration.js';

export type Lang = 'nl' | 'en';
/** `area.key`, e.g. `fan.open`: the area is a top-level group of content/<lang>/messages.json. */
export type MessageKey = string;
/** Message areas an element uses, per language: area → key → text. */
export type Messages = Record<Lang, Record<string, Record<string, string>>>;

/** `en`, `en-GB` … → en; everything else, including nothing, → nl (the fan's own language). */
export function normaliseLang(value: string | null | undefined): Lang {
  return value?.trim().toLowerCase().split('-')[0] === 'en' ? 'en' : 'nl';
}

/** The language as HTML itself resolves it: the nearest `lang`, across shadow roots. */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return normaliseLang(node.getAttribute('lang'));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'nl';
}

/** Fills `{name}` placeholders; values are plain text, rendered by Lit as text. */
export function translate(
  messages: Messages[],
  lang: Lang,
  key: MessageKey,
  values: Record<string, string | number> = {},
): string {
  const dot = key.indexOf('.');
  const [area, name] = [key.slice(0, dot), key.slice(dot + 1)];
  const text = messages.map((m) => m[lang][area]?.[name]).find((t) => t !== undefined) ?? key;
  return text.replace(/\{(\w+)\}/g, (_, placeholder: string) => String(values[placeholder] ?? `{${placeholder}}`));
}

type LocalisedHost = ReactiveControllerHost & HTMLElement;
const hosts = new Set<LocalisedHost>();
let observer: MutationObserver | undefined;

/**
 * Gives an element its language and its UI texts, and re-renders it when any `lang`
 * on the page changes. One observer serves every element on the page.
 */
export class LocaleController implements ReactiveController {
  private resolved: Lang = 'nl';
  private readonly messages: Messages[];
  /** Server-rendered and not yet hydrated: the language the server saw, the element's own `lang`. */
  private hydrating: boolean;

  constructor(
    private readonly host: LocalisedHost,
    ...messages: Messages[]
  ) {
    this.messages = messages;
    this.hydrating = cameWithShadowRoot(host);
    host.addController(this);
  }

  /**
   * The nearest `lang`. A server sees no ancestors, only the element's own attribute; so does the
   * browser's first render of what the server rendered, which must be the same.
   */
  get lang(): Lang {
    return isServer || this.hydrating ? normaliseLang(this.host.getAttribute?.('lang')) : this.resolved;
  }

  hostConnected(): void {
    hosts.add(this.host);
    this.resolved = resolveLang(this.host);
    if (!observer && typeof MutationObserver !== 'undefined') {
      observer = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  hostUpdate(): void {
    this.resolved = resolveLang(this.host);
  }

  hostUpdated(): void {
    if (!this.hydrating) return;
    this.hydrating = false;
    if (this.resolved !== normaliseLang(this.host.getAttribute('lang'))) void this.host.updateComplete.then(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }

  t = (key: MessageKey, values?: Record<string, string | number>): string =>
    translate(this.messages, this.lang, key, values);
}
