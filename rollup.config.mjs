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

const dependencies = ['lit', '@lit/context', 'tslib', 'valibot'];

export default [
  {
    input: npmEntries,
    external: (id) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`)),
    plugins: [
      json({ preferConst: true }),
      typescript({ tsconfig: './tsconfig.json', declaration: true, declarationDir: 'dist', sourceMap: true }),
    ],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
  },
  ...Object.entries(cdnEntries).map(([file, input]) => ({
    input,
    plugins: [
      resolve({ browser: true, exportConditions: ['production'] }),
      minifyCss(),
      json({ preferConst: true }),
      typescript({ tsconfig: './tsconfig.json', declaration: false, sourceMap: false, outDir: 'dist/cdn' }),
      terser({ ecma: 2021, module: true, format: { comments: false } }),
    ],
    output: { file: `dist/cdn/${file}`, format: 'es', inlineDynamicImports: true },
  })),
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
