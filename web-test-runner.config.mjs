import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { defaultReporter } from '@web/test-runner';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { countReporter, skipCommands } from './scripts/wtr-count-reporter.mjs';

/**
 * Content JSON imported by a module becomes a module; the same file fetched by a page
 * (a custom deck via deck-src) stays JSON, as on a real server.
 */
function jsonModules() {
  const imported = (context) => context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script';
  return {
    name: 'json-modules',
    resolveMimeType(context) {
      if (imported(context)) return 'js';
    },
    transform(context) {
      if (!imported(context)) return;
      // Top-level keys that are identifiers become named exports too, as in rollup and Vite.
      const data = JSON.parse(context.body);
      const named =
        data && typeof data === 'object' && !Array.isArray(data)
          ? Object.keys(data).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k))
          : [];
      return {
        body: `const data = ${context.body};\nexport default data;\n${named.map((k) => `export const ${k} = data.${k};`).join('\n')}`,
      };
    },
  };
}

/**
 * `executeServerCommand('forced-colors', 'active' | 'none')`: Windows high-contrast mode,
 * which the standard emulateMedia command does not offer for Chromium.
 */
function forcedColors() {
  // The override lives as long as the DevTools session that set it, so keep one per page.
  const sessions = new Map();
  return {
    name: 'forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      // Puppeteer's own API rejects this feature; the DevTools protocol takes it.
      if (!sessions.has(session.id)) sessions.set(session.id, await page.createCDPSession());
      await sessions.get(session.id).send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload }],
      });
      return true;
    },
  };
}

/**
 * `executeServerCommand('pointer-media', 'coarse' | null)`: a touch screen, with its media features
 * (`pointer: coarse`, `hover: none`); null takes it away. Chromium only.
 */
function pointerMedia() {
  const sessions = new Map();
  return {
    name: 'pointer-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'pointer-media') return undefined;
      if (session.browser.name !== 'Chromium') return false;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(session.id)) sessions.set(session.id, await page.createCDPSession());
      // A touch screen as DevTools' device mode makes one: the media features follow it.
      await sessions.get(session.id).send('Emulation.setTouchEmulationEnabled', { enabled: payload === 'coarse', maxTouchPoints: 1 });
      return true;
    },
  };
}

/**
 * `executeServerCommand('requests', 'start' | 'stop')`: every request the browser makes from a
 * frame other than the test page itself, seen by the browser (interception, not page APIs).
 */
function requestLog() {
  const logs = new Map();
  return {
    name: 'requests',
    async executeCommand({ command, payload, session }) {
      if (command !== 'requests') return undefined;
      const page = session.browser.getPage(session.id);
      if (payload === 'start') {
        const urls = [];
        const listener = (request) => {
          if (request.frame() !== page.mainFrame()) urls.push(request.url());
        };
        page.on('request', listener);
        logs.set(session.id, { urls, listener });
        return true;
      }
      const log = logs.get(session.id);
      page.off('request', log.listener);
      logs.delete(session.id);
      return log.urls;
    },
  };
}

/**
 * `/test/fixtures/frameworks/<name>.js`: the React and Vue apps, each built by vite from
 * `<name>.tsx` or `<name>.ts` as the app's own `vite build` would (test/fixtures/frameworks/vite-build.mjs),
 * with `ken-je-kracht` the package's dist/ as an app gets it from npm. Development builds, so React
 * and Vue report their errors; `<name>.production.js` is the production build a site ships, where
 * Vue has no loop guard.
 */
