// Benchmark (never a test): one sheet with 500 notes. Reports the time from a keystroke in a
// note to the saved and re-rendered state, the time of a full render, and long tasks (> 50 ms)
// while typing, in headless Chromium. Run after `npm run build`: `npm run bench:worksheet`.
import { fileURLToPath } from 'node:url';
import { launch, machine, serve, stat } from './lib.mjs';

const NOTES = 500;
const KEYSTROKES = 60;

/** Fills each worksheet with 500 notes and times keystrokes and renders. */
export async function measureWorksheets(browser, base) {
  const results = {};
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
        // State v3: the people are the session's, a sheet holds notes per participant id.
        if (!state.participants.length) state.participants = [{ id: 'p-1', name: '' }];
        const id = state.participants[0].id;
        const sheet = state.worksheets[kind] ?? { active: id, people: {} };
        const own = { notes: Object.fromEntries(zones.map((z) => [z, []])), figures: [] };
        for (let i = 0; i < notes; i++) {
          own.notes[zones[i % zones.length]].push({ id: `n-${i}`, text: `Notitie ${i} met wat tekst over eigen kracht` });
        }
        sheet.people[id] = own;
        state.worksheets[kind] = sheet;
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
        const stored = JSON.parse(sessionStorage.getItem('kjk-session:les-3'));
        const saved = stored.worksheets[kind].people[stored.participants[0].id];
        const savedNotes = Object.values(saved.notes).flat().length;
        return { renders, keys, longTasks, savedNotes, bytes: sessionStorage.getItem('kjk-session:les-3').length };
      },
      { tag, notes: NOTES, keystrokes: KEYSTROKES },
    );
    results[tag] = {
      notes: measured.savedNotes,
      storedBytes: measured.bytes,
      keystrokeMs: stat(measured.keys),
      renderMs: stat(measured.renders),
      longTasksWhileTyping: measured.longTasks.length,
    };
    await page.close();
  }
  return results;
}

async function main() {
  const server = await serve();
  const browser = await launch();
  let results;
  try {
    results = await measureWorksheets(browser, server.base);
  } finally {
    await browser.close();
    server.close();
  }
  report(results);
}

function report(results) {
const machineText = machine();
console.log(`Worksheet with ${NOTES} notes, headless Chromium, ${machineText}`);
console.log('element                 keystroke→saved (median / p95)   full render (median / p95)   long tasks');
for (const [tag, r] of Object.entries(results)) {
  console.log(
    `${tag.padEnd(22)}  ${`${r.keystrokeMs.median} / ${r.keystrokeMs.p95} ms`.padEnd(31)}  ${`${r.renderMs.median} / ${r.renderMs.p95} ms`.padEnd(27)}  ${r.longTasksWhileTyping}`,
  );
}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await main();
}
