/**
 * A `Doc` as a Word document (.docx). Only this loader is part of the first load: the writer
 * and the `docx` library (docx-writer.ts) come in by a dynamic import when a Word file is asked for.
 */
import type { Doc } from './document.js';

type DocxWriter = typeof import('./docx-writer.js');

/** Name of the error when the Word export cannot run here, as `toDocx()` rejects with it. */
export const DOCX_UNAVAILABLE = 'DocxUnavailableError';

/**
 * The Word export cannot run here: the single-file page (dist/standalone) carries no
 * kjk-docx.js, or the file could not be loaded. The text file still can be saved.
 * A plain Error with this name (not a class: every drop-in bundle would have its own).
 */
export const docxUnavailable = (message: string): Error => Object.assign(new Error(message), { name: DOCX_UNAVAILABLE });

/** dist/standalone pages say in a meta tag that they have no kjk-docx.js beside them. */
const markedUnavailable = () => !!document.querySelector('meta[name="kjk-docx"][content="none"]');

let loading: Promise<DocxWriter> | undefined;

/**
 * The library, loaded once. The drop-in build (rollup.config.mjs) rewrites this import to the
 * `kjk-docx.js` of the drop-in folder (dist/cdn or dist/cdn/single), relative to the importing
 * file's own URL; the npm build keeps it as is.
 */
function loadWriter(): Promise<DocxWriter> {
  if (markedUnavailable()) return Promise.reject(docxUnavailable('offline file'));
  loading ??= import('./docx-writer.js').catch((error: unknown) => {
    loading = undefined;
    throw docxUnavailable(String(error));
  });
  return loading;
}

/**
 * The document as a .docx file. Rejects with an error named `DocxUnavailableError` where the Word writer
 * cannot be loaded (the single-file offline page); offer the text file then.
 */
export async function docAsDocx(doc: Doc): Promise<Blob> {
  return (await loadWriter()).writeDocx(doc);
}
