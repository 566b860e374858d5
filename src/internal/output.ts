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

/** Copies text; false when the browser refuses (no permission, insecure page). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
