// web-test-runner prints no plain "N passed, N failed" line; CI reads that line.
// A test file that fails to load, or errors outside a test, counts as a failure and is named.
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

export function countReporter() {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, names: [] };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals, [session.testFile]);
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          totals.failed++;
          totals.names.push(`${session.testFile}: ${session.errors.map((e) => e.message).join('; ')}`);
        }
      }
      // wtr prints its own summary after reporters stop; say ours last.
      process.once('exit', () => {
        if (totals.names.length) console.log(`Failed:\n${totals.names.map((n) => `  - ${n}`).join('\n')}`);
        console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
      });
    },
  };
}
