// `npm run bench:live` (issue 15; a measurement, not a timed test): one room of a real
// kjk-live-server process with two real browser pages on the built bundle (dist/cdn/kjk.js) — a
// facilitator who starts the room from the panel, and a participant who joins by the real join
// link — and 30 simulated participants (Node HocuspocusProvider clients with their own Y documents)
// that take the room id and key from that link and write real `v1.` ciphertext with the room key,
// so the browsers decrypt what they write. Each keystroke rewrites one note's ciphertext (the
// browser re-encrypts a note as a whole, with a fresh IV), while 28 Node clients keep typing.
//
// Measures, on one clock (Node's performance.timeOrigin + now(); each page's clock is mapped onto
// it by the round trip with the smallest delay, see clockOffset):
// - a real keystroke in the participant's page (puppeteer keyboard, the time the page's keydown
//   listener runs) → the new text in the facilitator's DOM (a MutationObserver in the page, after
//   the reveal, in "Bekijk alle bladen"); the DOM change, not the paint, which follows within a frame;
// - a Node client's write (before encryption) → the text in the facilitator's DOM (the
//   participant on their own sheet), then in the participant's (both pages on every sheet);
// - a Node client's write → decrypted on another Node client.
// And the server process's memory (RSS) and CPU for the room, from /proc. Writes
// bench/live-results.json. Uses ports 4300-4399 only. Exits non-zero when something does not
// become visible within 10 s.
import { createServer as createNetServer } from 'node:net';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import puppeteer from 'puppeteer-core';
import * as Y from 'yjs';
import { connectClient, sleep, startHostPages, startServerProcess, waitFor } from '../test/live-server/helpers.mjs';

const PARTICIPANTS = 30;
const NODE_SAMPLES = 200;
const BROWSER_SAMPLES = 60;
/** Background typing: each other participant presses a key about this often (ms). */
const BACKGROUND_EVERY = 1000;
const VISIBLE_WITHIN = 10_000;
const TAG = 'kjk-octagon';
const SHEET = 'octagon';
const ZONE = 'why';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const chrome = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
const now = () => performance.timeOrigin + performance.now();

// The v1 format of src/internal/live/crypto.ts, with Node's WebCrypto: AES-GCM 256, a fresh 12-byte
// IV per value, the map key as additional data, `v1.` + base64url(iv ‖ ciphertext ‖ tag).
const encoder = new TextEncoder();
/** @param {string} b64url */
const importKey = (b64url) => crypto.subtle.importKey('raw', Buffer.from(b64url, 'base64url'), { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
/** @param {CryptoKey} key @param {string} mapKey @param {unknown} value */
async function encryptValue(key, mapKey, value) {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(mapKey) }, key, encoder.encode(JSON.stringify(value)));
  return `v1.${Buffer.concat([iv, new Uint8Array(sealed)]).toString('base64url')}`;
}
/** @param {CryptoKey} key @param {string} mapKey @param {string} text */
async function decryptValue(key, mapKey, text) {
  const bytes = Buffer.from(text.slice(3), 'base64url');
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes.subarray(0, 12), additionalData: encoder.encode(mapKey) }, key, bytes.subarray(12));
  return JSON.parse(new TextDecoder().decode(plain));
}

