// Opens every story of the built Storybook (storybook-static/) in headless Chromium and runs
// axe-core on it, with the same rules as the a11y panel: every story must come out clean.
// Run after `npm run build-storybook`; .ci/run does.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { launch, root, serve } from '../bench/lib.mjs';

const index = JSON.parse(await readFile(path.join(root, 'storybook-static/index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const axe = await readFile(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
const server = await serve();
const browser = await launch();
const failures = [];
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  for (const story of stories) {
    await page.goto(`${server.base}/storybook-static/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount > 0, { timeout: 15000 });
    await new Promise((r) => setTimeout(r, 400));
    await page.evaluate(axe);
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run('#storybook-root', { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`);
    });
    if (violations.length) failures.push(`${story.id}: ${violations.join('; ')}`);
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`Storybook a11y: ${stories.length - failures.length} of ${stories.length} stories clean.`);
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
