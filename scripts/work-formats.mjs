// The elements that an e-learning author embeds on their own: the standalone pages and the LMS
// packages are made for each. `card` is where the title comes from.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

export const WORK_FORMATS = [
  { name: 'look-back', kind: 'look-back', card: 'work-format-1' },
  { name: 'octagon', kind: 'octagon', card: 'work-format-2' },
  { name: 'circle-quadrant', kind: 'circle-quadrant', card: 'work-format-3' },
  { name: 'mindmap', kind: 'mindmap', card: 'work-format-4' },
  { name: 'action-card', kind: 'action-card', card: 'action' },
  { name: 'word-cloud', kind: 'word-cloud', card: 'intro' },
];

/** The title a learner sees: the card's title, or for the word cloud the intro card's question. */
export async function titleOf(format, lang = 'nl') {
  const card = JSON.parse(await readFile(path.join(root, `content/${lang}/cards/${format.card}.json`), 'utf8'));
  const figure = card.blocks.find((b) => b.type === 'figure');
  return format.name === 'word-cloud' && figure?.question ? figure.question : card.title;
}
