import json from '@rollup/plugin-json';
import resolve from '@rollup/plugin-node-resolve';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { rmSync } from 'node:fs';

/** Public entry points: `.` registers everything, one subpath per element, `classes` registers nothing. */
const npmEntries = {
  index: 'src/index.ts',
  card: 'src/card.ts',
  fan: 'src/fan.ts',
  session: 'src/session.ts',
  'tension-card': 'src/tension-card.ts',
  octagon: 'src/octagon.ts',
  'circle-quadrant': 'src/circle-quadrant.ts',
  'look-back': 'src/look-back.ts',
  'mindmap': 'src/mindmap.ts',
  'action-card': 'src/action-card.ts',
  'word-cloud': 'src/word-cloud.ts',
  classes: 'src/classes.ts',
};

/** The elements of the drop-in files: file name (without .js) → entry. */
const elementEntries = {
  'kjk-card': 'src/card.ts',
  'kjk-fan': 'src/fan.ts',
  'kjk-session': 'src/session.ts',
  'kjk-tension-card': 'src/tension-card.ts',
  'kjk-octagon': 'src/octagon.ts',
  'kjk-circle-quadrant': 'src/circle-quadrant.ts',
  'kjk-look-back': 'src/look-back.ts',
  'kjk-mindmap': 'src/mindmap.ts',
  'kjk-action-card': 'src/action-card.ts',
  'kjk-word-cloud': 'src/word-cloud.ts',
};

/**
 * dist/cdn: the chunk graph (issue 14). `kjk.js` is the loader, which imports an element's entry
 * when its tag appears; one small entry per element (kjk-octagon.js …); what entries share (Lit,
 * the session, the worksheet machinery, styles, texts) lives once in dist/cdn/chunks/, so a page
 * with several elements downloads each part once, and parts used later (English, the step plan,
 * print, export …) arrive when first needed.
 */
const chunkedInputs = { kjk: 'src/cdn/loader.ts', ...elementEntries };

/**
 * dist/cdn/single: each drop-in file self-contained (Lit and all, everything it may ever need), one
 * request, for pages that want exactly that; the standalone HTML and the LMS packages inline them.
 */
const singleEntries = { 'kjk.js': 'src/index.ts', ...Object.fromEntries(Object.entries(elementEntries).map(([name, input]) => [`${name}.js`, input])) };

// Nothing stale (old chunk hashes) may stay behind in dist/cdn: the size report walks it.
if (!process.env.ROLLUP_WATCH) rmSync('dist/cdn', { recursive: true, force: true });

const dependencies = ['lit', '@lit/context', 'tslib', 'docx'];

/**
 * The Word library stays out of the drop-in files: in the single-file bundles `inlineDynamicImports`
 * would put it into every one of them. Its dynamic import becomes a load of `kjk-docx.js` at the top
 * of the output folder (dist/cdn for the chunk graph, dist/cdn/single for the single files: each
 * folder has its copy, so single/ stands on its own), found by the importing file's own URL, and
 * only when someone asks for a Word file. The path is written per output file, since a chunk in
 * chunks/ is one folder down.
 */
