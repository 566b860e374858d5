/**
 * Renders markup with our elements on the server, as a site's Node server would: @lit-labs/ssr with
 * the built npm entries (dist/index.js, what `import 'ken-je-kracht'` gets). Its own process, so the
 * DOM shim that @lit-labs/ssr installs never leaks into the test runner, and a rebuilt dist/ counts.
 *
 *   node scripts/ssr-render.mjs '<kjk-fan></kjk-fan>'  → JSON { html, errors, warnings } on stdout
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

const errors = [];
const warnings = [];
// What the elements say while rendering on the server counts: a warning there is one a site's log shows.
console.error = (...args) => errors.push(args.join(' '));
console.warn = (...args) => warnings.push(args.join(' '));

const markup = process.argv[2] ?? '';
const { loadEnglish } = await import('../dist/index.js');
// English is loaded on demand (issue 14); a server has it at hand for any request.
await loadEnglish();
// Static markup as one template without expressions: lit-html renders it as the page's own HTML.
const strings = Object.assign([markup], { raw: [markup] });
const rendered = await collectResult(render(html(strings)));
process.stdout.write(JSON.stringify({ html: rendered, errors, warnings }));
