/**
 * Loads a page as an intranet editor or e-learning author makes it, in an iframe: script tags,
 * elements, and whatever styles the host page has. An inline probe (ours, not the page's)
 * records console errors and warnings, script errors and CSP violations.
 */
export interface PageReport {
  errors: string[];
  warnings: string[];
  resources: string[];
  win: Window;
  doc: Document;
  /** Every kjk- element on the page, upgraded and rendered. */
  elements: HTMLElement[];
  cleanup: () => void;
}

export interface PageOptions {
  scripts: string[];
  body: string;
  head?: string;
  width?: number;
  height?: number;
  htmlAttributes?: string;
}

type Probe = { errors: string[]; warnings: string[] };

export async function loadPage({ scripts, body, head = '', width = 800, height = 600, htmlAttributes = 'lang="nl"' }: PageOptions): Promise<PageReport> {
  const iframe = document.createElement('iframe');
  iframe.width = String(width);
  iframe.height = String(height);
  const probe = `<script>
    window.__report = { errors: [], warnings: [] };
    const e = console.error, w = console.warn;
    console.error = (...a) => { __report.errors.push(a.join(' ')); e(...a); };
    console.warn = (...a) => { __report.warnings.push(a.join(' ')); w(...a); };
    addEventListener('error', (ev) => __report.errors.push(String(ev.message)));
    addEventListener('unhandledrejection', (ev) => __report.errors.push(String(ev.reason)));
  </script>`;
  const tags = scripts.map((src) => `<script type="module" src="${location.origin}${src}"></script>`).join('');
  iframe.srcdoc = `<!doctype html><html ${htmlAttributes}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
    <link rel="icon" href="data:,">${probe}${head}${tags}</head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  return collect(iframe);
}

/** The same report for a page loaded from a URL (e.g. one served with a strict CSP). */
export async function loadUrl(src: string, width = 800): Promise<PageReport> {
  const iframe = document.createElement('iframe');
  iframe.width = String(width);
  iframe.height = '600';
  iframe.src = src;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  return collect(iframe);
}

async function collect(iframe: HTMLIFrameElement): Promise<PageReport> {
  const win = iframe.contentWindow as Window & { __report?: Probe };
  const doc = iframe.contentDocument!;
  const tags = [...new Set([...doc.body.querySelectorAll('*')].map((e) => e.localName))].filter((t) => t.startsWith('kjk-'));
  await Promise.all(tags.map((t) => win.customElements.whenDefined(t)));
  const elements = [...doc.querySelectorAll<HTMLElement>(tags.join(',') || 'kjk-none')];
  await Promise.all(elements.map((e) => (e as unknown as { updateComplete: Promise<unknown> }).updateComplete));
  await new Promise((r) => setTimeout(r, 50));
  return {
    errors: win.__report?.errors ?? [],
    warnings: win.__report?.warnings ?? [],
    resources: win.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname),
    win,
    doc,
    elements,
    cleanup: () => iframe.remove(),
  };
}

/** The heading each element shows, or '' when it shows none. */
export const headings = (report: PageReport) =>
  report.elements.map((e) => e.shadowRoot?.querySelector('h2')?.textContent?.trim() ?? '');

/** The headings of the worksheet elements, in the order EVERY_ELEMENT and the CSP page place them. */
export const WORKSHEET_HEADINGS = [
  'Bekrachtigen',
  'Cirkelen',
  'Terugkijken',
  'Beeldvormen',
  'Wat zet het gesprek in gang?',
  'Wat versta jij onder ‘eigen kracht’?',
];

/** One of each element, as a page would place them. */
export const EVERY_ELEMENT =
  '<kjk-fan persist="none"></kjk-fan>' +
  '<kjk-card card="tension-2"></kjk-card>' +
  '<kjk-tension-card field="3" persist="none"></kjk-tension-card>' +
  '<kjk-session persist="none"><kjk-octagon topic="Regie"></kjk-octagon></kjk-session>' +
  '<kjk-circle-quadrant persist="none"></kjk-circle-quadrant>' +
  '<kjk-look-back persist="none"></kjk-look-back>' +
  '<kjk-mindmap persist="none" topic="Samenwerken"></kjk-mindmap>' +
  '<kjk-action-card persist="none"></kjk-action-card>' +
  '<kjk-word-cloud persist="none"></kjk-word-cloud>';

/** What `printToPdf` finds in the PDF: pages, each page's `[width, height]` in points, and text. */
export interface PrintedPdf {
  pages: number;
  /** A4 portrait is about [595, 842], landscape [842, 595]. */
  sizes: [number, number][];
  /** Each page's text (poppler's pdftotext). */
  texts: string[];
  path: string;
}

/** Waits until `root` and every Lit element inside it, through shadow roots, has rendered. */
export async function settleTree(root: Element): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const pending: Promise<unknown>[] = [];
    const walk = (node: Element | ShadowRoot) => {
      for (const el of node.querySelectorAll('*')) {
        const update = (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
        if (update) pending.push(update);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    const own = (root as Element & { updateComplete?: Promise<unknown> }).updateComplete;
    if (own) pending.push(own);
    if (root.shadowRoot) walk(root.shadowRoot);
    // (a test may pass a stand-in that only prints, not an element)
    if (root instanceof Element) walk(root);
    const results = await Promise.all(pending);
    // updateComplete is false while another update is still queued.
    if (results.every((r) => r !== false)) break;
  }
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
}

/**
 * Prints `element` to a PDF as the browser's print would, in its print layout for `mode`
 * (e.g. 'filled', 'blank', 'all'), and returns what is in it. As in a real print, `window.print()`
 * fires `beforeprint` (every element on the page takes its print layout) and `afterprint` follows
 * the PDF. The file stays in `test-output/pdf/<name>.pdf` to look at.
 */
export async function printToPdf(
  element: HTMLElement & { print(mode?: string): void; updateComplete?: Promise<unknown> },
  mode: string | undefined,
  name: string,
): Promise<PrintedPdf> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  const { needs } = await import('./commands.js');
  await needs('pdf');
  const original = window.print;
  window.print = () => void window.dispatchEvent(new Event('beforeprint'));
  try {
    element.print(mode);
    await settleTree(element);
    return await executeServerCommand<PrintedPdf, { name: string }>('pdf', { name });
  } finally {
    window.print = original;
    window.dispatchEvent(new Event('afterprint'));
  }
}

/** Keeps a file a test made (a .docx) in `test-output/<name>`, for scripts/handout-pages.sh to turn into pages. */
export async function keepFile(name: string, blob: Blob): Promise<void> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  await executeServerCommand('save-file', { name, base64: btoa(binary) });
}

/**
 * Opens `dist/standalone/<tag>.html` as a user's double-click would: read from disk (the test
 * server would rewrite an HTML file it serves), in an iframe, with its element defined.
 */
export async function openStandalone(tag: string): Promise<{ text: string; win: Window; el: HTMLElement; close: () => void }> {
  const { readFile } = await import('@web/test-runner-commands');
  const text = (await readFile({ path: `../dist/standalone/${tag}.html` }))!;
  const iframe = document.createElement('iframe');
  iframe.srcdoc = text;
  const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow!;
  await win.customElements.whenDefined(tag);
  return { text, win, el: iframe.contentDocument!.querySelector(tag) as HTMLElement, close: () => iframe.remove() };
}