/** A free port in 4300-4399 (this machine's share for the bench). */
async function portInRange(skip = new Set()) {
  for (let port = 4300; port < 4400; port += 1) {
    if (skip.has(port)) continue;
    const free = await new Promise((resolve) => {
      const probe = createNetServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('no free port in 4300-4399');
}

/** The server process's resident memory (bytes) and CPU time (s), from /proc. @param {number} pid */
function usage(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rss = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
  // Fields 14 and 15 of /proc/<pid>/stat (after the command in parentheses): user and system ticks.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { rss, cpu: (Number(fields[11]) + Number(fields[12])) / 100 };
}

/** @param {number[]} values @param {number} p */
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const mb = (/** @type {number} */ bytes) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const ms = (/** @type {number} */ value) => Math.round(value * 10) / 10;
/** @param {number[]} values */
const summary = (values) => ({
  p50: ms(percentile(values, 50)),
  p95: ms(percentile(values, 95)),
  max: ms(Math.max(...values)),
  // Below zero would mean the clocks were mapped wrong: shown so a reader can check.
  min: ms(Math.min(...values)),
  samples: values.length,
});

/** A person's device: its own browser context (no shared storage), one page. @param {import('puppeteer-core').Browser} browser @param {string} url */
async function device(browser, url) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(url);
  await page.waitForFunction((t) => customElements.get(t) && document.querySelector(t)?.shadowRoot?.childElementCount, {}, TAG);
  await page.evaluate(installProbes, TAG, VISIBLE_WITHIN);
  const find = (/** @type {string} */ selector) =>
    page.waitForFunction((t, s) => document.querySelector(t)?.shadowRoot?.querySelector(s), { timeout: 15_000 }, TAG, selector);
  return {
    page,
    find,
    async press(/** @type {string} */ selector) {
      await (await find(selector)).click();
    },
    /** Until the element shows `text` (its text or a field's value). @param {string} text @param {string} what */
    async until(text, what) {
      try {
        await page.waitForFunction(
          (t, x) => {
            const r = document.querySelector(t)?.shadowRoot;
            return !!r && (r.textContent?.includes(x) || [...r.querySelectorAll('textarea, input')].some((f) => /** @type {HTMLInputElement} */ (f).value.includes(x)));
          },
          { timeout: 20_000, polling: 100 },
          TAG,
          text,
        );
      } catch {
        throw new Error(`never visible: ${what}`);
      }
    },
  };
}

// In each page: the time of the last keydown, and a watch that resolves with the time `marker`
// first appears in the element's shadow DOM (MutationObserver: text changed or nodes added; runs
// at the end of the microtask that changed the DOM, so its resolution is well under 1 ms).
function installProbes(/** @type {string} */ tag, /** @type {number} */ within) {
  const w = /** @type {any} */ (window);
  const time = () => performance.timeOrigin + performance.now();
  document.addEventListener('keydown', () => (w.kjkKeyAt = time()), true);
  w.kjkWatch = (/** @type {string} */ marker) => {
    const rootNode = /** @type {ShadowRoot} */ (document.querySelector(tag)?.shadowRoot);
    const has = (/** @type {Node} */ node) => (node.nodeType === Node.TEXT_NODE ? /** @type {Text} */ (node).data : node.textContent ?? '').includes(marker);
    w.kjkSeen = new Promise((resolve, reject) => {
      const observer = new MutationObserver((records) => {
        const at = time();
        if (records.some((r) => (r.type === 'characterData' ? has(r.target) : [...r.addedNodes].some(has)))) {
          observer.disconnect();
          clearTimeout(timer);
          resolve(at);
        }
      });
      observer.observe(rootNode, { subtree: true, childList: true, characterData: true });
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`"${marker}" not visible within ${within} ms`));
      }, within);
    });
  };
}

/**
 * How far a page's clock (its timeOrigin + now()) is ahead of Node's: the reading taken in the
 * round trip with the smallest delay, against that round trip's midpoint; ± half that delay.
 * @param {import('puppeteer-core').Page} page
 */
async function clockOffset(page) {
  let best = { offset: 0, error: Infinity };
  for (let i = 0; i < 15; i += 1) {
    const sent = now();
    const there = await page.evaluate(() => performance.timeOrigin + performance.now());
    const back = now();
    if ((back - sent) / 2 < best.error) best = { offset: there - (sent + back) / 2, error: (back - sent) / 2 };
  }
  return best;
}

/**
 * How busy the pages' main threads were since `from` (CDP's TaskDuration: seconds spent in tasks),
 * in % of the wall time: tells a slow figure caused by rendering from one caused by the network.
 * @param {{ page: import('puppeteer-core').Page }[]} devices
 */
async function busy(devices) {
  const read = () => Promise.all(devices.map(async (d) => (await d.page.metrics()).TaskDuration ?? 0));
  const start = { at: performance.now(), tasks: await read() };
  return async () => {
    const tasks = await read();
    const seconds = (performance.now() - start.at) / 1000;
    return tasks.map((t, i) => Math.round(((t - start.tasks[i]) / seconds) * 100));
  };
}

/** @type {Array<() => Promise<unknown> | void>} */
const cleanups = [];
async function cleanUp() {
  while (cleanups.length) await Promise.resolve(cleanups.pop()?.()).catch(() => {});
}
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => void cleanUp().then(() => process.exit(130)));
}

