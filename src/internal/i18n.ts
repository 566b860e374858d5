import type { ReactiveController, ReactiveControllerHost } from 'lit';
import nl from '../../content/nl/messages.json';
import en from '../../content/en/messages.json';

export type Lang = 'nl' | 'en';
/** Keys of the message catalogues; a test keeps nl and en complete and equal. */
export type MessageKey = string;

const catalogues: Record<Lang, Record<string, string>> = { nl, en };

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
export function translate(lang: Lang, key: MessageKey, values: Record<string, string | number> = {}): string {
  return (catalogues[lang][key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

type LocalisedHost = ReactiveControllerHost & HTMLElement;
const hosts = new Set<LocalisedHost>();
let observer: MutationObserver | undefined;

/**
 * Gives an element its language and re-renders it when any `lang` on the page changes.
 * One observer serves every element, so a page with many cards pays for it once.
 */
export class LocaleController implements ReactiveController {
  lang: Lang = 'nl';

  constructor(private readonly host: LocalisedHost) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    this.lang = resolveLang(this.host);
    if (!observer && typeof MutationObserver !== 'undefined') {
      observer = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  hostUpdate(): void {
    this.lang = resolveLang(this.host);
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }

  t(key: MessageKey, values?: Record<string, string | number>): string {
    return translate(this.lang, key, values);
  }
}
