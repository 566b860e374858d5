/**
 * The elements the fan hosts (the word cloud on the intro card and in step 1, the work formats in
 * step 6, the action card in step 7) are not part of the fan's own files. With the loader
 * (dist/cdn/kjk.js) they arrive when the fan first shows them, so a page with the fan downloads a
 * work format only when someone gets to it; with single files the page registers them itself, or
 * the fan shows their cards instead.
 */

/** What the loader puts on the global object under this key (see src/cdn/loader.ts). */
export const LOADER_KEY = Symbol.for('ken-je-kracht.loader');

export interface ElementLoader {
  /** True when the loader has an entry for this tag. */
  provides(tag: string): boolean;
  /** Fetches the tag's entry once; its element upgrades wherever it is already in the DOM. */
  load(tag: string): Promise<unknown>;
}

function pageLoader(): ElementLoader | undefined {
  const loader = (globalThis as Record<symbol, unknown>)[LOADER_KEY];
  return typeof loader === 'object' && loader !== null && 'load' in loader ? (loader as ElementLoader) : undefined;
}

/**
 * True when the fan can render `tag` now: it is registered, or the page's loader can fetch it, in
 * which case it is asked to and the rendered tag upgrades in place when its code arrives (while it
 * waits, the fan's styles hold its space). False: render the fallback (the element's card).
 */
export function canHost(tag: string): boolean {
  if (typeof customElements === 'undefined') return false;
  if (customElements.get(tag)) return true;
  const loader = pageLoader();
  if (!loader?.provides(tag)) return false;
  void loader.load(tag);
  return true;
}