try {
  if (!chrome) throw new Error('no Chromium found (set CHROME_PATH)');
  if (!existsSync(path.join(root, 'dist/cdn/kjk.js'))) throw new Error('dist/cdn/kjk.js is missing: run npm run build first');
  const serverPort = await portInRange();
  const server = await startServerProcess(['--port', String(serverPort), '--quiet', '--throttle', '0']);
  cleanups.push(() => server.stop());
  const pid = /** @type {number} */ (server.child.pid);
  const hostPages = await startHostPages(await portInRange(new Set([serverPort])));
  const pages = { url: hostPages.page(server.url, TAG), close: hostPages.close };
  cleanups.push(() => pages.close());
  // The server settles after its start before its idle memory is read.
  await sleep(1500);
  const idle = usage(pid);

  const browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: ['--no-sandbox'] });
  cleanups.push(() => browser.close());
  const chromium = await browser.version();

  // The facilitator starts the room from the panel; the participant joins by the link it shows.
  const joinStart = performance.now();
  const facilitator = await device(browser, pages.url);
  await facilitator.press('[data-live="start"]');
  await facilitator.find('#live-link');
  const link = await facilitator.page.evaluate((t) => /** @type {HTMLInputElement} */ (document.querySelector(t)?.shadowRoot?.querySelector('#live-link')).value, TAG);
  const match = /#kjk-live=([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/.exec(link);
  if (!match) throw new Error(`the panel's link is not a join link: ${link}`);
  const [, room, keyText] = match;
  const participant = await device(browser, link);
  await (await participant.find('#live-name')).focus();
  await participant.page.keyboard.type('Bench browser');
  await participant.press('[data-live="join"]');
  await facilitator.until('Bench browser', 'the participant in the facilitator\'s list');

  // 30 Node participants in the same room, with the link's key: the check value must open.
  const key = await importKey(keyText);
  /** @type {ReturnType<typeof connectClient>[]} */
  const clients = [];
  cleanups.push(() => clients.forEach((c) => c.destroy()));
  for (let i = 0; i < PARTICIPANTS; i += 1) clients.push(connectClient(server.url, room, { origin: new URL(pages.url).origin }));
  await Promise.all(clients.map((c) => c.synced));
  const joinMs = performance.now() - joinStart;
  const check = clients[0].meta.get('check');
  if (typeof check !== 'string' || (await decryptValue(key, 'meta/check', check)) !== 'kjk-live') throw new Error('the link\'s key does not open the room\'s check value');

  // Everyone puts in a name and five notes, as at the start of a round.
  const pidOf = (/** @type {number} */ i) => `bench-${i}`;
  const noteKey = (/** @type {number} */ i, /** @type {string} */ id) => `note/${SHEET}/${pidOf(i)}/${ZONE}/${id}`;
  await Promise.all(
    clients.map(async (client, i) => {
      const entries = [[`person/${pidOf(i)}`, await encryptValue(key, `person/${pidOf(i)}`, { name: `Deelnemer ${i}`, at: 100 + i })]];
      for (let n = 0; n < 5; n += 1) entries.push([noteKey(i, `n${n}`), await encryptValue(key, noteKey(i, `n${n}`), { text: `Notitie ${n} van deelnemer ${i}`, at: n })]);
      client.doc.transact(() => entries.forEach(([k, v]) => client.data.set(k, v)));
    }),
  );
  const expected = PARTICIPANTS * 6;
  await waitFor(() => clients.every((c) => c.data.size >= expected), 'every client to have every note', 30_000);

  // The participant writes a note of their own; the facilitator reveals and looks at every sheet.
  await (await participant.find(`#add-${ZONE}`)).focus();
  await participant.page.keyboard.type('Meting');
  await participant.page.keyboard.press('Enter');
  await facilitator.press('[data-live="reveal"]');
  await facilitator.press('[data-action="share"]');
  await facilitator.until('Meting', 'the participant\'s note on the facilitator\'s page after the reveal');
  await facilitator.until(`Notitie 4 van deelnemer ${PARTICIPANTS - 1}`, 'a Node client\'s note on the facilitator\'s page');

  // The others keep typing in their own notes while the samples are taken.
  let keystrokes = 0;
  const background = setInterval(() => {
    for (let i = 2; i < PARTICIPANTS; i += 1) {
      if (Math.random() < 100 / BACKGROUND_EVERY) {
        keystrokes += 1;
        const k = noteKey(i, 'n0');
        const text = `Notitie 0 van deelnemer ${i} ${'x'.repeat(keystrokes % 200)}`;
        void encryptValue(key, k, { text, at: 0 }).then((v) => clients[i].data.set(k, v));
      }
    }
  }, 100);
  cleanups.push(() => clearInterval(background));
  await sleep(1000);

  const before = usage(pid);
  const windowStart = performance.now();
  // The machine may be shared: its load before the samples goes with the figures.
  const loadBefore = os.loadavg()[0];
  // One reading of RSS right after the samples says little (the heap grows and shrinks with
  // garbage collection): the highest reading while everyone types is the room's cost.
  let peakRss = before.rss;
  const rssSampler = setInterval(() => (peakRss = Math.max(peakRss, usage(pid).rss)), 250);
  cleanups.push(() => clearInterval(rssSampler));

  // (1) Node → Node: from before encryption on one client to decrypted on another.
  const [writer, reader] = clients;
  const liveKey = noteKey(0, 'live');
  /** @type {number[]} */
  const nodeToNode = [];
  for (let s = 0; s < NODE_SAMPLES; s += 1) {
    const text = `Node meting ${s}`;
    const seen = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Node sample ${s} not on the other client within ${VISIBLE_WITHIN} ms`)), VISIBLE_WITHIN);
      const observe = (/** @type {Y.YMapEvent<unknown>} */ event) => {
        if (!event.keysChanged.has(liveKey)) return;
        void decryptValue(key, liveKey, /** @type {string} */ (reader.data.get(liveKey))).then((value) => {
          if (value?.text !== text) return;
          reader.data.unobserve(observe);
          clearTimeout(timer);
          resolve(now());
        });
      };
      reader.data.observe(observe);
    });
    const pressed = now();
    writer.data.set(liveKey, await encryptValue(key, liveKey, { text, at: 9 }));
    nodeToNode.push(/** @type {number} */ (await seen) - pressed);
    await sleep(25);
  }

  // (2) A real keystroke in the participant's page → the facilitator's page.
  const typerClock = await clockOffset(participant.page);
  const viewerClock = await clockOffset(facilitator.page);
  const noteField = await participant.find(`section[data-zone="${ZONE}"] li.note textarea`);
  await noteField.focus();
  await participant.page.keyboard.press('End');
  const busyTyping = await busy([participant, facilitator]);
  let typed = 'Meting';
  // No spaces: a text that only grew by a trailing space is one no reader could tell apart.
  const letters = 'sterknetwerk';
  /** @type {number[]} */
  const browserToBrowser = [];
  for (let s = 0; s < BROWSER_SAMPLES; s += 1) {
    const letter = letters[s % letters.length];
    typed += letter;
    await facilitator.page.evaluate((m) => /** @type {any} */ (window).kjkWatch(m), typed);
    await participant.page.keyboard.type(letter);
    const seenAt = await facilitator.page.evaluate(() => /** @type {any} */ (window).kjkSeen).catch((error) => {
      throw new Error(`keystroke ${s} never reached the facilitator's page: ${error.message}`);
    });
    const keyAt = await participant.page.evaluate(() => /** @type {any} */ (window).kjkKeyAt);
    browserToBrowser.push(seenAt - viewerClock.offset - (keyAt - typerClock.offset));
    await sleep(100 + Math.random() * 100);
  }

  const [typerBusy, viewerBusyTyping] = await busyTyping();

  // (3) A Node client's write → a browser page: first the facilitator's (on everyone's sheets,
  // the participant on their own, as in (2)), then the participant's once both pages show
  // everyone's sheets (two pages re-rendering every sheet on each keystroke, on the same cores).
  const toPage = noteKey(0, 'page');
  let pageSample = 0;
  /** @param {Awaited<ReturnType<typeof device>>} viewer @param {string} who */
  async function nodeToPage(viewer, who) {
    const clock = await clockOffset(viewer.page);
    /** @type {number[]} */
    const latencies = [];
    for (let s = 0; s < BROWSER_SAMPLES; s += 1) {
      const text = `Naar de browser ${(pageSample += 1)}`;
      await viewer.page.evaluate((m) => /** @type {any} */ (window).kjkWatch(m), text);
      const pressed = now();
      writer.data.set(toPage, await encryptValue(key, toPage, { text, at: 10 }));
      const seenAt = await viewer.page.evaluate(() => /** @type {any} */ (window).kjkSeen).catch((error) => {
        throw new Error(`Node write ${s} never reached the ${who}'s page: ${error.message}`);
      });
      latencies.push(seenAt - clock.offset - pressed);
      await sleep(100 + Math.random() * 100);
    }
    return { latencies, clock };
  }
  const toFacilitator = await nodeToPage(facilitator, 'facilitator');
  await participant.press('[data-action="share"]');
  await participant.until(`Notitie 4 van deelnemer ${PARTICIPANTS - 1}`, 'a Node client\'s note on the participant\'s page');
  const busyNode = await busy([participant, facilitator]);
  const toParticipant = await nodeToPage(participant, 'participant');

  const [participantBusyNode, facilitatorBusyNode] = await busyNode();
  const windowSeconds = (performance.now() - windowStart) / 1000;
  const afterSamples = usage(pid);
  clearInterval(background);
  clearInterval(rssSampler);
  peakRss = Math.max(peakRss, afterSamples.rss);

  const docBytes = Y.encodeStateAsUpdate(reader.doc).length;
  const clockError = Math.max(typerClock.error, viewerClock.error, toFacilitator.clock.error, toParticipant.clock.error);
  const results = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ${chromium} (headless)`,
    loadAverage1m: { beforeSamples: Math.round(loadBefore * 100) / 100, afterSamples: Math.round(os.loadavg()[0] * 100) / 100 },
    participants: `${PARTICIPANTS} Node clients + 2 browser pages (facilitator, participant)`,
    clock: `one clock: Node's performance.timeOrigin + now(); page clocks mapped onto it, ±${ms(clockError)} ms; a page's time is taken by a MutationObserver (DOM change, before paint)`,
    keystrokeToOtherClientMs: summary(nodeToNode),
    browserKeystrokeToOtherBrowserMs: summary(browserToBrowser),
    nodeWriteToBrowserMs: summary(toFacilitator.latencies),
    nodeWriteToBrowserBothOnAllSheetsMs: summary(toParticipant.latencies),
    // % of wall time each page's main thread was busy (decrypting, applying, rendering).
    pageMainThreadBusyPercent: {
      whileTyping: { typingParticipant: typerBusy, facilitatorOnAllSheets: viewerBusyTyping },
      whileNodeWritesBothOnAllSheets: { participantOnAllSheets: participantBusyNode, facilitatorOnAllSheets: facilitatorBusyNode },
    },
    joinAllMs: Math.round(joinMs),
    backgroundKeystrokesPerSecond: Math.round(keystrokes / windowSeconds),
    roomDocumentBytes: docBytes,
    server: {
      idleRssMb: mb(idle.rss),
      peakRssWithRoomMb: mb(peakRss),
      rssPerRoomMb: mb(peakRss - idle.rss),
      cpuPercentDuringTyping: Math.round(((afterSamples.cpu - before.cpu) / windowSeconds) * 1000) / 10,
    },
  };

  const line = (/** @type {string} */ label, /** @type {ReturnType<typeof summary>} */ r) => [label, `${r.p50} / ${r.p95} / ${r.max} ms (min ${r.min}, n ${r.samples})`];
  const rows = [
    ['in one room', results.participants],
    line('(a) keystroke browser → other browser, p50/p95/max', results.browserKeystrokeToOtherBrowserMs),
    line('(b) Node write → browser page', results.nodeWriteToBrowserMs),
    line('(b) same, both pages on all sheets', results.nodeWriteToBrowserBothOnAllSheetsMs),
    line('Node write → other Node client', results.keystrokeToOtherClientMs),
    ['pages busy in (a): typist / viewer', `${typerBusy} % / ${viewerBusyTyping} % of the main thread`],
    ['pages busy, both on all sheets', `${participantBusyNode} % / ${facilitatorBusyNode} %`],
    ['background keystrokes (others)', `${results.backgroundKeystrokesPerSecond} /s`],
    ['room started, joined, 30 clients synced', `${results.joinAllMs} ms`],
    ['room document size', `${(docBytes / 1024).toFixed(1)} KB`],
    ['server RSS idle', `${results.server.idleRssMb} MB`],
    ['server RSS with the room (peak)', `${results.server.peakRssWithRoomMb} MB (+${results.server.rssPerRoomMb} MB)`],
    ['server CPU while typing', `${results.server.cpuPercentDuringTyping} % of one core`],
    ['clock', `±${ms(clockError)} ms`],
    ['load average (1 min) before / after', `${results.loadAverage1m.beforeSamples} / ${results.loadAverage1m.afterSamples} on ${os.cpus().length} cores`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`\nLive server, ${results.machine}\n`);
  for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
  const out = path.join(root, 'bench', 'live-results.json');
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWritten to ${path.relative(process.cwd(), out)}`);
} catch (error) {
  console.error(`\nbench:live failed: ${/** @type {Error} */ (error).message}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
// The providers' reconnect timers would keep Node alive a while after everything was closed.
process.exit(process.exitCode ?? 0);
