import json from '@rollup/plugin-json';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyCss } from './scripts/rollup-minify-css.mjs';

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

/** Drop-in bundles for a page with nothing but a script tag: file name → entry. */
const cdnEntries = {
  'kjk.js': 'src/index.ts',
  'kjk-card.js': 'src/card.ts',
  'kjk-fan.js': 'src/fan.ts',
  'kjk-session.js': 'src/session.ts',
  'kjk-tension-card.js': 'src/tension-card.ts',
  'kjk-octagon.js': 'src/octagon.ts',
  'kjk-circle-quadrant.js': 'src/circle-quadrant.ts',
  'kjk-look-back.js': 'src/look-back.ts',
  'kjk-mindmap.js': 'src/mindmap.ts',
  'kjk-action-card.js': 'src/action-card.ts',
  'kjk-word-cloud.js': 'src/word-cloud.ts',
};

const dependencies = ['lit', '@lit/context', 'tslib', 'valibot', 'docx'];

/**
 * The Word library stays out of the drop-in bundles: `inlineDynamicImports` would put it into
 * every one of them. Its dynamic import becomes a load of dist/cdn/kjk-docx.js, found beside the
 * bundle by the bundle's own URL, and only when someone asks for a Word file.
 */
function docxBeside() {
  return {
    name: 'docx-beside',
    transform(code, id) {
      if (!/document[\\/]docx\.ts$/.test(id)) return null;
      const replaced = code.replace(/import\((['"])\.\/docx-writer\.js\1\)/, "import(new URL('./kjk-docx.js', import.meta.url).href)");
      if (replaced === code) this.error('docx.ts no longer imports ./docx-writer.js: update docxBeside in rollup.config.mjs');
      return { code: replaced, map: null };
    },
  };
}

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
  ...Object.entries(cdnEntries).map(([file, input]) => ({
    input,
    plugins: [
      resolve({ browser: true, exportConditions: ['production'] }),
      minifyCss(),
      json({ preferConst: true }),
      typescript({ tsconfig: './tsconfig.json', declaration: false, sourceMap: false, outDir: 'dist/cdn' }),
      // After typescript, which compiles from the files on disk and so ignores earlier transforms.
      docxBeside(),
      terser({ ecma: 2021, module: true, format: { comments: false } }),
    ],
    output: { file: `dist/cdn/${file}`, format: 'es', inlineDynamicImports: true },
  })),
  // The Word library, loaded by the bundles above only when a Word file is asked for.
  {
    input: 'src/internal/document/docx-writer.ts',
    plugins: [
      resolve({ browser: true }),
      typescript({ tsconfig: './tsconfig.json', declaration: false, sourceMap: false, outDir: 'dist/cdn' }),
      terser({ ecma: 2021, module: true, format: { comments: false } }),
    ],
    output: { file: 'dist/cdn/kjk-docx.js', format: 'es', inlineDynamicImports: true },
  },
  // The runtime of the LMS packages: inlined into their index.html, never part of the npm package.
  {
    input: 'src/lms/runtime.ts',
    plugins: [
      resolve({ browser: true }),
      json({ preferConst: true }),
      typescript({ tsconfig: './tsconfig.json', declaration: false, sourceMap: false, outDir: 'dist/lms' }),
      terser({ ecma: 2021, module: true, format: { comments: false } }),
    ],
    output: { file: 'dist/lms/kjk-lms-runtime.js', format: 'es', inlineDynamicImports: true },
  },
];
