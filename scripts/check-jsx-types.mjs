// npm run test:types: the JSX types cover every tag in custom-elements.json, the test app uses
// every tag, and tsc compiles test/types/*.tsx (valid props pass, @ts-expect-error lines fail).
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(await readFile(path.join(root, 'custom-elements.json'), 'utf8'));
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName);
const types = await readFile(path.join(root, 'dist/jsx.d.ts'), 'utf8');
const app = await readFile(path.join(root, 'test/types/app.tsx'), 'utf8');
const untyped = tags.filter((t) => !types.includes(`'${t}':`));
const unused = tags.filter((t) => !app.includes(`<${t}`));
if (untyped.length) console.error(`dist/jsx.d.ts lacks: ${untyped.join(', ')} (run npm run build)`);
if (unused.length) console.error(`test/types/app.tsx does not use: ${unused.join(', ')}`);
if (untyped.length || unused.length) process.exit(1);
try {
  execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.types.json'], { cwd: root, stdio: 'inherit' });
} catch {
  console.error('JSX types: tsc failed on test/types/*.tsx');
  process.exit(1);
}
console.log(`JSX types: ${tags.length} tags typed and compiled with tsc (test/types/*.tsx)`);
