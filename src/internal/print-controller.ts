import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The named page a wide sheet prints on (`page: kjk-landscape` in its print styles): A4 lying
 * down. Other sheets print on the browser's own page, so they start where the page has room and
 * take the printer's paper and margins. @page rules only work in the document's own styles, not
 * in a shadow root, so this one is adopted into the document while something prints and taken
 * out after: the host page's own print is left as it was. A constructed sheet, not a <style>, so
 * a strict CSP allows it.
 */
const PAGE_RULES = '@page kjk-landscape { size: A4 landscape; }';
const pageRules = new WeakMap<Document, { sheet: CSSStyleSheet; users: Set<object> }>();

function usePageRules(doc: Document, user: object): void {
  let entry = pageRules.get(doc);
  if (!entry) {
    const View = doc.defaultView?.CSSStyleSheet;
    if (!View || !('adoptedStyleSheets' in doc)) return;
    const sheet = new View();
    sheet.replaceSync(PAGE_RULES);
    entry = { sheet, users: new Set() };
    pageRules.set(doc, entry);
  }
  if (!entry.users.size) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, entry.sheet];
  entry.users.add(user);
}

function releasePageRules(doc: Document, user: object): void {
  const entry = pageRules.get(doc);
  if (!entry?.users.delete(user) || entry.users.size) return;
  doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== entry.sheet);
}

/**
 * What an element prints. The browser's own print (Ctrl+P) gets the element's default
 * (none when it returns ''); `print(mode)` chooses. The print layout is taken right after
 * `beforeprint`, so the element renders at once, not in the next microtask.
 */
export class PrintController<Mode extends string> implements ReactiveController {
  mode: Mode | '' = '';

  constructor(
    private readonly host: Host,
    private readonly defaultMode: () => Mode | '',
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    releasePageRules(this.host.ownerDocument, this);
  }

  print(mode: Mode): void {
    this.enter(mode);
    window.print();
  }

  /** Takes the print layout for `mode` without printing: something around the element prints it. */
  enter(mode: Mode | ''): void {
    this.mode = mode;
    if (mode) usePageRules(this.host.ownerDocument, this);
    this.host.requestUpdate();
    (this.host as unknown as { performUpdate(): void }).performUpdate();
  }

  private onBeforePrint = (): void => {
    if (!this.mode) this.enter(this.defaultMode());
  };

  private onAfterPrint = (): void => {
    this.mode = '';
    releasePageRules(this.host.ownerDocument, this);
    this.host.requestUpdate();
  };
}
