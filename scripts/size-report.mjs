// Prints raw and gzip size of every drop-in bundle against budgets.json.
// A bundle over its budget fails the build, and so npm test.
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

const budgets = JSON.parse(await readFile(new URL('../budgets.json', import.meta.url), 'utf8'));
const dir = new URL('../dist/cdn/', import.meta.url);
const files = (await readdir(dir)).filter((f) => f.endsWith('.js')).sort();
if (files.length === 0) {
  console.error('No bundles in dist/cdn: run the build first.');
  process.exit(1);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let over = 0;
const rows = [];
for (const file of files) {
  const raw = await readFile(new URL(file, dir));
  const gzip = gzipSync(raw, { level: 9 }).length;
  const budget = budgets[file] ?? budgets.default;
  const ok = gzip <= budget;
  if (!ok) over++;
  rows.push([file, kb(raw.length), kb(gzip), kb(budget), ok ? 'ok' : 'OVER BUDGET']);
}
const head = ['bundle', 'raw', 'gzip', 'budget (gzip)', ''];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(line(head));
for (const r of rows) console.log(line(r));
if (over) {
  console.error(`${over} bundle(s) over budget (see budgets.json).`);
  process.exit(1);
}