function frameworkApps() {
  // One build per app and mode for the whole run: the apps and dist/ do not change while tests run.
  const builds = new Map();
  const viteBuild = async (name, mode) => {
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const script = 'test/fixtures/frameworks/vite-build.mjs';
    const { stdout } = await promisify(execFile)(process.execPath, [script, name, mode], { maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  };
  return {
    name: 'framework-apps',
    async serve(context) {
      const match = /^\/test\/fixtures\/frameworks\/([\w-]+)(\.production)?\.js$/.exec(context.path);
      if (!match) return undefined;
      if (!['tsx', 'ts'].some((ext) => existsSync(`test/fixtures/frameworks/${match[1]}.${ext}`))) return undefined;
      const mode = match[2] ? 'production' : 'development';
      const id = `${match[1]}|${mode}`;
      if (!builds.has(id)) builds.set(id, viteBuild(match[1], mode));
      return { body: await builds.get(id), type: 'js' };
    },
  };
}

/**
 * `executeServerCommand('ssr', markup)`: the markup as a Node server renders it with @lit-labs/ssr
 * from the built npm entries (scripts/ssr-render.mjs, in a process of its own) → `{ html, errors, warnings }`.
 */
function serverRender() {
  return {
    name: 'ssr',
    async executeCommand({ command, payload }) {
      if (command !== 'ssr') return undefined;
      const { execFile } = await import('node:child_process');
      const { promisify } = await import('node:util');
      const { stdout } = await promisify(execFile)(process.execPath, ['scripts/ssr-render.mjs', String(payload)], { maxBuffer: 64 * 1024 * 1024 });
      return JSON.parse(stdout);
    },
  };
}

/** The first of `candidates` that exists, or a message that says how to get it. */
function findBrowser(name, candidates, install) {
  const found = candidates.filter(Boolean).find((path) => existsSync(path));
  if (!found) throw new Error(`No ${name} found. ${install}`);
  return found;
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * WebKitGTK's WebDriver (Debian webkit2gtk-driver), on a free port of its own, under a virtual X
 * display: MiniBrowser has no headless mode. Tall screen, so a test page is never scrolled out of view.
 */
function startWebKitDriver(port) {
  const driver = spawn('xvfb-run', ['-a', '-s', '-screen 0 1400x6000x24', 'WebKitWebDriver', `--port=${port}`], {
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => (stop(), process.exit(130)));
  return driver;
}

/**
 * The engines: Chromium, Firefox (ESR, over WebDriver BiDi with puppeteer) and WebKit (WebKitGTK,
 * Safari's engine, over classic WebDriver). `KJK_ENGINES=chromium,firefox` runs a subset.
 */
/** Names the launcher `name` in the summary, whatever label its package gives it ("Chrome", "MiniBrowser"). */
function named(launcher, name) {
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (...args) => {
    await initialize(...args);
    launcher.name = name;
  };
  return launcher;
}

const ENGINES = {
  chromium: () =>
    named(chromeLauncher({
      launchOptions: {
        executablePath: findBrowser(
          'Chrome or Chromium',
          [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
          'Install it (Debian: apt-get install chromium) or set CHROME_PATH.',
        ),
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }), 'Chromium'),
  firefox: () => {
    const downloads = path.resolve('test-output/downloads');
    mkdirSync(downloads, { recursive: true });
    return chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: findBrowser(
          'Firefox',
          [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'],
          'Install it (Debian: apt-get install firefox-esr) or set FIREFOX_PATH, or leave it out with KJK_ENGINES=chromium,webkit.',
        ),
        headless: true,
        // A page's download (every "Opslaan als bestand") is saved quietly, as by a user who chose
        // "always save to Downloads". Firefox's default opens the downloads panel over the page,
        // which then gets no animation frames: every later test file hung or lost its keys.
        extraPrefsFirefox: {
          'browser.download.folderList': 2,
          'browser.download.dir': downloads,
          'browser.download.useDownloadDir': true,
          'browser.download.alwaysOpenPanel': false,
          'browser.download.always_ask_before_handling_new_types': false,
        },
      },
    });
  },
  webkit: () => {
    const binary = findBrowser(
      'WebKitGTK MiniBrowser',
      [process.env.WEBKIT_MINIBROWSER, '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser'],
      'Install it (Debian: apt-get install webkit2gtk-driver xvfb) or leave it out with KJK_ENGINES=chromium,firefox.',
    );
    findBrowser('WebKitWebDriver', ['/usr/bin/WebKitWebDriver'], 'Install it (Debian: apt-get install webkit2gtk-driver xvfb).');
    findBrowser('xvfb-run', ['/usr/bin/xvfb-run'], 'Install it (Debian: apt-get install xvfb).');
    const port = Number(process.env.KJK_WEBKIT_PORT ?? 4400 + (process.pid % 500));
    startWebKitDriver(port);
    return named(webdriverLauncher({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      // The driver takes a moment to listen under a new X display.
      connectionRetryCount: 10,
      connectionRetryTimeout: 120000,
      capabilities: {
        browserName: 'MiniBrowser',
        // webdriverio 9 would speak BiDi, which WebKitWebDriver does not.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary, args: ['--automation'] },
      },
    }), 'WebKit');
  },
};
const engines = (process.env.KJK_ENGINES ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim()).filter(Boolean);
for (const name of engines) if (!ENGINES[name]) throw new Error(`KJK_ENGINES: unknown engine "${name}" (chromium, firefox, webkit).`);

/** WebDriver's codes for the named keys the tests press (the spec's "keyboard actions" table). */
const WEBDRIVER_KEYS = {
  Backspace: '\uE003', Tab: '\uE004', Enter: '\uE007', Shift: '\uE008', Control: '\uE009', Alt: '\uE00A',
  Escape: '\uE00C', Space: ' ', PageUp: '\uE00E', PageDown: '\uE00F', End: '\uE010', Home: '\uE011',
  ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015', Delete: '\uE017', Meta: '\uE03D',
};

/**
 * `kjk-keys` and `kjk-viewport` (test/commands.ts): wtr's sendKeys and setViewport, made to work the
 * same in every engine. Over WebDriver, wtr's typing presses every letter down before letting any go,
 * so WebKit drops doubled letters and spaces ("Sanne" → "Sane"), and it has no key down/up or
 * viewport at all; puppeteer's Firefox does not know the key name "Space".
 */
function engineCommands() {
  const webdriverKey = (key) => WEBDRIVER_KEYS[key] ?? key;
  const keyActions = (sequence) => [{ type: 'key', id: 'keyboard', actions: sequence }];
  return {
    name: 'engine-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'kjk-keys' && command !== 'kjk-viewport' && command !== 'kjk-touch') return undefined;
      const browser = session.browser;
      if (browser.type === 'puppeteer') {
        const page = browser.getPage(session.id);
        // One finger down at the first point, through the others (a frame apart), and up: what a phone
        // sends (CDP touch events in Chromium). A page without a touch screen ignores touches, so the
        // page has one for the gesture, as on a phone.
        if (command === 'kjk-touch') {
          const [first, ...rest] = payload.points;
          // Firefox (over BiDi) has no DevTools session; its touchscreen needs none.
          const cdp = browser.name === 'Chromium' ? await page.createCDPSession() : undefined;
          await cdp?.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
          try {
            await page.touchscreen.touchStart(...first);
            for (const point of rest) {
              await page.touchscreen.touchMove(...point);
              await new Promise((r) => setTimeout(r, 16));
            }
            await page.touchscreen.touchEnd();
          } finally {
            await cdp?.send('Emulation.setTouchEmulationEnabled', { enabled: false });
            await cdp?.detach();
          }
          return true;
        }
        if (command === 'kjk-viewport') return page.setViewport(payload).then(() => true);
        const key = (name) => (name === 'Space' ? ' ' : name);
        if ('type' in payload) await page.keyboard.type(payload.type);
        else if ('press' in payload) await page.keyboard.press(key(payload.press));
        else if ('down' in payload) await page.keyboard.down(key(payload.down));
        else if ('up' in payload) await page.keyboard.up(key(payload.up));
        return true;
      }
      if (browser.type === 'webdriver') {
        const driver = browser.driver;
        if (command === 'kjk-touch') {
          const [first, ...rest] = payload.points;
          const at = ([x, y]) => ({ type: 'pointerMove', duration: 0, x: Math.round(x), y: Math.round(y) });
          await driver.performActions([{ type: 'pointer', id: 'finger', parameters: { pointerType: 'touch' },
            actions: [at(first), { type: 'pointerDown', button: 0 }, ...rest.map(at), { type: 'pointerUp', button: 0 }] }]);
          await driver.releaseActions();
          return true;
        }
        if (command === 'kjk-viewport') {
          // The window's own frame and toolbar take some height; size the window so the page gets `height`.
          const chrome = await driver.execute(() => window.outerHeight - window.innerHeight);
          await driver.setWindowSize(payload.width, payload.height + chrome);
          return true;
        }
        if ('type' in payload) {
          await driver.performActions(keyActions([...payload.type].flatMap((c) => [{ type: 'keyDown', value: c }, { type: 'keyUp', value: c }])));
        } else if ('press' in payload) {
          const k = webdriverKey(payload.press);
          await driver.performActions(keyActions([{ type: 'keyDown', value: k }, { type: 'keyUp', value: k }]));
        } else if ('down' in payload) {
          await driver.performActions(keyActions([{ type: 'keyDown', value: webdriverKey(payload.down) }]));
        } else if ('up' in payload) {
          await driver.performActions(keyActions([{ type: 'keyUp', value: webdriverKey(payload.up) }]));
        }
        return true;
      }
      throw new Error(`${command}: no support for browser type ${browser.type}`);
    },
  };
}

/** The strict policy of a careful intranet, for the pages under test/fixtures/csp/. */
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
async function strictCsp(context, next) {
  await next();
  if (context.path.startsWith('/test/fixtures/csp/')) context.set('Content-Security-Policy', STRICT_CSP);
}

/**
 * `/lms/<zip path under dist/lms>/<file>` serves a file from inside a built LMS package, so the
 * tests launch exactly what an author uploads.
 */
const MIME = { html: 'text/html', js: 'text/javascript', xml: 'application/xml' };
async function lmsPackages(context, next) {
  const match = /^\/lms\/(.+?\.zip)\/(.+)$/.exec(context.path);
  if (!match) return next();
  try {
    const files = unzipSync(new Uint8Array(await readFile(`dist/lms/${match[1]}`)));
    const body = files[match[2]];
    if (!body) return next();
    context.body = Buffer.from(body);
    context.type = MIME[match[2].split('.').pop()] ?? 'application/octet-stream';
  } catch {
    return next();
  }
}

/**
 * `executeServerCommand('lms', …)`: runs the package command (`{ args }` → exit code and output),
 * or rebuilds a built package (`{ rebuild: 'octagon', version }`) to compare its bytes.
 */
function lmsCommands() {
  return {
    name: 'lms',
    async executeCommand({ command, payload }) {
      if (command !== 'lms') return undefined;
      if (payload.args) {
        const run = spawnSync(process.execPath, ['scripts/package-lms.mjs', ...payload.args], { encoding: 'utf8' });
        return { code: run.status, stdout: run.stdout, stderr: run.stderr };
      }
      const { buildPackage, SCORM_VERSIONS } = await import('./scripts/lms/package.mjs');
      const { WORK_FORMATS, titleOf } = await import('./scripts/work-formats.mjs');
      const format = WORK_FORMATS.find((f) => f.name === payload.rebuild);
      const title = `${await titleOf(format)} — Ken je kracht?`;
      const hash = (bytes) => createHash('sha256').update(bytes).digest('hex');
      const again = await buildPackage({ name: format.name, version: payload.version, title });
      const built = await readFile(`dist/lms/kjk-${format.name}-${SCORM_VERSIONS[payload.version]}.zip`);
      return { rebuilt: hash(again), built: hash(built) };
    },
  };
}

/**
 * `executeServerCommand('pdf', { name })`: prints the test page to PDF as the browser's own print
 * does, and keeps the file in `test-output/pdf/<name>.pdf` to look at. Returns its page count, each
 * page's size in points (`[width, height]`) and each page's text, read by poppler's pdfinfo and
 * pdftotext (.ci/run installs them: without them the command fails and says so, rather than
 * checking less). The element must be in its print layout first (test/page-helpers.ts printToPdf does
 * that, with `beforeprint` and `afterprint` as a real print fires them).
 * Chromium: A4 with 1 cm margins unless the page's @page says otherwise, backgrounds on, print media.
 * Firefox (WebDriver BiDi's print): A4 portrait with 1 cm margins, whatever the page's @page says.
 */
function printPdf() {
  const has = (tool) => spawnSync(tool, ['-v'], { encoding: 'utf8' }).error === undefined;
  const poppler = has('pdftotext') && has('pdfinfo');
  return {
    name: 'pdf',
    async executeCommand({ command, payload, session }) {
      if (command !== 'pdf') return undefined;
      if (!poppler) throw new Error('pdftotext or pdfinfo is missing: apt-get install poppler-utils (.ci/run does).');
      const page = session.browser.getPage(session.id);
      const chromium = session.browser.name === 'Chromium';
      // page.pdf lays out for print itself, but scripts and getComputedStyle in the page would still
      // see screen media: print media for the whole print, as the browser's own print dialog has it.
      // (Firefox has no media emulation over BiDi; its print is print media all the same.)
      if (chromium) await page.emulateMediaType('print');
      let bytes;
      try {
        // Chromium's print dialog keeps about 1 cm of margin unless the page's @page says otherwise.
        const margin = { top: '10mm', right: '10mm', bottom: '10mm', left: '10mm' };
        bytes = Buffer.from(await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true, margin }));
      } finally {
        if (chromium) await page.emulateMediaType(null);
      }
      const name = String(payload?.name ?? 'page').replace(/[^\w-]/g, '_');
      await mkdir('test-output/pdf', { recursive: true });
      const path = `test-output/pdf/${name}.pdf`;
      await writeFile(path, bytes);
      const info = spawnSync('pdfinfo', ['-f', '1', '-l', '9999', path], { encoding: 'utf8' }).stdout;
      const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
      const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
      const texts = Array.from({ length: pages }, (_, i) =>
        spawnSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', path, '-'], { encoding: 'utf8' }).stdout,
      );
      return { pages, sizes, texts, path };
    },
  };
}

/**
 * `executeServerCommand('save-file', { name, base64 })`: keeps a file the test made (a .docx) in
 * `test-output/<name>`, so scripts/handout-pages.sh can open it in LibreOffice and it can be looked at.
 */
function saveFile() {
  return {
    name: 'save-file',
    async executeCommand({ command, payload }) {
      if (command !== 'save-file') return undefined;
      const name = String(payload.name).replace(/[^\w.-]/g, '_');
      await mkdir('test-output', { recursive: true });
      await writeFile(`test-output/${name}`, Buffer.from(payload.base64, 'base64'));
      return `test-output/${name}`;
    },
  };
}

/**
 * `executeServerCommand('kjk-live-server', …)`: our own live server (server/live-server.mjs, the
 * one `npx kjk-live-server` runs) in this process, on loopback, for the live-session tests.
 * `{ action: 'start', port }` → `{ url }` (the port KJK_LIVE_PORT, when set); `{ action: 'stop' }`
 * (every socket cut at once, as a crash does); `{ action: 'restart' }` (the same port, its rooms
 * gone, as after a crash without Redis); `{ action: 'dump' }` → `{ <room>: base64 of the document }`,
 * to search for plaintext; `{ action: 'upgrades' }` → how many WebSocket connections were asked for
 * since the start, to prove a device stops knocking once its room ended.
 */
function liveServer() {
  let server;
  let port;
  let upgrades = 0;
  const start = async () => {
    const { createLiveServer } = await import('./server/live-server.mjs');
    server = await createLiveServer({ port, quiet: true });
    upgrades = 0;
    server.httpServer.prependListener('upgrade', () => void upgrades++);
    return { url: server.url };
  };
  const stop = async () => {
    await server?.close();
    server = undefined;
  };
  return {
    name: 'kjk-live-server',
    async executeCommand({ command, payload }) {
      if (command !== 'kjk-live-server') return undefined;
      if (payload.action === 'start') {
        await stop();
        // KJK_LIVE_PORT: another port than the test's, for runs side by side on one machine.
        port = Number(process.env.KJK_LIVE_PORT) || payload.port;
        return start();
      }
      if (payload.action === 'stop') return stop().then(() => true);
      if (payload.action === 'restart') {
        await stop();
        return start();
      }
      if (payload.action === 'upgrades') return upgrades;
      if (payload.action === 'dump') {
        const Y = await import('yjs');
        const out = {};
        for (const [name, doc] of server?.hocuspocus.documents ?? []) out[name] = Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
        return out;
      }
      throw new Error(`kjk-live-server: unknown action ${payload.action}`);
    },
  };
}

export default {
  middleware: [strictCsp, lmsPackages],
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  rootDir: '.',
  // Side by side, a test page in a background tab gets no animation frames and fixtures hang.
  concurrency: 1,
  // Generous: CI runs on 2 shared cores; no test measures time.
  // KJK_GREP="part of a title" runs only the tests whose title matches (mocha grep), to find one quickly
  // (the summary then counts the tests left out as failed: read the ❌ lines).
  testFramework: { config: { timeout: 15000, ...(process.env.KJK_GREP ? { grep: process.env.KJK_GREP } : {}) } },
  // The LMS files launch a package many times over; per test the 15 s above still holds.
  testsFinishTimeout: 300000,
  plugins: [skipCommands(), engineCommands(), pointerMedia(), a11ySnapshotPlugin(), frameworkApps(), jsonModules(), forcedColors(), requestLog(), lmsCommands(), printPdf(), saveFile(), serverRender(), liveServer(), esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' })],
  // One engine after the other: on CI's 2 cores, engines side by side starved each other into
  // timeouts (typing tests, the LMS files) and took no less time. KJK_PARALLEL_ENGINES=3 where there are cores.
  browsers: engines.map((name) => ENGINES[name]()),
  concurrentBrowsers: Number(process.env.KJK_PARALLEL_ENGINES ?? 1),
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  reporters: [defaultReporter(), countReporter()],
};
