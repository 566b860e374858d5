import { expect } from '@open-wc/testing';
import { CARD_IDS } from '../src/internal/content/deck-schema.js';
import { renderCard } from './helpers.js';

/**
 * The printed fan's text, as extracted from its PDF, must be in our Dutch cards sentence
 * by sentence after exactly the repairs listed in content/CORRECTIONS.md.
 */

/** Lines that are layout of the printed card, not text: write-in dots, page labels. */
const layoutLine = /^(?:[\s.]+|spanningsveld\s+\d+(?:\s+\d+)?|werkvorm\s+\d+)\s*$/i;

/** Typo corrections (CORRECTIONS.md section 2), applied to the seed. */
const corrections: Array<[RegExp, string]> = [
  [/\binstaat\b/g, 'in staat'],
  [/\bword gevormd\b/g, 'wordt gevormd'],
  [/\bdaar toe\b/g, 'daartoe'],
  [/\bdaar voor\b/g, 'daarvoor'],
  [/\bhier voor\b/g, 'hiervoor'],
  [/\ber bij betrokken\b/g, 'erbij betrokken'],
];

export function repairSeed(seed: string): string {
  let text = seed
    .split('\n')
    .filter((line) => !layoutLine.test(line))
    .join('\n');
  // A word broken over a line ("verschil-\nlende") is one word; "toe- of afnemen" is not.
  text = text.replace(/(\p{L})-[ \t]*\n\s*(?!(?:of|en)\b)(\p{Ll})/gu, '$1$2');
  for (const [pattern, replacement] of corrections) text = text.replace(pattern, replacement);
  return text;
}

/**
 * Sentences and list fragments. Blank lines (the PDF's paragraphs), quotation marks,
 * the role in brackets after a quote, ellipses and bullets also end a fragment.
 */
export function fragments(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .flatMap((paragraph) => paragraph.replace(/\s+/g, ' ').split(/(?<=[.?!])\s+|[“”()]|…|•|\.\.\.|\. \. \./))
    .map((f) => f.trim().replace(/^\d+\.\s*/, ''))
    .filter((f) => /\p{L}{2}/u.test(f));
}

/**
 * Compare without case, white space, quote marks, ellipses and colons: typography that
 * the cards express by layout (a list item's "… title: text", kicker above title).
 */
const compact = (s: string) => s.toLowerCase().replace(/[\s‘’“”"'…:]/g, '');

describe('the Dutch cards keep the printed text', () => {
  it('contain every sentence of the seed, after the documented repairs', async () => {
    const seed = await (await fetch('/test/fixtures/seed.txt')).text();
    let rendered = '';
    for (const id of CARD_IDS) {
      const el = await renderCard(id, 'nl');
      rendered += ' ' + el.shadowRoot!.textContent;
      el.remove();
    }
    const haystack = compact(rendered);
    const all = fragments(repairSeed(seed));
    const missing = all.filter((f) => !haystack.includes(compact(f)));
    expect(all.length).to.be.greaterThan(150);
    expect(missing, `missing from the cards:\n${missing.join('\n')}`).to.deep.equal([]);
  });

  it('the check itself fails on a changed word', () => {
    const haystack = compact('Het uitgaan van de eigen kracht van jeugdigen.');
    const needle = compact(fragments(repairSeed('Het uitgaan van de eigen macht van jeugdigen.'))[0]);
    expect(haystack.includes(needle)).to.equal(false);
  });

  it('repairs hyphenation over a line break but keeps real hyphens', () => {
    expect(repairSeed('verschil-\nlende')).to.equal('verschillende');
    expect(fragments('“Ja.” (Rol)\n\nStappenplan\n\n1. Eigen kracht')).to.deep.equal(['Ja.', 'Rol', 'Stappenplan', 'Eigen kracht']);
    expect(repairSeed('supervisie- \n\n bijeenkomst')).to.equal('supervisiebijeenkomst');
    expect(repairSeed('toe- of afnemen')).to.equal('toe- of afnemen');
    expect(repairSeed('intervisie- of supervisie-\nbijeenkomst')).to.equal('intervisie- of supervisiebijeenkomst');
  });
});
