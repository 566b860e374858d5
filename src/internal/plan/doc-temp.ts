/**
 * TEMP (issue 16): stand-ins for `docAsText`, `docAsMarkdown` and `docAsDocx`, which the document
 * helper builds in src/internal/document/. Same names and signatures, so at the merge the lead
 * swaps the imports of this file for theirs and deletes it.
 */
import type { Doc } from '../document/document.js';
import { escapeMarkdown, exportText } from '../output.js';

function lines(doc: Doc, markdown: boolean): string[] {
  const esc = markdown ? escapeMarkdown : (s: string) => s;
  return doc.blocks.flatMap((b): string[] => {
    switch (b.type) {
      case 'heading':
        return [markdown ? `${'#'.repeat(b.level)} ${esc(b.text)}` : b.text, ''];
      case 'paragraph':
        return [b.label ? (markdown ? `**${esc(b.label)}:** ${esc(b.text)}` : `${b.label}: ${b.text}`) : esc(b.text), ''];
      case 'list':
        return [...b.items.map((i) => `- ${esc(i)}`), ''];
      case 'table':
        return markdown
          ? [`| ${b.header.map(esc).join(' | ')} |`, `| ${b.header.map(() => '---').join(' | ')} |`, ...b.rows.map((r) => `| ${r.map(esc).join(' | ')} |`), '']
          : [...b.rows.map((r) => `- ${r.map((c, i) => (i ? `${b.header[i].toLocaleLowerCase()}: ${c}` : c)).join(', ')}`), ''];
      case 'image':
        return [esc(b.alt), ''];
    }
  });
}

/** TEMP: see the file comment. */
export function docAsText(doc: Doc): string {
  return exportText(lines(doc, false).join('\n').trim() + '\n');
}

/** TEMP: see the file comment. */
export function docAsMarkdown(doc: Doc): string {
  return exportText(lines(doc, true).join('\n').trim() + '\n');
}

/** TEMP: the Word export lands with the document helper; until then this refuses clearly. */
export async function docAsDocx(_doc: Doc): Promise<Blob> {
  throw new Error('docAsDocx: the Word export is not part of this build yet');
}
