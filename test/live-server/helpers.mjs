// Real things for the live-server tests and the bench: a Redis server, server processes, a MONITOR
// capture of everything Redis receives, and Node clients that speak to the server as a browser does.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

const root = path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))));
export const CLI = path.join(root, 'server/cli.mjs');

/** A free TCP port on loopback (the OS picks it; it may be taken again before use, rarely). */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
  });
}

export const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until `check()` is truthy, or fails after `ms` with `what` in the message.
 * @template T
 * @param {() => T | Promise<T>} check
 * @param {string} what
 * @param {number} [ms]
 * @returns {Promise<T>}
 */
export async function waitFor(check, what, ms = 5000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(20);
  }
}

/**
 * Spawns a child and resolves once a line of its output matches `ready`.
 * @param {string} command
 * @param {string[]} args
 * @param {RegExp} ready
 */
function spawnReady(command, args, ready, ms = 10_000) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} did not start in ${ms} ms:\n${output}`));
    }, ms);
    const look = (/** @type {Buffer} */ chunk) => {
      output += chunk;
      const match = ready.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, match, output: () => output });
      }
    };
    child.stdout.on('data', look);
    child.stderr.on('data', look);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited with ${code} before it was ready:\n${output}`));
    });
  }).then((/** @type {any} */ started) => {
    child.removeAllListeners('exit');
    return started;
  });
}

/** Ends a child process and waits for it. @param {import('node:child_process').ChildProcess} child */
async function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts Debian's redis-server on a free port, without any persistence.
 * @returns {Promise<{ port: number, url: string, stop(): Promise<void> }>}
 */
export async function startRedis() {
  const port = await freePort();
  const { child } = await spawnReady(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    /Ready to accept connections/,
  );
  return { port, url: `redis://127.0.0.1:${port}`, stop: () => stopChild(child) };
}

/**
 * Runs redis-cli with the given arguments and returns its output.
 * @param {number} port
 * @param {string[]} args
 * @returns {Promise<string>}
 */
export function redisCli(port, args) {
  return new Promise((resolve, reject) => {
    const child = spawn('redis-cli', ['-p', String(port), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`redis-cli ${args.join(' ')}: ${out}`))));
  });
}

/**
 * Everything Redis is sent from now on (`redis-cli MONITOR`), plus a dump of every key and value.
 * `stop()` ends the capture and returns the MONITOR log; `dump()` reads every key with its value
 * (strings, and the members of other types) as text.
 * @param {number} port
 */
export async function captureRedis(port) {
  const { child, output } = await spawnReady('redis-cli', ['-p', String(port), 'MONITOR'], /^OK/m);
  return {
    /** The log so far. */
    log: () => output(),
    async stop() {
      // MONITOR shows a command after Redis ran it: a PING makes sure everything before it is in.
      await redisCli(port, ['PING']);
      await sleep(100);
      await stopChild(child);
      return output();
    },
    dump: () => dumpRedis(port),
  };
}

/** Every key in Redis with its value, as text. @param {number} port */
export async function dumpRedis(port) {
  const keys = (await redisCli(port, ['--scan'])).split('\n').filter(Boolean);
  let text = '';
  for (const key of keys) {
    const type = (await redisCli(port, ['TYPE', key])).trim();
    const read = {
      string: ['GET', key],
      hash: ['HGETALL', key],
      list: ['LRANGE', key, '0', '-1'],
      set: ['SMEMBERS', key],
      zset: ['ZRANGE', key, '0', '-1'],
      stream: ['XRANGE', key, '-', '+'],
    }[type];
    text += `${key}\n${read ? await redisCli(port, read) : ''}\n`;
  }
  return { keys, text };
}

/**
 * Spawns `node server/cli.mjs` with the given flags and waits for its listening line.
 * @param {string[]} [args] e.g. ['--redis', url]
 * @returns {Promise<{ url: string, port: number, child: import('node:child_process').ChildProcess, output(): string, stop(): Promise<void> }>}
 */
export async function startServerProcess(args = []) {
  const withPort = args.includes('--port') ? args : ['--port', '0', ...args];
  const { child, match, output } = await spawnReady(process.execPath, [CLI, ...withPort], /listening on (ws:\/\/\S+:(\d+))/);
  return { url: match[1], port: Number(match[2]), child, output, stop: () => stopChild(child) };
}

/** A room id as the browser makes it: 16 random bytes, base64url. */
export const newRoom = () => randomBytes(16).toString('base64url');

