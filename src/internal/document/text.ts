/**
 * A `Doc` as a text file and as Markdown. The text file is what a user opens in Notepad or
 * pastes in an e-mail: the words as written, no escapes; Markdown is for developers.
 */
import { escapeMarkdown, exportText } from '../output.js';
import type { Doc, DocBlock } from './document.js';

// The title is the document's first block, a heading of level 1 (see document.ts): rendered as any block.

/** The label before its text, as "Onderwerp van het gesprek: …". */
export const labelled = (label: string | undefined, text: string): string => (label ? `${label}: ${text}` : text);

/** Characters as a reader counts them (an emoji is one), for underlines. */
const width = (s: string) => [...s].length;

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();

/** Blocks joined with one empty line between them: each renderer gives a block as its lines. */
function join(parts: string[][]): string {
  return exportText(parts.map((lines) => lines.join('\n')).join('\n\n').trim() + '\n');
}

/** One "wat — wie — wanneer" line per row under the header: it reads in any window, however long a cell. */
function textTable(header: string[], rows: string[][]): string[] {
  const line = (row: string[]) => header.map((_, i) => oneLine(row[i] ?? '') || '—').join(' — ');
  return [line(header), ...rows.map((row) => `- ${line(row)}`)];
}

function textBlock(block: DocBlock): string[] {
  switch (block.type) {
    case 'heading': {
      const text = oneLine(block.text);
      // Underlined as people do in plain text, so the structure shows without any markup.
      if (block.level === 1) return [text, '='.repeat(width(text))];
      if (block.level === 2) return [text, '-'.repeat(width(text))];
      return [text];
    }
    case 'paragraph':
      return [labelled(block.label, block.text)];
    case 'list':
      return block.items.map((item) => `- ${item.replace(/\n/g, '\n  ')}`);
    case 'table':
      return textTable(block.header, block.rows);
    case 'image':
      return [`[${oneLine(block.alt)}]`];
  }
}

/** Plain text: headings underlined, lists with "- ", a table as lines, pictures as their description. */
export function docAsText(doc: Doc): string {
  return join(doc.blocks.map(textBlock));
}

function markdownBlock(block: DocBlock): string[] {
  switch (block.type) {
    case 'heading':
      return [`${'#'.repeat(block.level)} ${escapeMarkdown(block.text)}`];
    case 'paragraph': {
      const text = escapeMarkdown(block.text);
      return [block.label ? `**${escapeMarkdown(block.label)}:** ${text}` : text];
    }
    case 'list':
      return block.items.map((item) => `- ${escapeMarkdown(item)}`);
    case 'table': {
      const row = (cells: string[]) => `| ${block.header.map((_, i) => escapeMarkdown(cells[i] ?? '')).join(' | ')} |`;
      return [row(block.header), `| ${block.header.map(() => '---').join(' | ')} |`, ...block.rows.map(row)];
    }
    case 'image':
      return [`*${escapeMarkdown(block.alt)}*`];
  }
}

/** Markdown with the user's words escaped, so whatever they typed shows literally; tables as GFM tables. */
export function docAsMarkdown(doc: Doc): string {
  return join(doc.blocks.map(markdownBlock));
}
