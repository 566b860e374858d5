// `npm run bench`: sizes and timings of every drop-in bundle against two references, in headless
// Chromium. Never part of `npm test` (timings vary); sizes are held to budgets in the build.
//  - floor: Lit plus one element, bundled like our bundles;
//  - peer: the same card, a textarea and previous/next buttons from Shoelace's CDN build.
// Then the fan's interactions (open, next, showCard, close, a step, a note) at 1× and 4× CPU against
// the floor's own click (bench/interactions.mjs).
// Prints a table and writes bench/results.json.
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import path from 'node:path';
import { buildFloor, launch, machine, root, serve, stat } from './lib.mjs';
import { measureWorksheets } from './worksheet.mjs';
import { buildFloorClick, interactionPages, measureInteractions, reportInteractions } from './interactions.mjs';

const RUNS = 11;
const SHOELACE = '/node_modules/@shoelace-style/shoelace/cdn';


/** Each file compressed on its own, as a server sends it; the sums are what a page downloads. */
const sizes = (buffers) => {
  const sum = (f) => buffers.reduce((n, b) => n + f(b), 0);
  return { raw: sum((b) => b.length), gzip: sum((b) => gzipSync(b, { level: 9 }).length), brotli: sum((b) => brotliCompressSync(b).length), files: buffers.length };
};

