// What each chunk of the chunk graph (dist/cdn) holds and what each element's page
// downloads at first: `node scripts/chunk-map.mjs [--modules]`. Builds in memory, writes nothing.
// For finding where the bytes of a page go (issue 14); the build's size report holds the budgets.
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';

process.env.ROLLUP_WATCH = '1'; // the config cleans dist/cdn on import, unless watching
const configs = (await import('../rollup.config.mjs')).default;
const config = configs.find((c) => c.output?.dir === 'dist/cdn');
const bundle = await rollup({ ...config, onwarn: () => {} });
const { output } = await bundle.generate(config.output);
const chunks = new Map(output.filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]));
const gz = (chunk) => gzipSync(chunk.code, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function page(entry) {
  const seen = new Set();
  const walk = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    chunks.get(name).imports.forEach(walk);
  };
  walk(entry);
  return [...seen];
}

console.log('First load per entry (static imports, gzip each file):');
for (const chunk of chunks.values()) {
  if (!chunk.isEntry) continue;
  const files = page(chunk.fileName);
  const total = files.reduce((sum, name) => sum + gz(chunks.get(name)), 0);
  console.log(`  ${chunk.fileName.padEnd(26)} ${kb(total).padStart(9)}  ${files.length} files; on demand: ${chunk.dynamicImports.join(' ') || '-'}`);
}
if (process.argv.includes('--modules')) {
  for (const chunk of chunks.values()) {
    console.log(`\n${chunk.fileName} ${kb(gz(chunk))} gzip; imports ${chunk.imports.join(' ') || '-'}; on demand ${chunk.dynamicImports.join(' ') || '-'}`);
    Object.entries(chunk.modules)
      .filter(([, m]) => m.renderedLength > 200)
      .sort((a, b) => b[1].renderedLength - a[1].renderedLength)
      .forEach(([id, m]) => console.log(`  ${String(m.renderedLength).padStart(7)}  ${id.replace(process.cwd() + '/', '').replace('\0', '')}`));
  }
}