function docxBeside() {
  const PLACEHOLDER = '__KJK_DOCX_BESIDE__';
  return {
    name: 'docx-beside',
    transform(code, id) {
      if (!/document[\\/]docx\.ts$/.test(id)) return null;
      const replaced = code.replace(/import\((['"])\.\/docx-writer\.js\1\)/, `import(new URL('${PLACEHOLDER}', import.meta.url).href)`);
      if (replaced === code) this.error('docx.ts no longer imports ./docx-writer.js: update docxBeside in rollup.config.mjs');
      return { code: replaced, map: null };
    },
    renderChunk(code, chunk) {
      if (!code.includes(PLACEHOLDER)) return null;
      const up = chunk.fileName.split('/').length - 1;
      return { code: code.replaceAll(PLACEHOLDER, up ? `${'../'.repeat(up)}kjk-docx.js` : './kjk-docx.js'), map: null };
    },
  };
}

/**
 * The live connection (Yjs, the provider, the crypto; issue 15) stays out of the single-file
 * bundles as the Word library does: their load of it becomes a load of `kjk-live.js` beside them,
 * found by the file's own URL, only when a live session starts or a join link is opened. The
 * chunk graph splits it off as a chunk of its own.
 */
function liveBeside() {
  const PLACEHOLDER = '__KJK_LIVE_BESIDE__';
  return {
    name: 'live-beside',
    transform(code, id) {
      if (!/live[\\/]live-loader\.ts$/.test(id)) return null;
      const replaced = code.replace(/import\((['"])\.\/live-module\.js\1\)/, `import(new URL('${PLACEHOLDER}', import.meta.url).href)`);
      if (replaced === code) this.error('live-loader.ts no longer imports ./live-module.js: update liveBeside in rollup.config.mjs');
      return { code: replaced, map: null };
    },
    renderChunk(code) {
      return code.includes(PLACEHOLDER) ? { code: code.replaceAll(PLACEHOLDER, './kjk-live.js'), map: null } : null;
    },
  };
}

/**
 * content/<lang>/messages.json as one module per area (card, worksheet, fan, …). In a chunk graph a
 * module goes wholly into one chunk; the catalogue as one module would make every element download
 * every element's texts. `import * as nl from '…/messages.json'` then `nl.card` binds to the area's
 * own module.
 */
function messagesByArea() {
  const PREFIX = '\0kjk-messages:';
  return {
    name: 'messages-by-area',
    load(id) {
      if (id.startsWith(PREFIX)) {
        const [file, area] = id.slice(PREFIX.length).split('#');
        // As @rollup/plugin-json with preferConst writes each top-level key.
        return import('node:fs').then(({ readFileSync }) => `const ${area} = ${JSON.stringify(JSON.parse(readFileSync(file, 'utf8'))[area])};\nexport default ${area};`);
      }
      if (!/content[\\/](nl|en)[\\/]messages\.json$/.test(id)) return null;
      return import('node:fs').then(({ readFileSync }) => {
        const areas = Object.keys(JSON.parse(readFileSync(id, 'utf8')));
        this.addWatchFile(id);
        return areas.map((area) => `export { default as ${area} } from ${JSON.stringify(`${PREFIX}${id}#${area}`)};`).join('\n');
      });
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? id : null;
    },
  };
}

/**
 * Lit's html`…`, svg`…` and css`…` literals keep their indentation and line breaks; the Lit-aware
 * minifier collapses them at build time (issue 14). It runs on the compiled JS of our own files
 * (Lit's are already minified); a template it cannot parse fails the build rather than
 * shipping unminified unnoticed.
 */
const litTemplates = () =>
  // These build a tag name from a static expression (<${tag}>), which no HTML parser reads.
  minifyHtmlLiterals({
    include: ['src/**/*.ts'],
    exclude: ['src/internal/heading.ts', 'src/internal/fan/work-format-host.ts'],
    failOnError: true,
  });

/**
 * English on demand (issue 14) is a dynamic import per text area or deck. A single-file bundle
 * carries the English anyway; this makes those imports static again there, so the English sits
 * next to its Dutch as before (gzip finds the shared JSON structure: 1 KB on the cards) and stays
 * cut to the areas and cards the bundle uses. Runs on the compiled code, after typescript.
 */
function englishInline() {
  // import('…/content/en/…' or '…/bundled/en.js').then(({ a, b }) => … or .then(f)
  const pattern = /import\((['"])([^'"]*(?:content\/en\/|bundled\/en\.js)[^'"]*)\1\)\.then\((\(\{([\w\s,]+)\}\)\s*=>)?/g;
  return {
    name: 'english-inline',
    transform(code) {
      if (!/content\/en\/|bundled\/en\.js/.test(code)) return null;
      const imports = [];
      const out = code.replace(pattern, (_, quote, source, destructuring, names) => {
        const prefix = `__english${imports.length}`;
        if (!destructuring) {
          imports.push(`import * as ${prefix} from ${JSON.stringify(source)};`);
          return `Promise.resolve(${prefix}).then(`;
        }
        // Named imports, not the namespace, so tree-shaking keeps only these areas or cards.
        const list = names.split(',').map((n) => n.trim()).filter(Boolean);
        imports.push(`import { ${list.map((n) => `${n} as ${prefix}_${n}`).join(', ')} } from ${JSON.stringify(source)};`);
        return `Promise.resolve({ ${list.map((n) => `${n}: ${prefix}_${n}`).join(', ')} }).then(${destructuring}`;
      });
      // `.then(({ a, b }) => ({ a, b }))` after that is a no-op: gone (a message area's wrapper).
      const identity = /\.then\(\(\{([\w\s,]+)\}\)\s*=>\s*\(\{([\w\s,]+)\}\)\)/g;
      const lean = out.replace(identity, (whole, a, b) => (a.replace(/\s/g, '') === b.replace(/\s/g, '') ? '' : whole));
      return imports.length ? { code: `${imports.join('\n')}\n${lean}`, map: null } : null;
    },
  };
}

/** The plugins of the chunk graph's build. */
const modulePlugins = (dir) => [
  messagesByArea(),
  resolve({ browser: true, exportConditions: ['production'] }),
  json({ preferConst: true, exclude: ['**/messages.json'] }),
  typescript({ tsconfig: './tsconfig.json', declaration: false, sourceMap: false, outDir: dir }),
  // After typescript, which compiles from the files on disk and so ignores earlier transforms.
  docxBeside(),
  litTemplates(),
  terser({ ecma: 2021, module: true, format: { comments: false } }),
];

/**
 * The plugins of a single-file bundle: as on main before issue 14 (the messages catalogue as one
 * JSON module, which tree-shaking cuts to the areas a bundle uses), so dist/cdn stays what it was.
 */
const singlePlugins = (dir) => [
  resolve({ browser: true, exportConditions: ['production'] }),
  json({ preferConst: true }),
  typescript({ tsconfig: './tsconfig.json', declaration: false, sourceMap: false, outDir: dir }),
  // After typescript, which compiles from the files on disk and so ignores earlier transforms.
  docxBeside(),
  liveBeside(),
  englishInline(),
  litTemplates(),
  terser({ ecma: 2021, module: true, format: { comments: false } }),
];

export default [
  {
    input: npmEntries,
    external: (id) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`)),
    plugins: [
      json({ preferConst: true }),
      // No source maps: they would point at src/, which the package does not ship (issue 19).
      typescript({ tsconfig: './tsconfig.json', declaration: true, declarationDir: 'dist', sourceMap: false }),
    ],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: false,
    },
  },
  ...Object.entries(singleEntries).map(([file, input]) => ({
    input,
    plugins: singlePlugins('dist/cdn/single'),
    output: { file: `dist/cdn/single/${file}`, format: 'es', inlineDynamicImports: true },
  })),
  {
    input: chunkedInputs,
    plugins: [
      ...modulePlugins('dist/cdn'),
      {
        // The npm build above writes declarations for every file of src/, the loader's too.
        name: 'no-loader-declaration',
        writeBundle: () => rmSync('dist/cdn/loader.d.ts', { force: true }),
      },
    ],
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      // English on demand (issue 14): all of it, cards and texts, in one chunk that only a page
      // showing English downloads; one request, and it compresses better than its parts apart.
      manualChunks: (id) => (/content[\\/](en[\\/]|bundled[\\/]en\.ts$)/.test(id) ? 'english' : undefined),
    },
  },
  // The Word library, loaded by the files above only when a Word file is asked for; one copy
  // beside the chunk graph and one beside the single-file bundles, so each folder stands on its own.
  {
    input: 'src/internal/document/docx-writer.ts',
    plugins: [
      resolve({ browser: true }),
      typescript({ tsconfig: './tsconfig.json', declaration: false, sourceMap: false, outDir: 'dist/cdn' }),
      terser({ ecma: 2021, module: true, format: { comments: false } }),
    ],
    output: [
      { file: 'dist/cdn/kjk-docx.js', format: 'es', inlineDynamicImports: true },
      { file: 'dist/cdn/single/kjk-docx.js', format: 'es', inlineDynamicImports: true },
    ],
  },
  // The live connection beside the single-file bundles (see liveBeside); the chunk graph has its own chunk.
  {
    input: 'src/internal/live/live-module.ts',
    plugins: [
      resolve({ browser: true }),
      json({ preferConst: true }),
      typescript({ tsconfig: './tsconfig.json', declaration: false, sourceMap: false, outDir: 'dist/cdn/single' }),
      terser({ ecma: 2021, module: true, format: { comments: false } }),
    ],
    output: { file: 'dist/cdn/single/kjk-live.js', format: 'es', inlineDynamicImports: true },
  },
  // The runtime of the LMS packages: inlined into their index.html, never part of the npm package.
  {
    input: 'src/lms/runtime.ts',
    plugins: [
      resolve({ browser: true }),
      json({ preferConst: true }),
      typescript({ tsconfig: './tsconfig.json', declaration: false, sourceMap: false, outDir: 'dist/lms' }),
      englishInline(),
      terser({ ecma: 2021, module: true, format: { comments: false } }),
    ],
    output: { file: 'dist/lms/kjk-lms-runtime.js', format: 'es', inlineDynamicImports: true },
  },
];
