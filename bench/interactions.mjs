// Benchmark (never a test): how long the fan keeps the main thread busy when someone uses it.
// Each interaction is a real input (puppeteer's keyboard or mouse, so the browser sees trusted
// events) on a page with `kjk.js` and `<kjk-fan persist="none">` at 1280 × 900, at 1× and at 4× CPU
// throttling. Per interaction it reports
//  - the longest main-thread task from the input until the page is quiet again, read from a
//    Chromium trace (every task, also those under the 50 ms of the Long Tasks API);
//  - input → next paint: from the input event's own time stamp to the end of the first frame
//    rendered after it (requestAnimationFrame, then a message, which runs right after that frame's
//    style, layout and paint), like INP;
//  - the Event Timing API's duration of the interaction (INP's own figure; the API reports only
//    16 ms and more, in steps of 8 ms).
// The floor is Lit plus one element whose button counts clicks (bench/floor-click.js).
// Run after `npm run build`: `npm run bench:interactions` (or as part of `npm run bench`).
// KJK_BENCH_RUNS=n sets the runs, KJK_BENCH_THROTTLES=1,4 the CPU throttles; KJK_BENCH_PROFILE=1 prints
// what each longest task spent its time on, KJK_BENCH_TRACE_DIR=dir keeps the traces (DevTools opens them).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFloor, launch, machine, root, serve, stat } from './lib.mjs';

export const INTERACTION_RUNS = Number(process.env.KJK_BENCH_RUNS) || 7;
const THROTTLES = (process.env.KJK_BENCH_THROTTLES ?? "1,4").split(",").map(Number);
const SETTLE_MS = 600;
const FAN = 'kjk-fan';

