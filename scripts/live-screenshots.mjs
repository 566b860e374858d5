// Screenshots of a real live session on the demo page (npm start's server and live server): node scripts/live-screenshots.mjs <out dir> (after npm run build).
import puppeteer from 'puppeteer-core';
import { spawn } from 'node:child_process';
const out = process.argv[2] ?? '/work/shots/live-real';
const demo = spawn('node', ['scripts/serve-demo.mjs'], { env: { ...process.env, PORT: '8890', LIVE_PORT: '1299' }, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((r) => demo.stdout.on('data', (d) => String(d).includes('Live server') && r()));
process.on('unhandledRejection', (e) => { console.error(e); demo.kill(); process.exit(1); });
const b = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const el = (p) => p.evaluateHandle(() => document.querySelector('kjk-word-cloud'));
const inEl = (p, s) => p.waitForFunction((s) => document.querySelector('kjk-word-cloud')?.shadowRoot?.querySelector(s), { timeout: 15000 }, s);
async function shot(p, name) { await new Promise((r) => setTimeout(r, 600)); await (await el(p)).screenshot({ path: `${out}/${name}.png` }); }
const fac = await (await b.createBrowserContext()).newPage();
await fac.setViewport({ width: 1280, height: 900 });
await fac.goto('http://127.0.0.1:8890/');
await (await inEl(fac, '[data-live="start"]')).click();
await inEl(fac, '#live-link');
const link = await fac.evaluate(() => document.querySelector('kjk-word-cloud').shadowRoot.querySelector('#live-link').value);
await shot(fac, 'facilitator-started-1280');
const people = [];
for (const [name, word, width] of [['Sanne', 'vertrouwen', 320], ['Ahmed', 'regie', 390]]) {
  const p = await (await b.createBrowserContext()).newPage();
  await p.setViewport({ width, height: 800 });
  await p.goto(link);
  await inEl(p, '#live-name');
  if (name === 'Sanne') await shot(p, `participant-join-${width}`);
  await (await inEl(p, '#live-name')).type(name);
  await (await inEl(p, '[data-live="join"]')).click();
  await new Promise((r) => setTimeout(r, 1000)); await (await inEl(p, '#add-words')).type(word);
  await p.keyboard.press('Enter');
  people.push(p);
}
await fac.waitForFunction(() => document.querySelector('kjk-word-cloud').shadowRoot.textContent.includes('Ahmed'), { timeout: 15000 });
await shot(fac, 'facilitator-people-1280');
await shot(people[0], 'participant-in-room-320');
await fac.setViewport({ width: 320, height: 900 });
await shot(fac, 'facilitator-people-320');
await b.close();
demo.kill();
process.exit(0);
