// The Lit template minifier (rollup.config.mjs, litTemplates) rewrites every html`…`, svg`…` and
// css`…` of the drop-in files. This proves it changed nothing a user sees: it builds kjk.js once
// more without it and renders every element from both files in Chromium, in Dutch and English,
// comparing the visible text, every attribute of every node and the computed styles that shape
// the layout. Run by `npm test` after the build; exits 1 on any difference.
import { rollup } from 'rollup';
import { mkdirSync, rmSync } from 'node:fs';
import { serve, launch } from '../bench/lib.mjs';
process.env.ROLLUP_WATCH = '1';
const configs = (await import('../rollup.config.mjs')).default;
const cfg = configs.find((c) => c.output?.file === 'dist/cdn/single/kjk.js');
const b = await rollup({ ...cfg, plugins: cfg.plugins.filter((p) => p.name !== 'minify-html-literals'), onwarn: () => {} });
mkdirSync('dist/cdn/single/nomin', { recursive: true });
await b.write({ file: 'dist/cdn/single/nomin/kjk.js', format: 'es', inlineDynamicImports: true });
const body = `<kjk-fan></kjk-fan><kjk-fan card="knowledge-1" storage-key="b"></kjk-fan><kjk-fan mode="steps" storage-key="c"></kjk-fan><kjk-card card="intro"></kjk-card><kjk-card card="tension-3"></kjk-card><kjk-tension-card card="tension-2"></kjk-tension-card>
<kjk-octagon></kjk-octagon><kjk-circle-quadrant></kjk-circle-quadrant><kjk-look-back></kjk-look-back><kjk-mindmap></kjk-mindmap><kjk-action-card></kjk-action-card><kjk-word-cloud></kjk-word-cloud><kjk-session></kjk-session>`;
const page = (src) => `<!doctype html><html lang="nl"><body>${body}<script type="module" src="${src}"></script></body></html>`;
const { base, close } = await serve({ '/a.html': page('/dist/cdn/single/kjk.js'), '/b.html': page('/dist/cdn/single/nomin/kjk.js') });
const browser = await launch();
async function texts(url, lang) {
  const p = await browser.newPage();
  await p.goto(base + url);
  await p.evaluate((lang) => document.documentElement.lang = lang, lang);
  await new Promise((r) => setTimeout(r, 1500));
  const out = await p.evaluate(async () => {
    const all = [...document.body.children].filter((e) => e.localName.startsWith('kjk-'));
    await Promise.all(all.map((e) => e.updateComplete));
    const walk = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? walk(el.shadowRoot) : [])]);
    const nodes = (e) => walk(e.shadowRoot);
    const visibleText = (e) =>
      [...e.shadowRoot.children].map((c) => c.innerText ?? '').join('\n').replace(/[ \t]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
    const attributes = (n) => `${n.localName}:${[...n.attributes].map((a) => `${a.name}=${a.value}`).sort().join(',')}`;
    const LAYOUT = ['display', 'color', 'background-color', 'font-size', 'font-weight', 'padding', 'margin', 'border', 'grid-template-columns',
      'position', 'width', 'height', 'outline', 'forced-color-adjust', 'content-visibility', 'gap', 'flex-wrap', 'line-height', 'box-shadow', 'transform', 'transition'];
    const styles = (n) => { const cs = getComputedStyle(n); return `${n.localName}:${LAYOUT.map((k) => cs.getPropertyValue(k)).join(';')}`; };
    return all.map((e) => ({
      tag: e.localName,
      text: visibleText(e),
      inner: nodes(e).map(attributes).join('|'),
      style: nodes(e).map(styles).join('|'),
      rendered: e.shadowRoot.innerHTML.length,
    }));
  });
  await p.close();
  return out;
}
let differences = 0;
for (const lang of ['nl', 'en']) {
  const [a, b2] = [await texts('/a.html', lang), await texts('/b.html', lang)];
  a.forEach((x, i) => {
    const y = b2[i];
    if (x.text !== y.text || x.inner !== y.inner || x.style !== y.style) differences++;
    else return;
    console.log(lang, x.tag, x.text === y.text ? 'same text' : 'TEXT DIFFERS', x.inner === y.inner ? 'same attrs' : 'ATTRS DIFFER', x.style === y.style ? 'same styles' : 'STYLES DIFFER', x.rendered, y.rendered);
    if (x.text !== y.text) { let k = 0; while (x.text[k] === y.text[k]) k++; console.log('  min:', JSON.stringify(x.text.slice(Math.max(0, k - 60), k + 60)), '\n  raw:', JSON.stringify(y.text.slice(Math.max(0, k - 60), k + 60))); }
    if (x.style !== y.style) { const xa = x.style.split('|'), ya = y.style.split('|'); const k = xa.findIndex((v, j) => v !== ya[j]); console.log('  min:', xa[k], '\n  raw:', ya[k]); }
    if (x.inner !== y.inner) { const xa = x.inner.split('|'), ya = y.inner.split('|'); const k = xa.findIndex((v, j) => v !== ya[j]); console.log('  min:', xa[k], '\n  raw:', ya[k]); }
  });
}
await browser.close();
close();
// The size report walks dist/cdn: nothing of this check may stay there.
rmSync('dist/cdn/single/nomin', { recursive: true, force: true });
if (differences) {
  console.error(`check-minified: ${differences} element(s) render differently from the minified kjk.js`);
  process.exit(1);
}
console.log('check-minified: every element renders the same from the minified kjk.js (nl, en)');
