// Validates every bundled deck against the same schema the elements use at run time.
// A broken content file fails the build, naming the file and the path of the bad field.
import { build } from 'esbuild';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const contentDir = path.join(root, 'content');

// The schema is TypeScript; esbuild turns it into one module in memory, so there is one schema.
const bundled = await build({
  entryPoints: [path.join(root, 'src/internal/content/deck-schema.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'silent',
});
const { parseDeck } = await import(
  'data:text/javascript;base64,' + Buffer.from(bundled.outputFiles[0].text).toString('base64')
);

let failures = 0;
const langs = (await readdir(contentDir, { withFileTypes: true })).filter((d) => d.isDirectory());
for (const { name: lang } of langs) {
  const file = path.join('content', lang, 'deck.json');
  let data;
  try {
    data = JSON.parse(await readFile(path.join(root, file), 'utf8'));
  } catch (error) {
    console.error(`${file}: cannot be read as JSON: ${error.message}`);
    failures++;
    continue;
  }
  const result = parseDeck(data);
  if (!result.ok) {
    for (const p of result.problems) console.error(`${file}: ${p.path}: ${p.message}`);
    failures++;
  } else if (result.deck.lang !== lang) {
    console.error(`${file}: lang: is "${result.deck.lang}" but the folder says "${lang}"`);
    failures++;
  }
}
if (failures) {
  console.error(`Content check failed for ${failures} file(s).`);
  process.exit(1);
}
console.log(`Content check: ${langs.length} deck(s) valid.`);
