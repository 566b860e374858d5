// Writes dist/standalone/<element>.html: one file per work format with its bundle inlined, that
// an e-learning author uploads as a web object or opens from disk (inline module scripts need
// no server). Run by `npm run build` after rollup.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { WORK_FORMATS, root, titleOf } from './work-formats.mjs';

const formats = await Promise.all(WORK_FORMATS.map(async (f) => ({ tag: `kjk-${f.name}`, title: await titleOf(f) })));

await mkdir(path.join(root, 'dist/standalone'), { recursive: true });
for (const { tag, title } of formats) {
  const bundle = await readFile(path.join(root, `dist/cdn/single/${tag}.js`), 'utf8');
  // A literal "</script" inside the code would end the inline script early.
  const script = bundle.replace(/<\/script/gi, '<\\/script');
  // One file has no kjk-docx.js beside it (and 50 KB more in each page is too much for a sheet):
  // the meta tag makes the Word export say so at once, and the text file is offered instead.
  const html = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<meta name="kjk-docx" content="none">
<title>${title} — Ken je kracht?</title>
<style>body { margin: 0; padding: 1rem; background: #f6f3ee; font-family: system-ui, sans-serif; }</style>
<script type="module">${script}</script>
</head>
<body>
<${tag}></${tag}>
</body>
</html>
`;
  await writeFile(path.join(root, `dist/standalone/${tag}.html`), html);
}
console.log(`Standalone pages: ${formats.map((f) => `dist/standalone/${f.tag}.html`).join(', ')}`);
