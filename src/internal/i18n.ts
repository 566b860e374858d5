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

/**
 * English on demand (issue 14): every text area and deck is Dutch in the element's own code, and
 * its English is a dynamic import that only a page showing English makes. In the chunk graph of
 * dist/cdn/modules those imports share one English chunk; in a single-file bundle rollup inlines
 * them, each cut to what that bundle uses, so they arrive in a microtask.
 */
interface EnglishPart {
  loaded: boolean;
  load(): Promise<void>;
}
const englishParts = new Set<EnglishPart>();
let englishLoading: Promise<void> | undefined;

/**
 * Dutch now, English once `loadEnglish()` has run: `.en` is the Dutch until then (never empty,
 * never a key). Call it at module level, marked pure, so a bundle that does not use the result
 * drops it, its English included.
 */
export function onDemand<T>(nl: T, load: () => Promise<T>): Record<Lang, T> {
  let english: T | undefined;
  const part: EnglishPart = {
    loaded: false,
    load: () =>
      load().then((value) => {
        english = value;
        part.loaded = true;
      }),
  };
  englishParts.add(part);
  return {
    nl,
    get en() {
      return english ?? nl;
    },
  };
}

/** True when the English of everything on the page so far has arrived. */
export const englishLoaded = (): boolean => [...englishParts].every((part) => part.loaded);

/**
 * Loads the English of every part the page's elements have brought; parts that arrive meanwhile
 * (an element's chunk) are loaded too. Never rejects: what fails stays Dutch, with a warning, and
 * the next call tries again. A server that renders English awaits this once, after importing the
 * elements and before rendering (scripts/ssr-render.mjs); one call at a time loads each part.
 */
export function loadEnglish(): Promise<void> {
  return (englishLoading ??= (async () => {
    const tried = new Set<EnglishPart>();
    let failed = false;
    for (let todo; (todo = [...englishParts].filter((p) => !p.loaded && !tried.has(p))).length; ) {
      todo.forEach((p) => tried.add(p));
      for (const result of await Promise.allSettled(todo.map((p) => p.load()))) {
        if (result.status === 'rejected') {
          failed = true;
          console.warn('ken-je-kracht: the English could not be loaded; Dutch instead.', result.reason);
        }
      }
    }
    englishLoading = undefined;
    // Elements that had to stay Dutch after an earlier failure catch up.
    if (!failed) controllers.forEach((c) => c.langChanged());
  })());
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
const controllers = new Set<LocaleController>();
let observer: MutationObserver | undefined;

/**
 * Gives an element its language and its UI texts, and re-renders it when any `lang`
 * on the page changes. One observer serves every element on the page.
 *
 * English is loaded on demand: when an element that has not shown English yet is to render in
 * English, its update waits until the English has arrived. Until then the screen keeps what it
 * showed (the Dutch, or nothing before the first render), and `updateComplete` resolves only after
 * the English render, so a page or test that awaits it sees English. If the English cannot be
 * loaded, the element renders in Dutch.
 */
export class LocaleController implements ReactiveController {
  private resolved: Lang = 'nl';
  /** The language of the element's last render. */
  private shown: Lang = 'nl';
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
    if (!isServer) {
      // One place for every element (LitElements and session elements alike), so none of them
      // needs code of its own: Lit awaits what scheduleUpdate returns before it renders, and
      // `updateComplete` waits with it.
      const element = host as unknown as { scheduleUpdate(): void | Promise<unknown> };
      const schedule = element.scheduleUpdate.bind(element);
      element.scheduleUpdate = () => (this.awaitsEnglish() ? loadEnglish().then(schedule) : schedule());
    }
  }

  /** The language the page asks for; a hydrating element goes by its own attribute, as the server did. */
  private wanted(): Lang {
    return isServer || this.hydrating ? normaliseLang(this.host.getAttribute?.('lang')) : this.resolved;
  }

  private awaitsEnglish(): boolean {
    if (!this.hydrating) this.resolved = resolveLang(this.host);
    return this.wanted() === 'en' && this.shown !== 'en' && !englishLoaded();
  }

  /** @internal A `lang` on the page changed, or the English arrived: render if the language is not the one shown. */
  langChanged(): void {
    if (!this.hydrating) this.resolved = resolveLang(this.host);
    if (this.wanted() !== this.shown) this.host.requestUpdate();
  }

  /**
   * The nearest `lang`. A server sees no ancestors, only the element's own attribute; so does the
   * browser's first render of what the server rendered, which must be the same.
   */
  get lang(): Lang {
    const wanted = this.wanted();
    // English not here (yet): the language it showed last, which is Dutch.
    return wanted === 'en' && this.shown !== 'en' && !englishLoaded() ? 'nl' : wanted;
  }

  hostConnected(): void {
    controllers.add(this);
    this.resolved = resolveLang(this.host);
    if (!observer && typeof MutationObserver !== 'undefined') {
      observer = new MutationObserver(() => controllers.forEach((c) => c.langChanged()));
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  hostUpdate(): void {
    this.resolved = resolveLang(this.host);
  }

  hostUpdated(): void {
    this.shown = this.lang;
    if (!this.hydrating) return;
    this.hydrating = false;
    if (this.resolved !== normaliseLang(this.host.getAttribute('lang'))) void this.host.updateComplete.then(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  t = (key: MessageKey, values?: Record<string, string | number>): string =>
    translate(this.messages, this.lang, key, values);
}
