// Writes dist/standalone/<element>.html: one file per work format with its bundle inlined, that
// an e-learning author uploads as a web object or opens from disk (inline module scripts need
// no server). Run by `npm run build` after rollup.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const WORK_FORMATS = {
  'kjk-octagon': 'Bekrachtigen',
  'kjk-circle-quadrant': 'Cirkelen',
  'kjk-look-back': 'Terugkijken',
  'kjk-mindmap': 'Beeldvormen',
  'kjk-action-card': 'Wat zet het gesprek in gang?',
  'kjk-word-cloud': 'Wat versta jij onder eigen kracht?',
};

await mkdir(path.join(root, 'dist/standalone'), { recursive: true });
for (const [tag, title] of Object.entries(WORK_FORMATS)) {
  const bundle = await readFile(path.join(root, `dist/cdn/${tag}.js`), 'utf8');
  // A literal "</script" inside the code would end the inline script early.
  const script = bundle.replace(/<\/script/gi, '<\\/script');
  const html = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
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
console.log(`Standalone pages: ${Object.keys(WORK_FORMATS).map((t) => `dist/standalone/${t}.html`).join(', ')}`);
