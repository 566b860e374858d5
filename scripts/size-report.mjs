// Prints the gzip size of what a page downloads, against budgets.json; anything over its budget
// fails the build, and so npm test.
//
// - Pages of the chunk graph in dist/cdn (budgets.pages): the files a page names, plus every chunk
//   they import statically, transitively, each counted once (as the browser fetches it once).
//   The graph comes from the import statements of the output files themselves. `also` adds parts
//   fetched on demand by the start of their name (the English chunk of an English page).
// - Files (budgets.files): by name (the loader kjk.js, both kjk-docx.js, the single-file bundles in
//   dist/cdn/single); any other file of dist/cdn/single against files['single/default'], any other
//   entry or chunk of the graph against files.default.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const cdn = path.join(root, 'dist/cdn');
const budgets = JSON.parse(await readFile(path.join(root, 'budgets.json'), 'utf8'));

async function walk(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else if (entry.name.endsWith('.js')) out.push(full);
  }
  return out;
}

let files;
try {
  files = (await walk(cdn)).map((f) => path.relative(cdn, f).split(path.sep).join('/')).sort();
} catch {
  files = [];
}
if (files.length === 0) {
  console.error('No bundles in dist/cdn: run the build first.');
  process.exit(1);
}

const info = new Map();
for (const file of files) {
  const code = await readFile(path.join(cdn, file), 'utf8');
  // Static imports and re-exports only (`import("…")` is a dynamic, on-demand load).
  const imports = [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$\s,*{}]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)]
    .map((m) => path.posix.normalize(path.posix.join(path.posix.dirname(file), m[1])))
    .filter((f) => files.includes(f));
  info.set(file, { raw: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length, imports });
}

/** The files a page with these entries downloads (before anything is asked for on demand). */
function closure(entries) {
  const seen = new Set();
  const visit = (f) => {
    if (seen.has(f)) return;
    if (!info.has(f)) throw new Error(`budgets.json names ${f}, which the build did not write`);
    seen.add(f);
    info.get(f).imports.forEach(visit);
  };
  entries.forEach(visit);
  return [...seen];
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let over = 0;
const table = (title, head, rows) => {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`\n${title}`);
  console.log(line(head));
  for (const r of rows) console.log(line(r));
};

const pageRows = [];
for (const [page, { files: named, also = [], budget, target }] of Object.entries(budgets.pages)) {
  // `also`: parts the page fetches on demand, by the start of their file name (chunk names carry a
  // hash), e.g. the English of a page with lang="en".
  const onDemand = also.flatMap((prefix) => {
    const found = files.filter((f) => f.startsWith(prefix));
    if (found.length === 0) throw new Error(`budgets.json: no file of dist/cdn starts with ${prefix}`);
    return found;
  });
  const all = closure([...named, ...onDemand]);
  const gzip = all.reduce((n, f) => n + info.get(f).gzip, 0);
  const ok = gzip <= budget;
  if (!ok) over++;
  pageRows.push([page, String(all.length), kb(gzip), kb(budget), target ? kb(target) : '', ok ? (target && gzip > target ? 'ok (over target)' : 'ok') : 'OVER BUDGET']);
}
table('Pages of dist/cdn, the chunk graph (gzip -9 of every file the page downloads at first)', ['page', 'files', 'gzip', 'budget', 'target', ''], pageRows);

const fileRows = [];
for (const file of files) {
  const { raw, gzip } = info.get(file);
  // A chunk's name carries its hash: "chunks/live-module-*" names every build of it.
  const byPrefix = Object.entries(budgets.files).find(([name]) => name.endsWith('*') && file.startsWith(name.slice(0, -1)))?.[1];
  const budget = budgets.files[file] ?? byPrefix ?? (file.startsWith('single/') ? budgets.files['single/default'] : budgets.files.default);
  const ok = gzip <= budget;
  if (!ok) over++;
  fileRows.push([file, kb(raw), kb(gzip), kb(budget), ok ? 'ok' : 'OVER BUDGET']);
}
table('Files of dist/cdn (the chunk graph) and dist/cdn/single (the single-file bundles)', ['file', 'raw', 'gzip', 'budget', ''], fileRows);

if (over) {
  console.error(`${over} page(s) or file(s) over budget (see budgets.json).`);
  process.exit(1);
}
