import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { existsSync } from 'node:fs';
import { countReporter } from './scripts/wtr-count-reporter.mjs';

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
      if (imported(context)) return { body: `export default ${context.body};` };
    },
  };
}

/** Debian's Chromium here; CHROME_PATH anywhere else. */
function findChrome() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ].filter(Boolean);
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error('No Chrome or Chromium found. Install it (Debian: apt-get install chromium) or set CHROME_PATH.');
  }
  return found;
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  rootDir: '.',
  // Side by side, a test page in a background tab gets no animation frames and fixtures hang.
  concurrency: 1,
  testFramework: { config: { timeout: 8000 } },
  plugins: [jsonModules(), esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome(),
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      },
    }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  reporters: [defaultReporter(), countReporter()],
};
