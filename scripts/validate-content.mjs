// Validates every bundled deck against the valibot deck schema, the reference the elements'
// run-time checker is proven equal to (test/validators.property.test.ts).
// A broken content file fails the build, naming the file and the path of the bad field.
// It also writes each assembled deck to dist/decks/<lang>.json: the file an organisation
// copies to make its own deck (deck-src).
import { build } from 'esbuild';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const contentDir = path.join(root, 'content');

// The schema is TypeScript; esbuild turns it into one module in memory, so there is one schema.
const bundled = await build({
  entryPoints: [path.join(root, 'src/internal/content/deck-schema.valibot.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'silent',
});
const { parseDeck } = await import(
  'data:text/javascript;base64,' + Buffer.from(bundled.outputFiles[0].text).toString('base64')
);

async function readJson(file) {
  return JSON.parse(await readFile(path.join(root, file), 'utf8'));
}

/** `cards.3.blocks.0.text` → the card's own file and `blocks.0.text`. */
function whereIs(problemPath, lang, cardIds) {
  const match = /^cards\.(\d+)(?:\.(.*))?$/.exec(problemPath);
  const id = match && cardIds[Number(match[1])];
  if (!id) return `content/${lang}/deck.json: ${problemPath}`;
  return `content/${lang}/cards/${id}.json: ${match[2] ?? '(card)'}`;
}

let failures = 0;
const langs = (await readdir(contentDir, { withFileTypes: true })).filter((d) => d.isDirectory());
await mkdir(path.join(root, 'dist/decks'), { recursive: true });
for (const { name: lang } of langs) {
  let meta;
  let cards;
  try {
    meta = await readJson(`content/${lang}/deck.json`);
    cards = await Promise.all((meta.cards ?? []).map((id) => readJson(`content/${lang}/cards/${id}.json`)));
  } catch (error) {
    console.error(`content/${lang}: cannot be read: ${error.message}`);
    failures++;
    continue;
  }
  const result = parseDeck({ ...meta, cards });
  if (!result.ok) {
    for (const p of result.problems) console.error(`${whereIs(p.path, lang, meta.cards)}: ${p.message}`);
    failures++;
  } else if (result.deck.lang !== lang) {
    console.error(`content/${lang}/deck.json: lang: is "${result.deck.lang}" but the folder says "${lang}"`);
    failures++;
  } else if (cards.some((card, i) => card.id !== meta.cards[i])) {
    console.error(`content/${lang}/cards: a file's id differs from its name`);
    failures++;
  } else {
    await writeFile(path.join(root, `dist/decks/${lang}.json`), JSON.stringify(result.deck, null, 2) + '\n');
  }
}
if (failures) {
  console.error(`Content check failed for ${failures} file(s).`);
  process.exit(1);
}
console.log(`Content check: ${langs.length} deck(s) valid.`);