/** A value that looks like what the browser writes: `v1.` + base64url of 12 + n random bytes. */
export const fakeCiphertext = (n = 24) => `v1.${randomBytes(12 + n).toString('base64url')}`;

/**
 * A WebSocket class for the provider that sends an Origin header, as a browser does.
 * @param {string | undefined} origin
 */
export function socketWithOrigin(origin) {
  return class extends WebSocket {
    /** @param {string} url */
    constructor(url) {
      super(url, origin ? { origin } : {});
    }
  };
}

/**
 * A Node client on a room: a Y document behind a HocuspocusProvider, as the browser has.
 * @param {string} url
 * @param {string} room
 * @param {{ origin?: string }} [options]
 */
export function connectClient(url, room, { origin = 'http://127.0.0.1:8000' } = {}) {
  const doc = new Y.Doc();
  /** @type {{ code?: number, reason: string }[]} */
  const closes = [];
  /** @type {string[]} */
  const refusals = [];
  // WebSocketPolyfill and the retry options belong to the socket the provider makes for itself
  // (3.4.4's types list them on HocuspocusProviderWebsocket only).
  const provider = new HocuspocusProvider(/** @type {any} */ ({
    url,
    name: room,
    document: doc,
    WebSocketPolyfill: socketWithOrigin(origin),
    // Fail fast in tests; the browser client chooses its own back-off.
    delay: 100,
    minDelay: 50,
    maxAttempts: 0,
    onAuthenticationFailed: (/** @type {{ reason: string }} */ { reason }) => refusals.push(reason),
    onClose: (/** @type {{ event: { code?: number, reason: string } }} */ { event }) => closes.push({ code: event.code, reason: event.reason }),
  }));
  const synced = new Promise((resolve) => provider.on('synced', resolve));
  return {
    doc,
    provider,
    data: doc.getMap('data'),
    meta: doc.getMap('meta'),
    closes,
    refusals,
    synced,
    destroy() {
      // HocuspocusProvider 3.4.4: after the server closes the socket, the provider schedules a
      // reconnect with a bare setTimeout that destroy() does not clear, and that reconnect retries
      // forever. Making connect a no-op first ends the client for good.
      const socket = /** @type {any} */ (provider.configuration.websocketProvider);
      socket.connect = async () => {};
      provider.destroy();
    },
  };
}

/**
 * Host pages as an intranet would have them, and dist/, on loopback (the e2e tests, the bench and
 * the screenshots): `/page?server=ws://127.0.0.1:N&tag=kjk-…` is the loader and one element with
 * that `live-server` (`persist="session"`); `attrs` adds attributes written as name="value".
 * @param {number} [port] 0 for any free one
 */
export async function startHostPages(port = 0) {
  const { createServer: createHttpServer } = await import('node:http');
  const { readFile } = await import('node:fs/promises');
  const pageHtml = (/** @type {URL} */ url) => {
    const server = url.searchParams.get('server') ?? '';
    const tag = url.searchParams.get('tag') ?? 'kjk-octagon';
    const attrs = url.searchParams.get('attrs') ?? '';
    if (!/^ws:\/\/127\.0\.0\.1:\d+$/.test(server) || !/^kjk-[a-z-]+$/.test(tag) || !/^(\s*[a-z-]+="[^"<>&]*")*\s*$/.test(attrs)) return null;
    return `<!doctype html><html lang="nl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Samen</title>
<script type="module" src="/dist/cdn/kjk.js"></script></head>
<body><${tag} live-server="${server}" persist="session" ${attrs}></${tag}></body></html>`;
  };
  const http = createHttpServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/page') {
      const html = pageHtml(url);
      res.writeHead(html ? 200 : 400, { 'Content-Type': 'text/html; charset=utf-8' }).end(html ?? 'bad page');
      return;
    }
    const file = path.normalize(path.join(root, url.pathname));
    if (!file.startsWith(path.join(root, 'dist') + path.sep)) return void res.writeHead(404).end();
    try {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(await readFile(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => http.listen(port, '127.0.0.1', () => resolve(undefined)));
  const origin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (http.address()).port}`;
  return {
    origin,
    /** The page with `tag` on live server `server` (its ws:// URL), plus a fragment and attributes. */
    page: (/** @type {string} */ server, tag = 'kjk-octagon', { fragment = '', attrs = '' } = {}) =>
      `${origin}/page?server=${encodeURIComponent(server)}&tag=${tag}${attrs ? `&attrs=${encodeURIComponent(attrs)}` : ''}${fragment}`,
    close: () => new Promise((resolve) => http.close(() => resolve(undefined))),
  };
}
