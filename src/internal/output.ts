/** What every element that produces a document shares: Markdown escaping, bidi safety, download, copy. */

/**
 * Unicode direction controls: embeddings and overrides (U+202A–U+202E), isolates
 * (U+2066–U+2069) and the invisible marks (U+200E, U+200F, U+061C). In a note they could
 * turn the text around them, so an exported plan reads differently from what was written.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** A document as it may leave the element: every export (text, Markdown, plan) passes here. */
export function exportText(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** Markdown that shows the user's words literally, whatever characters they typed. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+\-.!|<>~])/g, '\\$1').replace(/\n/g, ' ');
}

/** Saves text as a file on the user's device; nothing is sent anywhere. */
export function downloadText(fileName: string, text: string, type: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/**
 * Copies text; false only when every way is refused. The clipboard API is missing on plain-http
 * intranets and may refuse without a recent user gesture, so a selected hidden field copied with
 * execCommand comes second. `root` is where that field goes: our own shadow root, so a page's
 * modal dialog (which makes the rest of its document inert) or its styles cannot stop it.
 */
export async function copyText(text: string, root: Node = document.body): Promise<boolean> {
  // Synchronously, before any await: a fallback after a missing API still counts as the user's gesture.
  if (!navigator.clipboard?.writeText) return copyBySelection(text, root);
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyBySelection(text, root);
  }
}

/** The element that has focus, looking into shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/** Copies by selecting the text in a hidden field; focus and the user's selection come back afterwards. */
function copyBySelection(text: string, root: Node): boolean {
  const focused = deepActiveElement();
  const field = focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement ? focused : undefined;
  const fieldRange = field ? [field.selectionStart, field.selectionEnd] : undefined;
  const selection = document.getSelection();
  const ranges = selection ? Array.from({ length: selection.rangeCount }, (_, i) => selection.getRangeAt(i)) : [];
  const area = document.createElement('textarea');
  area.value = text;
  // Read-only: no on-screen keyboard on a phone. Hidden through the CSSOM, which a CSP allows.
  area.readOnly = true;
  area.setAttribute('aria-hidden', 'true');
  area.tabIndex = -1;
  Object.assign(area.style, { position: 'fixed', top: '0', left: '0', width: '1px', height: '1px', opacity: '0', pointerEvents: 'none' });
  root.appendChild(area);
  let copied = false;
  try {
    area.focus({ preventScroll: true });
    area.select();
    // iOS selects nothing with select() alone.
    area.setSelectionRange(0, text.length);
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  } finally {
    area.remove();
    focused?.focus({ preventScroll: true });
    if (field && fieldRange?.[0] != null && fieldRange[1] != null) field.setSelectionRange(fieldRange[0], fieldRange[1]);
    else if (selection && ranges.length) {
      selection.removeAllRanges();
      for (const range of ranges) selection.addRange(range);
    }
  }
  return copied;
}
