// Screenshots in WebKit (WebKitGTK's MiniBrowser, Safari's engine) of what iPads are used for: a
// figure dragged across the octagon and a drawing in the mind map, by real pointer input (WebDriver
// actions), mid-drag and after. Needs Debian's webkit2gtk-driver and xvfb, and the demo server.
// Usage: node scripts/webkit-screenshots.mjs http://127.0.0.1:8090 [--out dir] [--width 1280]
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { remote } from 'webdriverio';

const [base, ...rest] = process.argv.slice(2);
if (!base) {
  console.error('Usage: node scripts/webkit-screenshots.mjs <demo server origin> [--out dir] [--width 1280]');
  process.exit(2);
}
const option = (flag, fallback) => (rest.includes(flag) ? rest[rest.indexOf(flag) + 1] : fallback);
const out = option('--out', 'screenshots');
const width = Number(option('--width', '1280'));
const port = 4300 + (process.pid % 500);

const driver = spawn('xvfb-run', ['-a', '-s', '-screen 0 1600x1400x24', 'WebKitWebDriver', `--port=${port}`], { stdio: 'ignore', detached: true });
const stopDriver = () => {
  try {
    process.kill(-driver.pid, 'SIGTERM');
  } catch {
    // gone already
  }
};
process.once('exit', stopDriver);

const browser = await remote({
  hostname: '127.0.0.1',
  port,
  logLevel: 'error',
  connectionRetryCount: 10,
  capabilities: {
    browserName: 'MiniBrowser',
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] },
  },
});

const pause = (ms) => new Promise((r) => setTimeout(r, ms));
async function shot(name) {
  await mkdir(out, { recursive: true });
  const path = `${out}/webkit-${name}-${width}.png`;
  await writeFile(path, Buffer.from(await browser.takeScreenshot(), 'base64'));
  console.log(path);
}
/** A mouse drag through `points` (viewport pixels), with `during` run before letting go. */
async function drag(points, during) {
  const [first, ...path] = points.map(([x, y]) => ({ x: Math.round(x), y: Math.round(y) }));
  await browser.performActions([
    {
      type: 'pointer',
      id: 'mouse',
      parameters: { pointerType: 'mouse' },
      actions: [
        { type: 'pointerMove', duration: 0, ...first },
        { type: 'pointerDown', button: 0 },
        ...path.map((p) => ({ type: 'pointerMove', duration: 60, ...p })),
      ],
    },
  ]);
  await during?.();
  await browser.performActions([{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [{ type: 'pointerUp', button: 0 }] }]);
  await browser.releaseActions();
}

try {
  await browser.setWindowSize(width, 1000);
  console.log(await browser.execute(() => navigator.userAgent));

  // The octagon: add a figure, drag it from its start across the zone labels into "Hoe".
  await browser.navigateTo(`${base}/demo/octagon.html`);
  await pause(1500);
  const figure = await browser.execute(() => {
    const el = document.querySelector('kjk-octagon');
    el.shadowRoot.querySelector('#figure-label').value = 'Vader';
    el.shadowRoot.querySelector('[data-action="add-figure"]').click();
    el.shadowRoot.querySelector('svg').scrollIntoView({ block: 'center' });
    return new Promise((resolve) =>
      requestAnimationFrame(() => {
        const f = el.shadowRoot.querySelector('[data-figure]').getBoundingClientRect();
        const s = el.shadowRoot.querySelector('svg').getBoundingClientRect();
        resolve({ x: f.x + f.width / 2, y: f.y + f.height / 2, cx: s.x + s.width / 2, cy: s.y + s.height / 2, w: s.width });
      }),
    );
  });
  await pause(300);
  await drag(
    [[figure.x, figure.y], [figure.cx + figure.w * 0.25, figure.cy - figure.w * 0.1], [figure.cx - figure.w * 0.2, figure.cy + figure.w * 0.05]],
    () => shot('octagon-mid-drag'),
  );
  await pause(300);
  await shot('octagon-after-drag');
  console.log('octagon:', await browser.execute(() => document.querySelector('kjk-octagon').shadowRoot.querySelector('.figure-list')?.textContent?.trim()));
  console.log('selected text:', JSON.stringify(await browser.execute(() => getSelection().toString())));

  // The mind map: draw a loop with the pen, add a pictogram and move it by pointer.
  await browser.navigateTo(`${base}/demo/mindmap.html`);
  await pause(1500);
  const sheet = await browser.execute(() => {
    const el = document.querySelector('kjk-mindmap');
    el.shadowRoot.querySelector('.sheet svg.drawing').scrollIntoView({ block: 'center' });
    const r = el.shadowRoot.querySelector('.sheet svg.drawing').getBoundingClientRect();
    return { x: r.x, y: r.y, w: r.width, h: r.height };
  });
  await pause(300);
  const at = (fx, fy) => [sheet.x + sheet.w * fx, sheet.y + sheet.h * fy];
  const loop = Array.from({ length: 24 }, (_, i) => at(0.3 + 0.12 * Math.cos((i / 23) * 2 * Math.PI), 0.35 + 0.16 * Math.sin((i / 23) * 2 * Math.PI)));
  await drag(loop);
  await browser.execute(() => {
    const root = document.querySelector('kjk-mindmap').shadowRoot;
    root.querySelector('[data-action="add-pictogram"]').click();
  });
  await pause(400);
  await browser.execute(() => {
    const root = document.querySelector('kjk-mindmap').shadowRoot;
    root.querySelector('[data-pictogram="sun"]').click();
  });
  await pause(400);
  const item = await browser.execute(() => {
    const root = document.querySelector('kjk-mindmap').shadowRoot;
    root.querySelector('[data-tool="move"]').click();
    const r = root.querySelector('[data-item]').getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });
  await pause(300);
  await drag([[item.x, item.y], [item.x + sheet.w * 0.1, item.y + sheet.h * 0.1], at(0.72, 0.7)], () => shot('mindmap-mid-drag'));
  await pause(300);
  await shot('mindmap-after');
  console.log(
    'mindmap:',
    await browser.execute(() => {
      const el = document.querySelector('kjk-mindmap');
      const p = el.worksheet.participants[0];
      return JSON.stringify({ strokes: p.drawing?.strokes?.length ?? 0, items: (p.drawing?.items ?? []).map((i) => [i.kind, Math.round(i.x), Math.round(i.y)]) });
    }),
  );
  console.log('selected text:', JSON.stringify(await browser.execute(() => getSelection().toString())));
} finally {
  await browser.deleteSession().catch(() => {});
  stopDriver();
}