const page = (head, body) => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`;

const LOADER = '<script type="module" src="/dist/cdn/kjk.js"></script>';
const single = (name) => `<script type="module" src="/dist/cdn/single/${name}.js"></script>`;
const SIX_FORMATS = ['kjk-look-back', 'kjk-octagon', 'kjk-circle-quadrant', 'kjk-mindmap', 'kjk-action-card', 'kjk-word-cloud']
  .map((tag) => `<${tag} persist="none"></${tag}>`)
  .join('');

/** Subjects: how a page loads them, and how to tell their card is on screen. */
const subjects = {
  floor: { html: page('<script type="module" src="/bench/dist/floor.js"></script>', '<floor-element></floor-element>'), ready: 'floor-element' },
  peer: {
    html: page(
      `<link rel="stylesheet" href="${SHOELACE}/themes/light.css"><script type="module" src="${SHOELACE}/components/card/card.js"></script>` +
        `<script type="module" src="${SHOELACE}/components/textarea/textarea.js"></script><script type="module" src="${SHOELACE}/components/button/button.js"></script>`,
      `<sl-card><h2 slot="header">Aanleiding</h2><p>Het uitgaan van de ‘eigen kracht’ van jeugdigen en hun opvoeders…</p>
       <sl-textarea label="Notitie"></sl-textarea><div slot="footer"><sl-button>Vorige</sl-button> <sl-button>Volgende</sl-button></div></sl-card>`,
    ),
    ready: 'sl-card',
  },
  // The page types of issue 14, each with the loader kjk.js (the default drop-in) and a target
  // for its first card painted at 4× CPU, as a ratio to the floor's.
  'card (kjk.js)': { html: page(LOADER, '<kjk-card card="intro"></kjk-card>'), ready: 'kjk-card', target: 1.3 },
  'work format (kjk.js)': { html: page(LOADER, '<kjk-octagon persist="none"></kjk-octagon>'), ready: 'kjk-octagon', target: 1.3 },
  'fan (kjk.js)': { html: page(LOADER, '<kjk-fan card="intro" persist="none"></kjk-fan>'), ready: 'kjk-fan', target: 1.5 },
  'fan, English (kjk.js)': { html: page(LOADER, '<kjk-fan card="intro" persist="none" lang="en"></kjk-fan>'), ready: 'kjk-fan', target: 1.5 },
  'fan + 6 formats (kjk.js)': { html: page(LOADER, `<kjk-fan card="intro" persist="none"></kjk-fan>${SIX_FORMATS}`), ready: 'kjk-fan' },
  // The same with the single-file bundles of dist/cdn/single, for comparison.
  'card (single)': { html: page(single('kjk-card'), '<kjk-card card="intro"></kjk-card>'), ready: 'kjk-card' },
  'work format (single)': { html: page(single('kjk-octagon'), '<kjk-octagon persist="none"></kjk-octagon>'), ready: 'kjk-octagon' },
  'fan (single)': { html: page(single('kjk-fan'), '<kjk-fan card="intro" persist="none"></kjk-fan>'), ready: 'kjk-fan' },
  'fan + 6 formats (single)': { html: page(single('kjk'), `<kjk-fan card="intro" persist="none"></kjk-fan>${SIX_FORMATS}`), ready: 'kjk-fan' },
};

/** Time from navigation start to the first frame in which the element's shadow root shows its card. */
async function firstCardPainted(browser, url, ready, throttle) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.createBrowserContext();
    const tab = await context.newPage();
    if (throttle) await tab.emulateCPUThrottling(throttle);
    await tab.evaluateOnNewDocument((selector) => {
      const check = () => {
        const el = document.querySelector(selector);
        if (el?.shadowRoot?.childElementCount && el.getBoundingClientRect().height > 0) {
          requestAnimationFrame(() => (window.__painted = performance.now()));
        } else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    }, ready);
    await tab.goto(url, { waitUntil: 'load' });
    await tab.waitForFunction(() => window.__painted !== undefined, { timeout: 20000 });
    times.push(await tab.evaluate(() => window.__painted));
    await context.close();
  }
  return stat(times);
}

/** Bytes of every script the page loads (the peer loads many chunks). */
async function scriptBytes(browser, url) {
  const tab = await browser.newPage();
  const bodies = [];
  tab.on('response', async (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.buffer().catch(() => Buffer.alloc(0)));
  });
  await tab.goto(url, { waitUntil: 'networkidle0' });
  const buffers = await Promise.all(bodies);
  await tab.close();
  return sizes(buffers);
}

async function heapAfterEveryCard(browser, base) {
  const tab = await browser.newPage();
  await tab.goto(`${base}/${encodeURIComponent('fan (kjk.js)')}`, { waitUntil: 'networkidle0' });
  const ids = await tab.evaluate(async () => {
    const fan = document.querySelector('kjk-fan');
    fan.open();
    await fan.updateComplete;
    return [...fan.shadowRoot.querySelectorAll('.strip')].map((_, i) => i);
  });
  for (const i of ids) {
    await tab.evaluate(async (index) => {
      const fan = document.querySelector('kjk-fan');
      fan.goTo(index);
      await fan.updateComplete;
    }, i);
  }
  await tab.evaluate(() => window.gc?.());
  const { JSHeapUsedSize } = await tab.metrics();
  await tab.close();
  return JSHeapUsedSize;
}

await buildFloor('floor');
await buildFloorClick();
const pages = { ...Object.fromEntries(Object.entries(subjects).map(([name, s]) => [`/${name}`, s.html])), ...interactionPages };
const server = await serve(pages);
const browser = await launch();
const results = { machine: machine(), date: new Date().toISOString(), runs: RUNS, bundles: {}, subjects: {} };
try {
  for (const folder of ['dist/cdn', 'dist/cdn/single']) {
    for (const file of (await readdir(path.join(root, folder))).filter((f) => f.endsWith('.js')).sort()) {
      results.bundles[path.relative('dist/cdn', path.join(folder, file))] = sizes([await readFile(path.join(root, folder, file))]);
    }
  }
  for (const [name, subject] of Object.entries(subjects)) {
    const url = `${server.base}/${name}`;
    results.subjects[name] = {
      bytes: await scriptBytes(browser, url),
      firstCardMs: await firstCardPainted(browser, url, subject.ready, 0),
      firstCardMs4xCpu: await firstCardPainted(browser, url, subject.ready, 4),
    };
  }
  results.heapAfterEveryCardBytes = await heapAfterEveryCard(browser, server.base);
  results.worksheets = await measureWorksheets(browser, server.base);
  results.interactions = await measureInteractions(browser, server.base);
} finally {
  await browser.close();
  server.close();
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
console.log(`\nken-je-kracht benchmark — headless Chromium, ${results.machine}, median of ${RUNS} runs\n`);
console.log('bundle                    raw        gzip     brotli');
for (const [file, s] of Object.entries(results.bundles)) {
  console.log(`${file.padEnd(24)} ${kb(s.raw).padStart(9)} ${kb(s.gzip).padStart(10)} ${kb(s.brotli).padStart(10)}`);
}
const { floor, peer } = results.subjects;
console.log('\nfirst card painted            scripts (gzip)   time        time (4× CPU)   vs floor: bytes / time (target)   vs peer: bytes / time');
for (const [name, s] of Object.entries(results.subjects)) {
  const target = subjects[name].target;
  const timeRatio = s.firstCardMs4xCpu.median / floor.firstCardMs4xCpu.median;
  const verdict = target ? ` (≤ ${target.toFixed(1)}× ${timeRatio <= target ? 'met' : 'NOT MET'})` : '';
  console.log(
    `${name.padEnd(27)} ${`${kb(s.bytes.gzip)} (${s.bytes.files})`.padStart(16)}   ${`${s.firstCardMs.median} ms`.padEnd(10)}  ${`${s.firstCardMs4xCpu.median} ms`.padEnd(14)}  ` +
      `${ratio(s.bytes.gzip, floor.bytes.gzip)} / ${ratio(s.firstCardMs4xCpu.median, floor.firstCardMs4xCpu.median)}${verdict}`.padEnd(34) +
      `${ratio(s.bytes.gzip, peer.bytes.gzip)} / ${ratio(s.firstCardMs4xCpu.median, peer.firstCardMs4xCpu.median)}`,
  );
}
console.log(`\nJS heap after opening every card in the fan: ${(results.heapAfterEveryCardBytes / 2 ** 20).toFixed(1)} MB`);
for (const [tag, r] of Object.entries(results.worksheets)) {
  console.log(`${tag}: ${r.notes} notes, keystroke → saved ${r.keystrokeMs.median} ms median (p95 ${r.keystrokeMs.p95}), full render ${r.renderMs.median} ms`);
}
console.log(reportInteractions(results.interactions));
await mkdir(path.join(root, 'bench'), { recursive: true });
await writeFile(path.join(root, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
console.log('\nWritten: bench/results.json');
