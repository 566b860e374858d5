// The package by the book: what `npm pack` would publish is what a user needs and nothing else.
// publint and arethetypeswrong check exports and types (run by npm test after this).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const files = pack.files.map((f) => f.path);
const required = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'custom-elements.json', 'dist/index.js', 'dist/index.d.ts',
  'dist/classes.js', 'dist/jsx.d.ts', 'dist/jsx.js', 'dist/cdn/kjk.js', 'dist/cdn/kjk-fan.js', 'dist/cdn/kjk-docx.js',
  'dist/cdn/single/kjk.js', 'dist/cdn/single/kjk-fan.js', 'dist/cdn/single/kjk-docx.js', 'dist/standalone/kjk-octagon.html', 'dist/decks/nl.json'];
const forbidden = [/^src\//, /^test\//, /^stories\//, /^demo\//, /^bench\//, /^scripts\//, /^content\//, /\.map$/, /node_modules/, /^\.storybook/, /^\.ci/];
const missing = required.filter((f) => !files.includes(f));
// The chunk graph's entries import its shared chunks: a package without them would break every page of modules/.
if (!files.some((f) => /^dist\/cdn\/chunks\/.+\.js$/.test(f))) missing.push('dist/cdn/chunks/*.js');
const extra = files.filter((f) => forbidden.some((re) => re.test(f)));
console.log(`npm pack: ${files.length} files, ${(pack.size / 1024).toFixed(0)} KB packed, ${(pack.unpackedSize / 1024).toFixed(0)} KB unpacked`);
if (missing.length || extra.length) {
  if (missing.length) console.error(`Missing from the package: ${missing.join(', ')}`);
  if (extra.length) console.error(`Should not be in the package: ${extra.slice(0, 10).join(', ')}${extra.length > 10 ? ' …' : ''}`);
  process.exit(1);
}

// A sourceMappingURL comment must name a map that ships (issue 19): the build writes none, so a
// comment means a build setting came back, and devtools would ask for a file that is not there.
const shipped = new Set(files);
const dangling = files.filter((f) => /\.(m?js|css|html)$/.test(f)).flatMap((f) => {
  const text = readFileSync(f, 'utf8');
  return [...text.matchAll(/[#@] sourceMappingURL=([^\s'"*]+)/g)]
    .map((m) => m[1]).filter((url) => !url.startsWith('data:'))
    .map((url) => path.posix.join(path.posix.dirname(f), url)).filter((map) => !shipped.has(map))
    .map((map) => `${f} → ${map}`);
});
if (dangling.length) {
  console.error(`Names a source map the package lacks: ${dangling.slice(0, 10).join(', ')}${dangling.length > 10 ? ` … (${dangling.length})` : ''}`);
  process.exit(1);
}

// Only what package.json lists as (peer) dependencies may be imported by what ships: valibot, for one, is
// the build-time reference of the content schema, and the elements check with src/internal/check.ts.
const { name: self, dependencies = {}, peerDependencies = {} } = JSON.parse(readFileSync('package.json', 'utf8'));
const allowed = new Set([self, ...Object.keys(dependencies), ...Object.keys(peerDependencies)]);
const bare = files.filter((f) => /\.(m?js|d\.ts)$/.test(f)).flatMap((f) =>
  // `import type` (jsx.d.ts's React types, used only where React is installed) loads nothing.
  [...readFileSync(f, 'utf8').replace(/^\s*import type [^;]+;/gm, '').matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]((?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*)(?:\/[^'"]*)?['"]/g)]
    .map((m) => m[1])
    .filter((name) => !allowed.has(name))
    .map((name) => `${f} imports ${name}`));
if (bare.length) {
  console.error(`Imports a package that is not a dependency: ${bare.slice(0, 10).join(', ')}${bare.length > 10 ? ` … (${bare.length})` : ''}`);
  process.exit(1);
}
