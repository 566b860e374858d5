// Screenshots of work formats and the fan in a real live room (beside live-screenshots.mjs, which
// takes the demo page's word cloud): node scripts/live-room-screenshots.mjs <out dir> (after npm run build).
// One in-process live server, a page per device in its own browser context, the built dist/cdn/kjk.js.
import puppeteer from 'puppeteer-core';
import { mkdir } from 'node:fs/promises';
import { createLiveServer } from '../server/live-server.mjs';
import { startHostPages } from '../test/live-server/helpers.mjs';

const out = process.argv[2] ?? '/work/shots/live-room';
await mkdir(out, { recursive: true });

const live = await createLiveServer({ port: 0, quiet: true });
const pages = await startHostPages();
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const done = async (code) => {
  await browser.close().catch(() => {});
  await pages.close();
  await live.close();
  process.exit(code);
};
process.on('unhandledRejection', (error) => {
  console.error(error);
  void done(1);
});

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function device(tag, width, { fragment = '', attrs = '' } = {}) {
  const page = await (await browser.createBrowserContext()).newPage();
  await page.setViewport({ width, height: 900 });
  await page.goto(pages.page(live.url, tag, { fragment, attrs }));
  const inEl = (selector) => page.waitForFunction((t, s) => document.querySelector(t)?.shadowRoot?.querySelector(s), { timeout: 15_000 }, tag, selector);
  return {
    page,
    inEl,
    async press(selector) {
      await (await inEl(selector)).click();
    },
    async type(selector, text) {
      await (await inEl(selector)).focus();
      await page.keyboard.type(text);
    },
    async shot(name, { print = false } = {}) {
      // As Ctrl+P: the print layout is asked for at beforeprint, then the print media apply.
      if (print) await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
      await page.emulateMediaType(print ? 'print' : null);
      await sleep(700);
      await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
      await page.emulateMediaType(null);
      if (print) await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    },
    link: async () => {
      await inEl('#live-link');
      return page.evaluate((t) => document.querySelector(t).shadowRoot.querySelector('#live-link').value, tag);
    },
  };
}

async function room(tag, people) {
  const facilitator = await device(tag, 1280);
  await facilitator.press('[data-live="start"]');
  const fragment = new URL(await facilitator.link()).hash;
  const joined = [];
  for (const [name, width] of people) {
    const person = await device(tag, width, { fragment });
    await person.inEl('#live-name');
    if (!joined.length) await person.shot(`${tag}-participant-join-${width}`);
    await person.type('#live-name', name);
    await person.press('[data-live="join"]');
    await person.inEl('[data-live="message"]');
    joined.push(person);
  }
  return { facilitator, people: joined };
}

// A work format: counts before the reveal, every sheet after it, and the print of a shared room.
{
  const { facilitator, people } = await room('kjk-octagon', [['Sanne', 320], ['Ahmed', 390]]);
  const [sanne, ahmed] = people;
  await sanne.type('#add-why', 'Wat wil het gezin zelf bereiken?');
  await sanne.page.keyboard.press('Enter');
  await ahmed.type('#add-why', 'Wie kan er morgen al helpen?');
  await ahmed.page.keyboard.press('Enter');
  await facilitator.page.waitForFunction(() => (document.querySelector('kjk-octagon').shadowRoot.textContent.match(/1 notitie/g) ?? []).length >= 2, { timeout: 15_000 });
  await facilitator.shot('kjk-octagon-facilitator-counts-1280');
  await sanne.shot('kjk-octagon-participant-own-sheet-320');
  await facilitator.press('[data-live="reveal"]');
  await sanne.press('[data-action="share"]');
  await sanne.page.waitForFunction(() => document.querySelector('kjk-octagon').shadowRoot.textContent.includes('morgen al helpen'), { timeout: 15_000 });
  await sanne.shot('kjk-octagon-participant-revealed-320');
  await facilitator.press('[data-action="share"]');
  await facilitator.shot('kjk-octagon-facilitator-revealed-1280');
  await facilitator.shot('kjk-octagon-facilitator-print', { print: true });
  await sanne.shot('kjk-octagon-participant-print', { print: true });
}

// The fan: the participant follows the facilitator's card.
{
  const { facilitator, people } = await room('kjk-fan', [['Mo', 320]]);
  const [mo] = people;
  await facilitator.page.evaluate(() => document.querySelector('kjk-fan').showCard('why'));
  await mo.page.waitForFunction(() => document.querySelector('kjk-fan').card === 'why', { timeout: 15_000 });
  await facilitator.shot('kjk-fan-facilitator-card-1280');
  await mo.shot('kjk-fan-participant-following-320');
  await facilitator.page.evaluate(() => document.querySelector('kjk-fan').showOverview(false));
  await sleep(1500);
  await facilitator.shot('kjk-fan-facilitator-overview-1280');
  await mo.shot('kjk-fan-participant-overview-320');
}

// A live-server value no browser can reach.
{
  const page = await (await browser.createBrowserContext()).newPage();
  await page.setViewport({ width: 320, height: 900 });
  await page.goto(pages.page(live.url, 'kjk-circle-quadrant'));
  await page.evaluate(() => document.querySelector('kjk-circle-quadrant').setAttribute('live-server', 'live.example.nl'));
  await page.waitForFunction(() => document.querySelector('kjk-circle-quadrant')?.shadowRoot?.querySelector('.live.problem'), { timeout: 15_000 }).catch(async (error) => {
    console.error(await page.evaluate(() => document.querySelector('kjk-circle-quadrant')?.shadowRoot?.querySelector('.live')?.outerHTML));
    throw error;
  });
  await sleep(500);
  await page.screenshot({ path: `${out}/kjk-circle-quadrant-bad-server-320.png`, fullPage: true });
}

console.log(`Screenshots in ${out}`);
await done(0);
