/**
 * A document to hand out: what the gespreksplan and every sheet export are, before they become
 * a text file, Markdown or a Word document. One model, so the three say exactly the same.
 */
import type { Lang } from '../i18n.js';

export type DocBlock =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  /** `label` is shown before the text in bold, e.g. "Onderwerp van het gesprek: …". */
  | { type: 'paragraph'; text: string; label?: string; small?: boolean }
  | { type: 'list'; items: string[] }
  | { type: 'table'; header: string[]; rows: string[][] }
  /** A picture (the word cloud, a sketch) as SVG; `alt` says what it shows, for text exports too. */
  | { type: 'image'; svg: string; width: number; height: number; alt: string };

export interface Doc {
  /** The document's title: the first heading, and the title of the Word file. */
  title: string;
  /** The language of the words, for the Word file's spelling check (nl-NL, en-GB); Dutch when absent. */
  lang?: Lang;
  blocks: DocBlock[];
}
