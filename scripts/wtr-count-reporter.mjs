// web-test-runner prints no plain "N passed, N failed" line; CI reads that line.
// A test file that fails to load, or errors outside a test, counts as a failure and is named.
// Per engine it also says how long it ran and which tests it skipped, and why (test/engine.ts).

/** browser name → reason → how many tests skipped for it; filled by the `skip` server command. */
const skipped = new Map();

/**
 * `executeServerCommand('skip', { reason })`: a test says why it cannot run in this engine just
 * before it skips itself, so the summary can name the reason instead of a bare count.
 */
export function skipCommands() {
  return {
    name: 'skip-reasons',
    executeCommand({ command, payload, session }) {
      if (command !== 'skip') return undefined;
      const reasons = skipped.get(session.browser.name) ?? new Map();
      reasons.set(payload.reason, (reasons.get(payload.reason) ?? 0) + 1);
      skipped.set(session.browser.name, reasons);
      return true;
    },
  };
}

function count(suite, totals, path = []) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else {
      totals.failed++;
      totals.names.push([...path, test.name].join(' > '));
    }
  }
  for (const child of suite.suites ?? []) count(child, totals, [...path, child.name]);
}

const seconds = (ms) => {
  const s = Math.round(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`;
};

export function countReporter() {
  /** browser name → when its first test file started and its last one finished. */
  const started = new Map();
  const finished = new Map();
  return {
    start({ sessions }) {
      sessions.on('session-status-updated', (session) => {
        const name = session.browser.name;
        if (!started.has(name) && session.status !== 'SCHEDULED') started.set(name, Date.now());
        if (session.status === 'FINISHED') finished.set(name, Date.now());
      });
    },
    stop({ sessions }) {
      const all = { passed: 0, failed: 0, skipped: 0, names: [] };
      const byEngine = new Map();
      for (const session of sessions) {
        const name = session.browser.name;
        if (!byEngine.has(name)) byEngine.set(name, { passed: 0, failed: 0, skipped: 0, names: [] });
        const totals = byEngine.get(name);
        if (session.testResults) count(session.testResults, totals, [`[${name}] ${session.testFile}`]);
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          totals.failed++;
          totals.names.push(`[${name}] ${session.testFile}: ${session.errors.map((e) => e.message).join('; ')}`);
        }
      }
      for (const totals of byEngine.values()) {
        all.passed += totals.passed;
        all.failed += totals.failed;
        all.skipped += totals.skipped;
        all.names.push(...totals.names);
      }
      // wtr prints its own summary after reporters stop; say ours last.
      process.once('exit', () => {
        if (all.names.length) console.log(`Failed:\n${all.names.map((n) => `  - ${n}`).join('\n')}`);
        console.log('Per engine:');
        for (const [name, totals] of byEngine) {
          const time = finished.has(name) ? `, ${seconds(finished.get(name) - started.get(name))}` : '';
          console.log(`  ${name}: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped${time}`);
          for (const [reason, n] of skipped.get(name) ?? []) console.log(`    skipped ${n}: ${reason}`);
        }
        console.log(`${all.passed} passed, ${all.failed} failed, ${all.skipped} skipped`);
      });
    },
  };
}
