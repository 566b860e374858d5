#!/usr/bin/env node
// `npx kjk-live-server`: starts the live server of "Ken je kracht?" (see README, "Samen op eigen
// apparaten — voor IT").
import { parseArgs } from 'node:util';
import { createLiveServer, DEFAULTS } from './live-server.mjs';

const usage = `Usage: kjk-live-server [options]

The live server for "Ken je kracht?" sessions on several devices. It relays and keeps,
in memory only, encrypted documents: it cannot read what people write.

Options:
  --port N                 TCP port (default 1234; 0 picks a free port)
  --host ADDRESS           interface to listen on (default ${DEFAULTS.host}; 0.0.0.0 for all)
  --redis URL              redis:// or rediss:// URL, so several server processes share rooms
                           (default: none, rooms live in this process's memory)
  --allowed-origins LIST   comma-separated browser origins allowed to connect, e.g.
                           https://intranet.example.nl,https://lms.example.nl; '*' allows any
                           (default: only http(s)://localhost, 127.0.0.1 and [::1])
  --max-doc-bytes N        largest message and largest room document in bytes (default ${DEFAULTS.maxDocBytes})
  --room-ttl SECONDS       a room is closed and deleted this long after it started (default ${DEFAULTS.roomTtl})
  --throttle N             connection attempts per IP per minute before a one-minute ban
                           (default ${DEFAULTS.throttle}; 0 turns it off)
  --quiet                  print nothing but the listening line
  -h, --help               show this help
`;

/** @param {string} message @returns {never} */
function fail(message) {
  process.stderr.write(`kjk-live-server: ${message}\nRun kjk-live-server --help for the options.\n`);
  process.exit(2);
}

/**
 * @param {string | undefined} text
 * @param {string} flag
 * @param {number} fallback
 * @param {number} min
 * @param {number} [max]
 */
function integer(text, flag, fallback, min, max = Number.MAX_SAFE_INTEGER) {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    fail(`${flag} must be a whole number from ${min} to ${max}, not "${text}"`);
  }
  return Number(text);
}

let parsed;
try {
  parsed = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      redis: { type: 'string' },
      'allowed-origins': { type: 'string' },
      'max-doc-bytes': { type: 'string' },
      'room-ttl': { type: 'string' },
      throttle: { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
} catch (error) {
  fail(/** @type {Error} */ (error).message);
}
const { values } = /** @type {NonNullable<typeof parsed>} */ (parsed);
if (values.help) {
  process.stdout.write(usage);
  process.exit(0);
}

const port = integer(values.port, '--port', 1234, 0, 65535);
const maxDocBytes = integer(values['max-doc-bytes'], '--max-doc-bytes', DEFAULTS.maxDocBytes, 1024);
const roomTtl = integer(values['room-ttl'], '--room-ttl', DEFAULTS.roomTtl, 1);
const throttle = integer(values.throttle, '--throttle', DEFAULTS.throttle, 0);
const host = values.host ?? DEFAULTS.host;
if (!host.trim()) fail('--host must not be empty');

const allowedOrigins = (values['allowed-origins'] ?? '')
  .split(',')
  .map((origin) => origin.trim())
  .filter(Boolean);
for (const origin of allowedOrigins) {
  if (origin === '*') continue;
  let url;
  try {
    url = new URL(origin);
  } catch {
    fail(`--allowed-origins: "${origin}" is not an origin such as https://intranet.example.nl`);
  }
  if (!/^https?:$/.test(url.protocol) || url.origin !== origin.replace(/\/$/, '')) {
    fail(`--allowed-origins: "${origin}" is not an origin such as https://intranet.example.nl (scheme, host and port only)`);
  }
}

const redis = values.redis;
if (redis !== undefined) {
  let url;
  try {
    url = new URL(redis);
  } catch {
    fail(`--redis: "${redis}" is not a URL such as redis://localhost:6379`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') fail(`--redis must start with redis:// or rediss://, not "${redis}"`);
}

let server;
try {
  server = await createLiveServer({ port, host, redis, allowedOrigins, maxDocBytes, roomTtl, throttle, quiet: values.quiet });
} catch (error) {
  const e = /** @type {NodeJS.ErrnoException} */ (error);
  if (e.code === 'EADDRINUSE') fail(`port ${port} on ${host} is already in use`);
  if (e.code === 'EADDRNOTAVAIL') fail(`--host ${host} is not an address of this machine`);
  throw error;
}
const origins = allowedOrigins.length ? allowedOrigins.join(', ') : 'loopback origins only';
console.log(`kjk-live-server listening on ${server.url} (origins: ${origins}; ${redis ? 'rooms shared through Redis' : 'rooms in memory'})`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
