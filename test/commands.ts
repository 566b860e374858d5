/**
 * wtr's sendKeys and setViewport, the same in Chromium, Firefox and WebKit (the `kjk-keys` and
 * `kjk-viewport` commands in web-test-runner.config.mjs say what differs). Tests import these, not
 * the ones from @web/test-runner-commands.
 */
import { emulateMedia as wtrEmulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { can, engine, requires, type Need } from './engine.js';

/**
 * The page size each test starts with: wtr's puppeteer pages are 800×600. WebDriver (WebKit's, and
 * Firefox's BiDi) moves the pointer only inside the viewport, so there it is tall enough for every
 * test's pointer path.
 */
export const DEFAULT_VIEWPORT = engine === 'chromium' ? { width: 800, height: 600 } : { width: 800, height: 1600 };
if (engine !== 'chromium') before(() => executeServerCommand('kjk-viewport', DEFAULT_VIEWPORT));

// The running test, so a command deep in a helper can skip it where the engine lacks what it needs.
// The test itself, not a context: a root hook's context is not the one the test runs in.
let current: Mocha.Runnable | undefined;
beforeEach(function () {
  current = this.currentTest;
});

/** Skips the running test unless the engine can do `need`. */
export async function needs(need: Need): Promise<void> {
  if (can(need)) return;
  if (!current) throw new Error(`${need} is missing here and no test is running to skip`);
  await requires(current, need);
}

export type KeysPayload = { type: string } | { press: string } | { down: string } | { up: string };

export async function sendKeys(payload: KeysPayload): Promise<void> {
  await executeServerCommand('kjk-keys', payload);
}

/** One finger on the screen: down at the first point (viewport px), through the rest, and up, as a phone sends it. */
export async function touchPath(points: Array<[number, number]>): Promise<void> {
  await executeServerCommand('kjk-touch', { points });
}

/** WebKitGTK's MiniBrowser window has a toolbar and cannot be narrower than this (tested: 447 px). */
export const WEBKIT_MIN_WIDTH = 447;

export async function setViewport(viewport: { width: number; height: number }): Promise<void> {
  // A narrower request would silently give a 447 px page, and the test would pass for the wrong reason.
  if (engine === 'webkit' && viewport.width < WEBKIT_MIN_WIDTH) throw new Error(`WebKit cannot be ${viewport.width} px wide: use narrow() from test/commands.ts`);
  await executeServerCommand('kjk-viewport', viewport);
}

/**
 * Runs `fn` at a narrow window width (and puts the default size back after), or skips the test where the
 * engine's window cannot be that narrow. Call first in a test (`function`, not an arrow).
 */
export async function narrow(context: Mocha.Context, width: number, height: number, fn: () => Promise<void>): Promise<void> {
  if (engine === 'webkit' && width < WEBKIT_MIN_WIDTH) await requires(context, 'narrow-window');
  await setViewport({ width, height });
  try {
    await fn();
  } finally {
    await setViewport(DEFAULT_VIEWPORT);
  }
}

type Media = Parameters<typeof wtrEmulateMedia>[0];

/**
 * wtr's emulateMedia where the engine has it (Chromium). Elsewhere a test that asks for print
 * media, reduced motion or a colour scheme is skipped, with the reason; putting the defaults back
 * (screen, no-preference, light) is then nothing to do.
 */
export async function emulateMedia(media: Media): Promise<void> {
  if (!can('print-media')) {
    if (media.media === 'print') await needs('print-media');
    if (media.reducedMotion === 'reduce') await needs('reduced-motion');
    if (media.colorScheme === 'dark') await needs('color-scheme');
    return;
  }
  await wtrEmulateMedia(media);
}

/** Reduced motion where the engine can emulate it; elsewhere the test just waits for the motion. */
export async function reduceMotionWherePossible(reduce: boolean): Promise<void> {
  if (can('reduced-motion')) await wtrEmulateMedia({ reducedMotion: reduce ? 'reduce' : 'no-preference' });
}

/** Windows high-contrast mode (the `forced-colors` command), or the test is skipped. */
export async function forcedColors(value: 'active' | 'none'): Promise<void> {
  if (value === 'active') await needs('forced-colors');
  else if (!can('forced-colors')) return;
  await executeServerCommand('forced-colors', value);
}

/**
 * A finger drawn across the page from `from` to `to` (viewport pixels) in `steps` moves, as a touch
 * screen reports it: real touch events with the browser's own pointer events and gestures (see
 * `touchPath`). Skips the test where the engine has no touch.
 */
export async function touchDrag(from: [number, number], to: [number, number], steps = 8): Promise<void> {
  await needs('touch');
  const points = Array.from({ length: steps + 1 }, (_, i): [number, number] => [
    Math.round(from[0] + ((to[0] - from[0]) * i) / steps),
    Math.round(from[1] + ((to[1] - from[1]) * i) / steps),
  ]);
  await touchPath(points);
}
