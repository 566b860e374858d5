// `npm run lighthouse`: Lighthouse (performance, accessibility, best practices) on the demo page,
// served on 127.0.0.1 and run in headless Chromium. Writes bench/lighthouse.json.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { machine, root, serve } from './lib.mjs';

const { version } = createRequire(import.meta.url)('lighthouse/package.json');

const pages = ['/demo/index.html', '/demo/fan.html', '/demo/octagon.html', '/demo/mindmap.html', '/demo/word-cloud.html'];
const server = await serve();
const chrome = await chromeLauncher.launch({
  chromePath: [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'].find((p) => p && existsSync(p)),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const results = { machine: machine(), date: new Date().toISOString(), pages: {} };
try {
  for (const page of pages) {
    const { lhr } = await lighthouse(`${server.base}${page}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    results.pages[page] = Object.fromEntries(Object.entries(lhr.categories).map(([id, c]) => [id, Math.round(c.score * 100)]));
    const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary');
    results.pages[page].failing = failing.map((a) => a.id);
  }
} finally {
  await chrome.kill();
  server.close();
}
console.log(`Lighthouse ${version} — headless Chromium, ${results.machine}`);
for (const [page, scores] of Object.entries(results.pages)) {
  console.log(`${page.padEnd(20)} performance ${scores.performance}  accessibility ${scores.accessibility}  best practices ${scores['best-practices']}${scores.failing.length ? `  (not passed: ${scores.failing.join(', ')})` : ''}`);
}
await writeFile(path.join(root, 'bench/lighthouse.json'), JSON.stringify(results, null, 2) + '\n');
