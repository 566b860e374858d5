// `npm run bench:live` (issue 15; a measurement, not a timed test): 30 simulated participants —
// Node HocuspocusProvider clients with their own Y documents — in one room of a real
// kjk-live-server process. Each keystroke rewrites one note's ciphertext (the browser re-encrypts a
// note as a whole, with a fresh IV). Measures keystroke on one client → visible on another (p50/p95
// over 200 samples, while the other participants keep typing), and the server process's memory
// (RSS) and CPU for that room. Writes bench/live-results.json.
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { connectClient, newRoom, sleep, startServerProcess, waitFor } from '../test/live-server/helpers.mjs';

const PARTICIPANTS = 30;
const SAMPLES = 200;
/** Background typing: each other participant presses a key about this often (ms). */
const BACKGROUND_EVERY = 1000;

/** A note's value after `length` characters, as the browser would store it (iv + ciphertext + tag). @param {number} length */
const noteCiphertext = (length) => `v1.${randomBytes(12 + 16 + 40 + length).toString('base64url')}`;

/** The server process's resident memory (bytes) and CPU time (s), from /proc. @param {number} pid */
function usage(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rss = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
  // Fields 14 and 15 of /proc/<pid>/stat (after the command in parentheses): user and system ticks.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return { rss, cpu: ticks / 100 };
}

/** @param {number[]} values @param {number} p */
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const mb = (/** @type {number} */ bytes) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const ms = (/** @type {number} */ value) => Math.round(value * 10) / 10;

const server = await startServerProcess(['--quiet']);
const pid = /** @type {number} */ (server.child.pid);
/** @type {ReturnType<typeof connectClient>[]} */
const clients = [];
let background;
try {
  await sleep(500);
  const idle = usage(pid);

  const room = newRoom();
  const joinStart = performance.now();
  for (let i = 0; i < PARTICIPANTS; i += 1) clients.push(connectClient(server.url, room));
  await Promise.all(clients.map((c) => c.synced));
  const joinMs = performance.now() - joinStart;

  // Everyone puts in a name and five notes, as at the start of a round.
  clients.forEach((client, i) => {
    client.doc.transact(() => {
      client.data.set(`person/p${i}`, noteCiphertext(12));
      for (let n = 0; n < 5; n += 1) client.data.set(`note/octagon/p${i}/z${n % 8}/n${n}`, noteCiphertext(80));
    });
  });
  const expected = PARTICIPANTS * 6;
  await waitFor(() => clients.every((c) => c.data.size >= expected), 'every client to have every note', 30_000);

  // The others keep typing in their own notes while the samples are taken.
  let keystrokes = 0;
  background = setInterval(() => {
    for (let i = 2; i < PARTICIPANTS; i += 1) {
      if (Math.random() < 100 / BACKGROUND_EVERY) {
        keystrokes += 1;
        clients[i].data.set(`note/octagon/p${i}/z0/n0`, noteCiphertext(80 + (keystrokes % 200)));
      }
    }
  }, 100);

  const before = usage(pid);
  const windowStart = performance.now();
  const writer = clients[0];
  const reader = clients[1];
  const key = 'note/octagon/p0/z1/live';
  /** @type {number[]} */
  const latencies = [];
  for (let s = 0; s < SAMPLES; s += 1) {
    const value = noteCiphertext(s);
    const seen = new Promise((resolve) => {
      const observe = (/** @type {Y.YMapEvent<unknown>} */ event) => {
        if (event.keysChanged.has(key) && reader.data.get(key) === value) {
          reader.data.unobserve(observe);
          resolve(performance.now());
        }
      };
      reader.data.observe(observe);
    });
    const pressed = performance.now();
    writer.data.set(key, value);
    latencies.push(/** @type {number} */ (await seen) - pressed);
    await sleep(25);
  }
  const windowSeconds = (performance.now() - windowStart) / 1000;
  const afterSamples = usage(pid);
  clearInterval(background);

  const docBytes = Y.encodeStateAsUpdate(reader.doc).length;
  const results = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`,
    participants: PARTICIPANTS,
    samples: SAMPLES,
    keystrokeToOtherClientMs: { p50: ms(percentile(latencies, 50)), p95: ms(percentile(latencies, 95)), max: ms(Math.max(...latencies)) },
    joinAllMs: Math.round(joinMs),
    backgroundKeystrokesPerSecond: Math.round(keystrokes / windowSeconds),
    roomDocumentBytes: docBytes,
    server: {
      idleRssMb: mb(idle.rss),
      rssWithRoomMb: mb(afterSamples.rss),
      rssPerRoomMb: mb(afterSamples.rss - idle.rss),
      cpuPercentDuringTyping: Math.round(((afterSamples.cpu - before.cpu) / windowSeconds) * 1000) / 10,
    },
  };

  const rows = [
    ['participants in one room', String(PARTICIPANTS)],
    ['keystroke → other client, p50', `${results.keystrokeToOtherClientMs.p50} ms`],
    ['keystroke → other client, p95', `${results.keystrokeToOtherClientMs.p95} ms`],
    ['keystroke → other client, max', `${results.keystrokeToOtherClientMs.max} ms`],
    ['background keystrokes (others)', `${results.backgroundKeystrokesPerSecond} /s`],
    ['30 clients joined and synced', `${results.joinAllMs} ms`],
    ['room document size', `${(docBytes / 1024).toFixed(1)} KB`],
    ['server RSS idle', `${results.server.idleRssMb} MB`],
    ['server RSS with the room', `${results.server.rssWithRoomMb} MB (+${results.server.rssPerRoomMb} MB)`],
    ['server CPU while typing', `${results.server.cpuPercentDuringTyping} % of one core`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`\nLive server, ${results.machine}\n`);
  for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
  const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'live-results.json');
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWritten to ${path.relative(process.cwd(), out)}`);
} finally {
  clearInterval(background);
  for (const client of clients) client.destroy();
  await server.stop();
}
