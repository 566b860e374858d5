// Shared by the benchmarks: a static server on 127.0.0.1, headless Chromium, statistics.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

const TYPES = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

/** Serves the repository (dist, demo, bench pages, node_modules for the peer); `pages` adds generated HTML. */
export async function serve(pages = {}) {
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (pages[pathname]) return res.writeHead(200, { 'Content-Type': 'text/html' }).end(pages[pathname]);
    const file = path.join(root, pathname);
    if (!file.startsWith(root)) return res.writeHead(404).end();
    let body;
    try {
      body = await readFile(file);
    } catch {
      return res.writeHead(404).end();
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

export async function launch() {
  const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
  return puppeteer.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--js-flags=--expose-gc'],
  });
}

export function stat(values) {
  const s = [...values].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(s.length * q))];
  return { median: +at(0.5).toFixed(2), p95: +at(0.95).toFixed(2), runs: s.length };
}

export const machine = () =>
  `${os.cpus().length} × ${os.cpus()[0]?.model?.trim() ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;

/** Bundles a floor page's element (`bench/<name>.js`: Lit plus one element) as our bundles are made, into bench/dist/. */
export async function buildFloor(name) {
  const bundle = await rollup({
    input: path.join(root, `bench/${name}.js`),
    plugins: [
      resolve({ browser: true, exportConditions: ['production'] }),
      terser({ ecma: 2021, module: true, format: { comments: false } }),
    ],
    onwarn: () => {},
  });
  await bundle.write({ file: path.join(root, `bench/dist/${name}.js`), format: 'es', inlineDynamicImports: true });
  await bundle.close();
}
