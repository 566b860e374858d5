import type { Block, Card } from '../content/deck-schema.js';

/** The first sentence of a text: a strip's face has room for one, the card itself holds the rest. */
function firstSentence(text: string): string {
  return text.match(/^.+?[.?!](?=\s|$)/)?.[0] ?? text;
}

function blockText(block: Block): string | undefined {
  if (block.type === 'paragraph' || block.type === 'prompt') return block.text;
  if (block.type === 'list') {
    const item = block.items[0];
    return typeof item === 'string' ? item : item?.text ?? item?.title;
  }
  return undefined;
}

/**
 * The line under a strip's title: the card's key question as printed (a question block, the
 * question of its figure), else what it asks the reader to do (its prompt), else the cover's
 * subtitle, else the first sentence the card opens with. Most cards of the printed fan have no
 * question of their own; an empty face is what made people hesitate (issue 17).
 */
export function stripLead(card: Card): string {
  const question = card.blocks.find((b) => b.type === 'question');
  if (question?.type === 'question') return question.text;
  for (const block of card.blocks) if (block.type === 'figure' && block.question) return block.question;
  const prompt = card.blocks.find((b) => b.type === 'prompt');
  if (prompt?.type === 'prompt') return prompt.text;
  if (card.subtitle) return card.subtitle;
  for (const block of card.blocks) {
    const text = blockText(block);
    if (text) return firstSentence(text);
  }
  return '';
}
