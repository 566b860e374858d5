/**
 * dist/cdn/kjk.js: the loader of the drop-in chunk graph. It carries no element itself. It
 * watches the document and imports an element's entry (kjk-<name>.js, which shares
 * its chunks with the other entries) when the element's tag first appears, now or later.
 *
 * - Relative `import()` resolves against this file's own URL (as `import.meta.url` does), so
 *   every request goes to the folder the loader came from, and works under `script-src 'self'`.
 * - Loaded twice (or two copies), only the first loader watches; the entries are ES modules, so
 *   each runs once per URL, and `defineElement` skips a tag that is already registered (by a
 *   single-file bundle, say).
 * - Until its entry has arrived, an element reserves roughly its space (a constructable
 *   stylesheet, which a strict `style-src 'self'` allows), so the page does not jump.
 * - Shadow roots are not watched: put the tags in the document (our own elements import
 *   what they render).
 */

import type { ElementLoader } from '../internal/hosted.js';

/** As LOADER_KEY of src/internal/hosted.ts; written out so the loader stays one file. */
const LOADER_KEY = Symbol.for('ken-je-kracht.loader');

type Load = () => Promise<unknown>;

/** One entry per tag. Providers first: `<kjk-session>` is defined before its children. */
const ENTRIES: Record<string, Load> = {
  'kjk-session': () => import('../session.js'),
  'kjk-card': () => import('../card.js'),
  'kjk-tension-card': () => import('../tension-card.js'),
  'kjk-look-back': () => import('../look-back.js'),
  'kjk-octagon': () => import('../octagon.js'),
  'kjk-circle-quadrant': () => import('../circle-quadrant.js'),
  'kjk-mindmap': () => import('../mindmap.js'),
  'kjk-action-card': () => import('../action-card.js'),
  'kjk-word-cloud': () => import('../word-cloud.js'),
  'kjk-fan': () => import('../fan.js'),
};

/**
 * Space an element holds before it is defined: its first render at 800 px wide (measured
 * 2026-12-03 with 16 px text: fan 722 px, tension card 733, word cloud 757, a tension field's card
 * 547). The worksheets render 1,150–2,500 px tall: they hold one screen, so what follows them
 * stays out of view until they are there. <kjk-session> holds nothing; its children do.
 */
const RESERVE = `
kjk-fan:not(:defined),kjk-card:not(:defined),kjk-tension-card:not(:defined),kjk-look-back:not(:defined),
kjk-octagon:not(:defined),kjk-circle-quadrant:not(:defined),kjk-mindmap:not(:defined),kjk-action-card:not(:defined),
kjk-word-cloud:not(:defined){display:block}
kjk-fan:not(:defined){min-height:45em}
kjk-card:not(:defined){min-height:34em}
kjk-tension-card:not(:defined){min-height:46em}
kjk-word-cloud:not(:defined){min-height:47em}
kjk-look-back:not(:defined),kjk-octagon:not(:defined),kjk-circle-quadrant:not(:defined),kjk-mindmap:not(:defined),
kjk-action-card:not(:defined){min-height:100vh}
`;

const started = new Map<string, Promise<unknown>>();

function load(tag: string): Promise<unknown> {
  let loading = started.get(tag);
  if (!loading) {
    loading = (customElements.get(tag) ? Promise.resolve() : ENTRIES[tag]())
      .catch((error: unknown) => {
        started.delete(tag);
        console.error(`ken-je-kracht: <${tag}> could not be loaded`, error);
      });
    started.set(tag, loading);
  }
  return loading;
}

const SELECTOR = Object.keys(ENTRIES).join(',');

/** Loads every element found in or under `root`; `<kjk-session>` first, so children find it. */
function scan(root: ParentNode): void {
  const found = new Set<string>();
  if (root instanceof Element && Object.prototype.hasOwnProperty.call(ENTRIES, root.localName)) found.add(root.localName);
  for (const el of root.querySelectorAll(SELECTOR)) found.add(el.localName);
  const pending = [...found].filter((tag) => !started.has(tag) && !customElements.get(tag));
  if (pending.length === 0) return;
  const session = pending.includes('kjk-session') ? load('kjk-session') : Promise.resolve();
  void session.then(() => pending.forEach(load));
}

function reserveSpace(): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(RESERVE);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // No constructable stylesheets (very old browsers): the elements load all the same.
  }
}

/**
 * Also the fan's way to its hosted elements (src/internal/hosted.ts): it asks for a work format
 * when it first shows one, so a page with the fan fetches each work format only when needed.
 */
const api: ElementLoader = {
  provides: (tag) => Object.prototype.hasOwnProperty.call(ENTRIES, tag),
  load: (tag) => (api.provides(tag) ? load(tag) : Promise.resolve()),
};

function start(): void {
  const global = globalThis as unknown as Record<symbol, unknown>;
  if (global[LOADER_KEY] || typeof document === 'undefined' || !globalThis.customElements) return;
  global[LOADER_KEY] = api;
  reserveSpace();
  scan(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  }).observe(document, { childList: true, subtree: true });
  // A module script runs after parsing, but a loader added while the page still parses sees the rest
  // through the observer; one more look once parsing ends costs nothing.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => scan(document), { once: true });
}

start();
