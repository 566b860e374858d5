// Screenshots of pages for a person to look at: 320px, 768px and 1280px wide, and print.
// Usage: node scripts/screenshots.mjs <url> <name> [--widths 320,1280] [--print] [--elements css] [--out dir]
//          [--do "document.querySelector('kjk-fan').open()"]…   (run in the page before each picture)
import puppeteer from 'puppeteer-core';
import { mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';

const [url, name = 'page', ...rest] = process.argv.slice(2);
if (!url) {
  console.error('Usage: node scripts/screenshots.mjs <url> <name> [--widths 320,1280] [--print] [--out dir]');
  process.exit(2);
}
const option = (flag, fallback) => {
  const i = rest.indexOf(flag);
  return i >= 0 ? rest[i + 1] : fallback;
};
const out = option('--out', 'screenshots');
const actions = rest.flatMap((arg, i) => (rest[i - 1] === '--do' ? [arg] : []));
async function prepare(page) {
  for (const action of actions) {
    await page.evaluate(`{ ${action} }`); // a block, so each action has its own names
    await new Promise((r) => setTimeout(r, 600));
  }
}
const widths = option('--widths', '320,1280').split(',').map(Number);
const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'].find(
  (p) => p && existsSync(p),
);

await mkdir(out, { recursive: true });
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  page.on('console', (m) => m.type() === 'error' && console.error('console error:', m.text()));
  page.on('pageerror', (e) => console.error('page error:', e.message));
  for (const width of widths) {
    await page.setViewport({ width, height: 900 });
    await page.goto(url, { waitUntil: 'networkidle0' });
    await prepare(page);
    await new Promise((r) => setTimeout(r, 300));
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (scroll > 0) console.error(`${name} @${width}px: horizontal scroll of ${scroll}px`);
    await page.screenshot({ path: `${out}/${name}-${width}.png`, fullPage: true });
    console.log(`${out}/${name}-${width}.png`);
    // A tall narrow page shrinks to a sliver when viewed whole: also save it in screen-high parts.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let top = 0, part = 1; width < 800 && top < height && part <= 6; top += 1800, part++) {
      const clip = { x: 0, y: top, width, height: Math.min(1800, height - top) };
      await page.screenshot({ path: `${out}/${name}-${width}-part${part}.png`, clip, captureBeyondViewport: true });
    }
  }
  // --elements SELECTOR: one picture per matching element, to judge a card up close.
  const selector = option('--elements', '');
  if (selector) {
    const elements = await page.$$(selector);
    for (const [i, element] of elements.entries()) {
      await element.screenshot({ path: `${out}/${name}-el${i + 1}.png` });
    }
    console.log(`${elements.length} element pictures: ${out}/${name}-elN.png`);
  }
  if (rest.includes('--print')) {
    await page.setViewport({ width: 794, height: 1123 });
    await page.goto(url, { waitUntil: 'networkidle0' });
    await prepare(page);
    await page.emulateMediaType('print');
    await page.pdf({ path: `${out}/${name}-print.pdf`, format: 'A4', printBackground: true });
    await page.screenshot({ path: `${out}/${name}-print.png`, fullPage: true });
    console.log(`${out}/${name}-print.pdf`);
  }
} finally {
  await browser.close();
}
