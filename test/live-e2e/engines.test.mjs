// Issue 15 in the three engines at once: one live room with the facilitator in Chromium, one
// participant in Firefox ESR and one in WebKit (WebKitGTK's MiniBrowser), on the built bundle
// (dist/cdn/kjk.js) and one real server. devices.test.mjs covers two servers on one Redis, in Chromium.
// Chromium and Firefox are driven by puppeteer-core (Firefox over WebDriver BiDi, as the test runner
// drives it: Debian has no geckodriver, and the npm package's one would be downloaded at run time);
// WebKit by webdriverio over classic WebDriver (WebKitWebDriver speaks no BiDi). All typing and
// clicking is real input: keys and pointer events from the driver, never `value =` or `.click()`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer as createNetServer } from 'node:net';
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { createLiveServer } from '../../server/live-server.mjs';
import { startHostPages, waitFor } from '../live-server/helpers.mjs';

const first = (paths) => paths.find((p) => p && existsSync(p));
// The same places web-test-runner.config.mjs looks, and the same packages .ci/run installs.
const binaries = {
  chromium: first([process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']),
  firefox: first([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']),
  minibrowser: first([process.env.WEBKIT_MINIBROWSER, '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser']),
  webkitDriver: first(['/usr/bin/WebKitWebDriver']),
  xvfbRun: first(['/usr/bin/xvfb-run']),
};
const missing = Object.entries(binaries).filter(([, p]) => !p).map(([name]) => name);
const skip = missing.length ? `missing ${missing.join(', ')} (Debian: apt-get install chromium firefox-esr webkit2gtk-driver xvfb xauth; .ci/run does)` : false;

// Every wait polls; none is longer than this, and each says what it did not see.
const WAIT = 20_000;

/**
 * A free port from KJK_E2E_PORTS (default 4400-4499): the machine's other users keep to theirs.
 * @param {Set<number>} taken ports this file already handed out
 */
async function portInRange(taken) {
  const [from, to] = (process.env.KJK_E2E_PORTS ?? '4400-4499').split('-').map(Number);
  for (let port = from; port <= to; port++) {
    if (taken.has(port)) continue;
    const free = await new Promise((resolve) => {
      const probe = createNetServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) {
      taken.add(port);
      return port;
    }
  }
  throw new Error(`no free port in ${from}-${to}`);
}

// In the page (serialised into each engine): what a person sees of an element, its text and what its fields hold.
const SEEN = (tag) => {
  const rootNode = document.querySelector(tag)?.shadowRoot;
  if (!rootNode) return '';
  const fields = [...rootNode.querySelectorAll('textarea, input')].map((field) => field.value);
  return `${rootNode.textContent} ${fields.join(' ')}`.replace(/\s+/g, ' ');
};
const READY = (tag) => Boolean(customElements.get(tag) && document.querySelector(tag)?.shadowRoot?.childElementCount);
const HAS = (tag, selector) => Boolean(document.querySelector(tag)?.shadowRoot?.querySelector(selector));
// The element's centre in the viewport, scrolled into view first (WebDriver pointer actions need it on screen).
const CENTRE = (tag, selector) => {
  const el = document.querySelector(tag).shadowRoot.querySelector(selector);
  el.scrollIntoView({ block: 'center', inline: 'center' });
  const r = el.getBoundingClientRect();
  return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)];
};
const FOCUSED = (tag, selector) => document.querySelector(tag).shadowRoot.activeElement === document.querySelector(tag).shadowRoot.querySelector(selector);
const LINK = (tag) => document.querySelector(tag).shadowRoot.querySelector('#live-link').value;

/** What every device can do, whatever drives it; `run` runs a function in its page. */
function person(name, run, input) {
  let tag = '';
  const device = {
    name,
    run,
    async open(url) {
      tag = new URL(url).searchParams.get('tag');
      await input.goto(url);
      await waitFor(() => run(READY, tag), `${tag} on ${name}'s page`, WAIT);
    },
    seen: () => run(SEEN, tag),
    async inEl(selector) {
      try {
        await waitFor(() => run(HAS, tag, selector), `${selector} in ${tag} on ${name}'s page`, WAIT);
      } catch (error) {
        // What the page showed instead says most about why.
        throw new Error(`${error.message}; it showed: ${(await device.seen()).slice(0, 600)}`);
      }
    },
    async press(selector) {
      await device.inEl(selector);
      await input.click(tag, selector);
    },
    async type(selector, text) {
      await device.press(selector);
      // The click is what focuses the field, as for a person; typing elsewhere would prove nothing.
      await waitFor(() => run(FOCUSED, tag, selector), `${selector} focused on ${name}'s page`, WAIT);
      await input.type(text);
    },
    async note(zone, text) {
      await device.type(`#add-${zone}`, text);
      await input.enter();
    },
    async link() {
      await device.inEl('#live-link');
      return run(LINK, tag);
    },
    async until(what, check) {
      return waitFor(async () => check(await device.seen()), `${what} (on ${name}'s device)`, WAIT);
    },
  };
  return device;
}

/**
 * A device driven by puppeteer (Chromium over CDP, Firefox over WebDriver BiDi). Each room opens in a
 * fresh browser context: a facilitator's tab that kept an unended room resumes it (by design, per
 * session store), which is not what the next test is about.
 */
function puppeteerPerson(name, browser) {
  let context, page;
  const run = (fn, ...args) => page.evaluate(fn, ...args);
  return person(name, run, {
    async goto(url) {
      await context?.close();
      context = await browser.createBrowserContext();
      page = await context.newPage();
      await page.setViewport({ width: 1000, height: 900 });
      await page.goto(url);
    },
    async click(tag, selector) {
      const [x, y] = await run(CENTRE, tag, selector);
      await page.mouse.click(x, y);
    },
    type: (text) => page.keyboard.type(text),
    enter: () => page.keyboard.press('Enter'),
  });
}

/** A device driven by webdriverio over classic WebDriver (WebKit). */
function webdriverPerson(name, browser) {
  const run = (fn, ...args) => browser.execute(fn, ...args);
  const keys = (values) => browser.performActions([{ type: 'key', id: 'keyboard', actions: values.flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]) }]);
  return person(name, run, {
    // Through a blank page, so each link is a page load: from the last room's page, a link that differs
    // only in its fragment would be a same-document jump, which a page that already left (or ended)
    // a room does not act on (reported: a new join link opened in the same tab is not joined).
    async goto(url) {
      await browser.url('about:blank');
      await browser.url(url);
    },
    // WebKitWebDriver's element click takes the shadow host for another element ("click intercepted"):
    // a pointer at the element's place is what a person's mouse does anyway.
    async click(tag, selector) {
      const [x, y] = await run(CENTRE, tag, selector);
      await browser.performActions([{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' },
        actions: [{ type: 'pointerMove', duration: 0, origin: 'viewport', x, y }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }] }]);
      await browser.releaseActions();
    },
    // Each key down and up before the next: webdriverio's own typing presses all before releasing
    // any, and WebKit then drops doubled letters ("Noor" → "Nor"; see the toolchain notes).
    type: (text) => keys([...text]),
    enter: () => keys(['\uE007']),
  });
}