const page = (head, body) =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`;

export const interactionPages = {
  '/interaction-floor': page('<script type="module" src="/bench/dist/floor-click.js"></script>', '<floor-click></floor-click>'),
  '/interaction-fan': page('<script type="module" src="/dist/cdn/kjk.js"></script>', '<kjk-fan persist="none"></kjk-fan>'),
};

export const buildFloorClick = () => buildFloor('floor-click');

/** In the page before anything loads: watches the next input and what the browser says about it. */
function probe() {
  const state = { start: 0, input: undefined, painted: undefined, events: [], longTasks: [] };
  new PerformanceObserver((list) => state.events.push(...list.getEntries())).observe({ type: 'event', durationThreshold: 16 });
  new PerformanceObserver((list) => state.longTasks.push(...list.getEntries())).observe({ type: 'longtask' });
  const onInput = (event) => {
    if (!event.isTrusted || state.input !== undefined || !state.start) return;
    state.input = event.timeStamp;
    // After the first frame that follows the input: rAF runs before its style, layout and paint,
    // a message posted there runs right after them.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (state.painted = performance.now());
      channel.port2.postMessage(0);
    });
  };
  addEventListener('keydown', onInput, true);
  addEventListener('click', onInput, true);
  window.__bench = {
    arm() {
      Object.assign(state, { start: performance.now(), input: undefined, painted: undefined, events: [], longTasks: [] });
    },
    async settle(ms) {
      while (state.painted === undefined) await new Promise((r) => setTimeout(r, 10));
      await new Promise((r) => setTimeout(r, ms));
    },
    collect() {
      const events = state.events.filter((e) => e.startTime >= state.start && e.interactionId);
      const longTasks = state.longTasks.filter((e) => e.startTime >= state.start);
      const result = {
        paintMs: state.painted - state.input,
        eventMs: events.length ? Math.max(...events.map((e) => e.duration)) : 0,
        longTaskApiMs: longTasks.length ? Math.max(...longTasks.map((e) => e.duration)) : 0,
      };
      state.start = 0;
      return result;
    },
  };
}

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'];

/** The longest task on the page's main thread (the renderer thread that handled the input). */
function longestTask(traceBuffer) {
  const { traceEvents } = JSON.parse(Buffer.from(traceBuffer).toString("utf8"));
  const mains = new Set(
    traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const handled = traceEvents.find((e) => e.name === 'EventDispatch' && mains.has(`${e.pid}:${e.tid}`));
  if (!handled) return NaN;
  const thread = `${handled.pid}:${handled.tid}`;
  let longest;
  for (const e of traceEvents) {
    if (e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && `${e.pid}:${e.tid}` === thread) {
      if (!longest || e.dur > longest.dur) longest = e;
    }
  }
  if (!longest) return 0;
  if (process.env.KJK_BENCH_PROFILE) printTask(traceEvents, thread, longest);
  return longest.dur / 1000;
}

/** KJK_BENCH_PROFILE=1: what the longest task spent its time on (events of 1 ms and more, nested). */
function printTask(traceEvents, thread, task) {
  const end = task.ts + task.dur;
  const inside = traceEvents
    .filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === thread && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end && e !== task && e.dur >= 1000)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack = [];
  for (const e of inside) {
    while (stack.length && stack.at(-1) <= e.ts) stack.pop();
    const detail = e.args?.data?.functionName || e.args?.data?.type || e.args?.data?.url?.split('/').pop() || '';
    console.log(`${'  '.repeat(stack.length + 1)}${e.name} ${(e.dur / 1000).toFixed(1)} ms ${detail}`);
    stack.push(e.ts + e.dur);
  }
}

const shadow = (selector) => `${FAN} >>> ${selector}`;

async function fanCall(tab, body) {
  await tab.evaluate(body);
  await tab.evaluate(async () => {
    await document.querySelector('kjk-fan').updateComplete;
    await new Promise((r) => setTimeout(r, 400));
  });
}

/**
 * The fan's interactions in the order a person meets them; `setup` brings the fan where the
 * input makes sense (not measured), `input` is the measured input.
 */
const fanInteractions = [
  {
    name: 'open the fan (cover → overview)',
    setup: (tab) => tab.evaluate(() => document.querySelector('kjk-fan').shadowRoot.querySelector('[data-action="open"]').focus()),
    input: (tab) => tab.keyboard.press('Enter'),
  },
  { name: 'next strip in the overview (→)', input: (tab) => tab.keyboard.press('ArrowRight') },
  { name: 'open a card (Enter on a strip)', input: (tab) => tab.keyboard.press('Enter') },
  { name: 'next card (→)', input: (tab) => tab.keyboard.press('ArrowRight') },
  { name: 'previous card (←)', input: (tab) => tab.keyboard.press('ArrowLeft') },
  { name: 'showCard (click a section)', input: (tab) => tab.click(shadow('.section-button[data-section="tension"]')) },
  { name: 'close the card (Esc → overview)', input: (tab) => tab.keyboard.press('Escape') },
  {
    name: 'next step in the step plan (click)',
    setup: (tab) => fanCall(tab, () => document.querySelector('kjk-fan').startSteps()),
    input: (tab) => tab.click(shadow('.step-nav .button:not(.quiet)')),
  },
  {
    name: 'add a note in a worksheet (Enter)',
    setup: async (tab) => {
      await fanCall(tab, () => {
        const fan = document.querySelector('kjk-fan');
        fan.goToStep(6);
        fan.session.update((s) => void (s.plan.workFormat = 2));
      });
      await tab.waitForSelector(shadow('kjk-octagon >>> .zone textarea.field'));
      await tab.click(shadow('kjk-octagon >>> .zone textarea.field'));
      await tab.keyboard.type('Een notitie');
    },
    input: (tab) => tab.keyboard.press('Enter'),
    check: (tab) =>
      tab.evaluate(() => {
        const octagon = document.querySelector('kjk-fan').shadowRoot.querySelector('kjk-octagon');
        return octagon.shadowRoot.querySelectorAll('.note').length > 0;
      }),
  },
];

const floorInteractions = [{ name: 'floor: click its button', input: (tab) => tab.click('floor-click >>> button') }];

async function measure(tab, interaction) {
  await interaction.setup?.(tab);
  await tab.evaluate(() => window.__bench.arm());
  await tab.tracing.start({ categories: TRACE_CATEGORIES });
  await interaction.input(tab);
  await tab.evaluate((ms) => window.__bench.settle(ms), SETTLE_MS);
  const trace = await tab.tracing.stop();
  if (process.env.KJK_BENCH_TRACE_DIR) {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path.join(process.env.KJK_BENCH_TRACE_DIR, `${interaction.name.replace(/\W+/g, '-')}.json`), trace);
  }
  const inPage = await tab.evaluate(() => window.__bench.collect());
  if (interaction.check && !(await interaction.check(tab))) throw new Error(`${interaction.name}: the input did not do its work`);
  return { ...inPage, longestTaskMs: longestTask(trace) };
}

async function runSequence(browser, base, pathname, ready, interactions, throttle) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport({ width: 1280, height: 900 });
  await tab.evaluateOnNewDocument(probe);
  await tab.goto(`${base}${pathname}`, { waitUntil: 'networkidle0' });
  await tab.waitForFunction((tag) => document.querySelector(tag)?.shadowRoot?.childElementCount, {}, ready);
  await new Promise((r) => setTimeout(r, 300));
  await tab.emulateCPUThrottling(throttle);
  const out = {};
  for (const interaction of interactions) {
    if (process.env.KJK_BENCH_PROFILE) console.log(`\n${interaction.name} (${throttle}× CPU)`);
    out[interaction.name] = await measure(tab, interaction);
  }
  await context.close();
  return out;
}

const summarise = (runs, name) => {
  const of = (key) => stat(runs.map((r) => r[name][key]));
  return { longestTaskMs: of('longestTaskMs'), paintMs: of('paintMs'), eventMs: of('eventMs'), longTaskApiMs: of('longTaskApiMs') };
};

/** Medians over INTERACTION_RUNS fresh pages, per throttle: `{ '1x': { name: {…} }, '4x': … }`. */
export async function measureInteractions(browser, base) {
  const results = {};
  for (const throttle of THROTTLES) {
    const key = `${throttle}x`;
    results[key] = {};
    for (const [pathname, ready, list] of [
      ['/interaction-floor', 'floor-click', floorInteractions],
      ['/interaction-fan', FAN, fanInteractions],
    ]) {
      const runs = [];
      for (let i = 0; i < INTERACTION_RUNS; i++) runs.push(await runSequence(browser, base, pathname, ready, list, throttle));
      for (const { name } of list) results[key][name] = summarise(runs, name);
    }
  }
  return results;
}

export function reportInteractions(results, runs = INTERACTION_RUNS) {
  const lines = [];
  const floor = 'floor: click its button';
  const fmt = (n) => `${Math.round(n)} ms`;
  const ev = (n) => (n ? `${Math.round(n)} ms` : '< 16');
  lines.push(`\nInteractions — kjk.js + <kjk-fan> at 1280 × 900, real input, median of ${runs} runs (longest task from the trace;`);
  lines.push('input → paint from the event time stamp to the end of the next frame; Event Timing duration like INP)');
  lines.push(
    `${'interaction'.padEnd(38)} ${'longest task 1× / 4×'.padEnd(22)} ${'input→paint 1× / 4×'.padEnd(22)} ${'Event Timing 1× / 4×'.padEnd(22)} vs floor (4×: task / paint)`,
  );
  for (const name of Object.keys(results['1x'])) {
    const a = results['1x'][name];
    const b = results['4x'][name];
    const f = results['4x'][floor];
    lines.push(
      `${name.padEnd(38)} ${`${fmt(a.longestTaskMs.median)} / ${fmt(b.longestTaskMs.median)}`.padEnd(22)} ` +
        `${`${fmt(a.paintMs.median)} / ${fmt(b.paintMs.median)}`.padEnd(22)} ${`${ev(a.eventMs.median)} / ${ev(b.eventMs.median)}`.padEnd(22)} ` +
        `${(b.longestTaskMs.median / f.longestTaskMs.median).toFixed(1)}× / ${(b.paintMs.median / f.paintMs.median).toFixed(1)}×`,
    );
  }
  return lines.join('\n');
}

async function main() {
  await buildFloorClick();
  const server = await serve(interactionPages);
  const browser = await launch();
  let results;
  try {
    results = await measureInteractions(browser, server.base);
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`ken-je-kracht interaction benchmark — headless Chromium, ${machine()}`);
  console.log(reportInteractions(results));
  if (process.argv.includes('--json')) console.log(JSON.stringify(results, null, 2));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await main();
}
