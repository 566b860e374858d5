/**
 * Which engine runs this test file, and the few things a test needs that only some engines'
 * automation offers. A test that needs one skips itself elsewhere and tells the run why, so the
 * closing summary names per engine what was skipped and for what reason (scripts/wtr-count-reporter.mjs).
 * The behaviour itself is tested in every engine; only the emulation around it is missing.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

export const engine: Engine = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrom(e|ium)\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

const CDP = "Chromium's DevTools protocol";

/** What a test can need, where it is available and why not elsewhere. */
export const NEEDS = {
  'print-media': { engines: ['chromium'], reason: `print media is emulated through ${CDP}` },
  'forced-colors': { engines: ['chromium'], reason: `forced colours are emulated through ${CDP}` },
  'reduced-motion': { engines: ['chromium'], reason: `prefers-reduced-motion is emulated through ${CDP}` },
  'color-scheme': { engines: ['chromium'], reason: `prefers-color-scheme is emulated through ${CDP}` },
  'request-log': { engines: ['chromium', 'firefox'], reason: "WebKit's WebDriver cannot see the page's requests" },
  'a11y-tree': { engines: ['chromium'], reason: `the accessibility tree is read through ${CDP}` },
  'focus-styles': { engines: ['chromium', 'firefox'], reason: "WebKitGTK's window under WebDriver has no system focus, so :focus styles never apply" },
  'narrow-window': { engines: ['chromium', 'firefox'], reason: "WebKitGTK's window cannot be narrower than 447 px" },
  touch: {
    engines: ['chromium'],
    reason: "real touches come through Chromium's DevTools protocol (WebKitGTK's WebDriver sends its touch pointer as a mouse, tested; Firefox's BiDi here has none)",
  },
  pdf: { engines: ['chromium', 'firefox'], reason: "WebKit's WebDriver cannot print to PDF" },
  'pdf-page-size': {
    engines: ['chromium'],
    reason: "only Chromium's print takes the paper size from the page's @page (Firefox's BiDi print takes it from the command; WebKit's WebDriver cannot print)",
  },
} as const satisfies Record<string, { engines: readonly Engine[]; reason: string }>;

export type Need = keyof typeof NEEDS;

export const can = (need: Need): boolean => (NEEDS[need].engines as readonly Engine[]).includes(engine);

/** Call first in a test (`function`, not an arrow): skips it where `need` is missing, and says why. */
export async function requires(context: { skip(): void }, ...needs: Need[]): Promise<void> {
  const missing = needs.find((need) => !can(need));
  if (!missing) return;
  await executeServerCommand('skip', { reason: NEEDS[missing].reason });
  context.skip();
}

/** `it`, for a test that needs what only some engines offer. */
export function itRequires(needs: Need | Need[], title: string, fn: (this: Mocha.Context) => Promise<unknown> | void): Mocha.Test {
  return it(title, async function () {
    await requires(this, ...([] as Need[]).concat(needs));
    await fn.call(this);
  });
}
