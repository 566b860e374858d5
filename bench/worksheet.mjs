// Benchmark (never a test): one sheet with 500 notes. Reports the time from a keystroke in a
// note to the saved and re-rendered state, the time of a full render, and long tasks (> 50 ms)
// while typing, in headless Chromium. Run after `npm run build`: `npm run bench:worksheet`.
import { createServer } from 'node:http';
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import puppeteer from 'puppeteer-core';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const NOTES = 500;
const KEYSTROKES = 60;

const server = createServer(async (req, res) => {
  const file = path.join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!file.startsWith(root)) return res.writeHead(404).end();
  try {
    const type = file.endsWith('.js') ? 'text/javascript' : 'text/html';
    res.writeHead(200, { 'Content-Type': type }).end(await readFile(file));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
const results = {};
try {
  for (const tag of ['kjk-octagon', 'kjk-circle-quadrant']) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${base}/demo/${tag.slice(4)}.html`, { waitUntil: 'networkidle0' });
    const measured = await page.evaluate(
      async ({ tag, notes, keystrokes }) => {
        const el = document.querySelector(tag);
        const zones = [...el.shadowRoot.querySelectorAll('.zone[data-zone]')].map((z) => z.dataset.zone);
        const state = structuredClone(el.state);
        const kind = tag === 'kjk-octagon' ? 'octagon' : 'circle-quadrant';
        const ws = state.worksheets[kind] ?? { topic: '', participants: [{ id: 'p-1', name: '', notes: {}, figures: [] }], active: 'p-1' };
        ws.participants[0].notes = Object.fromEntries(zones.map((z) => [z, []]));
        for (let i = 0; i < notes; i++) {
          ws.participants[0].notes[zones[i % zones.length]].push({ id: `n-${i}`, text: `Notitie ${i} met wat tekst over eigen kracht` });
        }
        state.worksheets[kind] = ws;
        el.state = state;
        await el.updateComplete;

        const renders = [];
        for (let i = 0; i < 20; i++) {
          const t0 = performance.now();
          el.requestUpdate();
          await el.updateComplete;
          renders.push(performance.now() - t0);
        }

        const longTasks = [];
        const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
        observer.observe({ entryTypes: ['longtask'] });
        const slips = el.shadowRoot.querySelectorAll('.slip');
        const slip = slips[slips.length - 1];
        slip.focus();
        const keys = [];
        for (let i = 0; i < keystrokes; i++) {
          const t0 = performance.now();
          slip.value += 'x';
          slip.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
          await el.updateComplete;
          keys.push(performance.now() - t0);
          await new Promise((r) => setTimeout(r));
        }
        observer.disconnect();
        const saved = JSON.parse(sessionStorage.getItem('kjk-session:les-3')).worksheets[kind].participants[0];
        const savedNotes = Object.values(saved.notes).flat().length;
        return { renders, keys, longTasks, savedNotes, bytes: sessionStorage.getItem('kjk-session:les-3').length };
      },
      { tag, notes: NOTES, keystrokes: KEYSTROKES },
    );
    const stat = (xs) => {
      const s = [...xs].sort((a, b) => a - b);
      return { median: +s[Math.floor(s.length / 2)].toFixed(2), p95: +s[Math.floor(s.length * 0.95)].toFixed(2) };
    };
    results[tag] = {
      notes: measured.savedNotes,
      storedBytes: measured.bytes,
      keystrokeMs: stat(measured.keys),
      renderMs: stat(measured.renders),
      longTasksWhileTyping: measured.longTasks.length,
    };
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
console.log(`Worksheet with ${NOTES} notes, headless Chromium, ${machine}`);
console.log('element                 keystroke→saved (median / p95)   full render (median / p95)   long tasks');
for (const [tag, r] of Object.entries(results)) {
  console.log(
    `${tag.padEnd(22)}  ${`${r.keystrokeMs.median} / ${r.keystrokeMs.p95} ms`.padEnd(31)}  ${`${r.renderMs.median} / ${r.renderMs.p95} ms`.padEnd(27)}  ${r.longTasksWhileTyping}`,
  );
}
await mkdir(path.join(root, 'bench'), { recursive: true });
await writeFile(path.join(root, 'bench/worksheet-results.json'), JSON.stringify({ machine, date: new Date().toISOString(), notes: NOTES, results }, null, 2) + '\n');