/** WebKitWebDriver on `port` under a virtual X display (MiniBrowser has no headless mode), in its own process group. */
function startWebKitDriver(port) {
  const child = spawn(binaries.xvfbRun, ['-a', '-s', '-screen 0 1400x3000x24', binaries.webkitDriver, `--port=${port}`], { stdio: 'ignore', detached: true });
  const signal = (name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      // already gone
    }
  };
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // Also when this process dies before `after` runs: no driver or X server left behind.
  process.once('exit', () => signal('SIGKILL'));
  /** The whole group (xvfb-run, Xvfb, the driver and its browser), waited for; killed if it lingers. */
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    signal('SIGTERM');
    const timer = setTimeout(() => signal('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  return { stop };
}

describe('live session in three engines: Chromium leads, Firefox and WebKit take part', { skip, timeout: 180_000 }, () => {
  const ports = new Set();
  let server, pages, chromium, firefox, webkitDriver, webkit;
  let lead, fox, kit;

  before(async () => {
    server = await createLiveServer({ port: await portInRange(ports), quiet: true });
    pages = await startHostPages(await portInRange(ports));
    webkitDriver = startWebKitDriver(await portInRange(ports));
    const driverPort = [...ports].at(-1);
    // The three start side by side (each takes a few seconds, mostly waiting); each is kept as soon as
    // it is up, and all are waited for, so `after` closes whichever started even if another failed.
    const started = await Promise.allSettled([
      puppeteer.launch({ executablePath: binaries.chromium, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] }).then((b) => (chromium = b)),
      puppeteer.launch({ browser: 'firefox', executablePath: binaries.firefox, headless: true }).then((b) => (firefox = b)),
      remote({
        hostname: '127.0.0.1',
        port: driverPort,
        logLevel: 'error',
        // The driver takes a moment to listen under a new X display.
        connectionRetryCount: 10,
        connectionRetryTimeout: WAIT,
        capabilities: {
          browserName: 'MiniBrowser',
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: binaries.minibrowser, args: ['--automation'] },
        },
      }).then((b) => (webkit = b)),
    ]);
    const failed = started.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    await webkit.setWindowSize(1000, 1000);
    lead = puppeteerPerson('the facilitator (Chromium)', chromium);
    fox = puppeteerPerson('Fenna (Firefox)', firefox);
    kit = webdriverPerson('Wim (WebKit)', webkit);
  });

  after(async () => {
    // Each closed on its own, so one that fails to close does not leave the others running.
    const quietly = (fn) => Promise.resolve().then(fn).catch((error) => console.error(`closing: ${error.message}`));
    await quietly(() => webkit?.deleteSession());
    await quietly(() => webkitDriver?.stop());
    await quietly(() => firefox?.close());
    await quietly(() => chromium?.close());
    await quietly(() => pages?.close());
    await quietly(() => server?.close());
  });

  const pageFor = (tag) => `${pages.origin}/page?server=${encodeURIComponent(server.url)}&tag=${tag}`;

  /** The facilitator starts a room in Chromium; Firefox and WebKit open the join link it shows and join by name. */
  async function room(tag) {
    await lead.open(pageFor(tag));
    await lead.press('[data-live="start"]');
    const link = await lead.link();
    assert.match(new URL(link).hash, /^#kjk-live=[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/);
    for (const [device, name] of [[fox, 'Fenna Smit'], [kit, 'Wim Hoogland']]) {
      await device.open(link);
      await device.type('#live-name', name);
      await device.press('[data-live="join"]');
      await lead.until(`${name} in the facilitator's list`, (text) => text.includes(name));
    }
  }

  it('each fills their own sheet; the facilitator sees counts only; "Deel je bevindingen" shows every note in every engine', async () => {
    await room('kjk-octagon');
    // Doubled letters and spaces on purpose: the keys an engine is most likely to drop.
    const notes = { fox: 'Fenna vindt de buurt sterk', kit: 'Wim mist de school aan tafel' };
    await fox.note('why', notes.fox);
    await kit.note('why', notes.kit);
    await fox.until('her own note on her sheet', (text) => text.includes(notes.fox));
    await kit.until('his own note on his sheet', (text) => text.includes(notes.kit));
    await lead.until('a count of 1 note for each participant', (text) => (text.match(/1 notitie/g) ?? []).length >= 2);
    const counts = await lead.seen();
    assert.ok(!counts.includes(notes.fox) && !counts.includes(notes.kit), 'the facilitator sees no content before the reveal');
    assert.ok(!(await fox.seen()).includes(notes.kit), 'Firefox does not show the WebKit note before the reveal');
    assert.ok(!(await kit.seen()).includes(notes.fox), 'WebKit does not show the Firefox note before the reveal');

    await lead.press('[data-live="reveal"]');
    for (const device of [lead, fox, kit]) {
      // "Bekijk alle bladen" shows every sheet side by side.
      await device.press('[data-action="share"]');
      await device.until('every note after the reveal', (text) => text.includes(notes.fox) && text.includes(notes.kit));
    }

    // "Sessie beëindigen": every engine says so and keeps its copy with everyone's notes.
    await lead.press('[data-live="end"]');
    await lead.press('[data-live="end-yes"]');
    for (const device of [lead, fox, kit]) {
      await device.until('the end of the session, with every note kept', (text) => text.includes('De sessie is beëindigd') && text.includes(notes.fox) && text.includes(notes.kit));
    }
  });

  it('the server goes down mid-session: Firefox and WebKit say so, keep writing, and everything arrives after the restart', async () => {
    await room('kjk-octagon');
    const port = Number(new URL(server.url).port);
    await server.close();
    for (const device of [fox, kit]) await device.until('that the connection is gone', (text) => text.includes('Geen verbinding'));
    const notes = { fox: 'Fenna schreef dit zonder verbinding', kit: 'Wim schreef dit offline, met twee oo' };
    await fox.note('why', notes.fox);
    await kit.note('why', notes.kit);
    // Without Redis the restarted server has no rooms: the devices bring theirs back.
    server = await createLiveServer({ port, quiet: true });
    await lead.until('a count of 1 note for each participant, after the restart', (text) => (text.match(/1 notitie/g) ?? []).length >= 2);
    for (const device of [fox, kit]) await device.until('the connection back', (text) => !text.includes('Geen verbinding'));
    const counts = await lead.seen();
    assert.ok(!counts.includes(notes.fox) && !counts.includes(notes.kit), 'still counts only, no content, before the reveal');
    await lead.press('[data-live="reveal"]');
    for (const device of [lead, fox, kit]) {
      await device.press('[data-action="share"]');
      await device.until('both notes written offline, after the reveal', (text) => text.includes(notes.fox) && text.includes(notes.kit));
    }
  });

  it('the word cloud: each engine adds a word and all three show all three words', async () => {
    await room('kjk-word-cloud');
    const words = { lead: 'vertrouwen', fox: 'samenwerking', kit: 'humoor' };
    await lead.note('words', words.lead);
    await fox.note('words', words.fox);
    await kit.note('words', words.kit);
    for (const device of [lead, fox, kit]) await device.until('all three words', (text) => Object.values(words).every((w) => text.includes(w)));
  });

  it('in the fan, Firefox and WebKit follow the facilitator\'s card; WebKit, once it stops following, stays put', async () => {
    await room('kjk-fan');
    const cardOf = (device) => device.run(() => document.querySelector('kjk-fan').card);
    await lead.run(() => document.querySelector('kjk-fan').showCard('why'));
    for (const device of [fox, kit]) await waitFor(async () => (await cardOf(device)) === 'why', `the card "why" on ${device.name}'s fan`, WAIT);
    // "Volg de gespreksleider" off in WebKit, by its own checkbox.
    await kit.press('[data-live="follow"]');
    await waitFor(() => kit.run(() => !document.querySelector('kjk-fan').shadowRoot.querySelector('[data-live="follow"]').checked), 'the follow box unticked in WebKit', WAIT);
    await lead.run(() => document.querySelector('kjk-fan').showCard('with-whom'));
    await waitFor(async () => (await cardOf(fox)) === 'with-whom', 'the next card on Firefox\'s fan (still following)', WAIT);
    // WebKit did receive the move (its session holds it, decrypted) and rendered since; only then does
    // its card staying put prove anything (Firefox's arrival says nothing of WebKit's).
    const received = () => kit.run(async () => {
      const fan = document.querySelector('kjk-fan');
      if (fan.live.inRoom?.position?.card !== 'with-whom') return false;
      await fan.updateComplete;
      return true;
    });
    await waitFor(received, 'the move in WebKit\'s session', WAIT);
    assert.equal(await cardOf(kit), 'why', 'WebKit, no longer following, keeps its own card');
  });
});
