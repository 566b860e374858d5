// The self-hosted live server of "Ken je kracht?" (issue 15): a Hocuspocus server that relays and
// holds, in memory only, the encrypted Y documents of live sessions. Clients encrypt every
// user-written value before it enters the document, so what this process handles is structure
// (map keys, counts, sizes, timing) and AES-GCM ciphertext. It never writes to disk and never logs
// document contents.
import { createHash } from 'node:crypto';
import { IncomingMessage, Server } from '@hocuspocus/server';
import { Redis } from '@hocuspocus/extension-redis';
import { Throttle } from '@hocuspocus/extension-throttle';
import * as Y from 'yjs';

/**
 * @typedef {object} LiveServerOptions
 * @property {number} [port] TCP port; 0 (the default) picks a free one.
 * @property {string} [host] Interface to listen on; default 127.0.0.1 (loopback only).
 * @property {string} [redis] Redis URL (redis:// or rediss://) shared by several server processes;
 *   undefined keeps everything in this process's memory.
 * @property {string[]} [allowedOrigins] Browser origins (scheme://host[:port]) allowed to connect;
 *   '*' allows any. Empty or missing: only loopback origins (http(s)://localhost, 127.0.0.1, [::1]).
 *   A request without an Origin header (not a browser) is let through: only browsers send one, and
 *   any other client could send whatever it likes.
 * @property {number} [maxDocBytes] Largest message and largest document, in bytes (default 5 MB).
 * @property {number} [roomTtl] Seconds after a room's first connection when it is closed and
 *   deleted (default 12 h).
 * @property {number} [throttle] Connection attempts per IP per minute before that IP is banned for a
 *   minute (default 120; 0 turns throttling off).
 * @property {boolean} [quiet] No log lines at all.
 */

/**
 * @typedef {object} LiveServer
 * @property {number} port
 * @property {string} url ws://host:port
 * @property {() => Promise<void>} close Closes every connection, forgets every room, stops listening.
 * @property {import('@hocuspocus/server').Hocuspocus} hocuspocus
 */

export const DEFAULTS = Object.freeze({
  host: '127.0.0.1',
  maxDocBytes: 5_000_000,
  roomTtl: 12 * 60 * 60,
  throttle: 120,
});

/** A room id is 16 random bytes in base64url without padding: 22 characters, the last of which carries 2 bits. */
const ROOM = /^[A-Za-z0-9_-]{21}[AQgw]$/;

/** Why the server refused or closed a room; the client shows these as "refused" or "ended". */
export const REASONS = Object.freeze({
  badRoom: 'invalid-room',
  ended: 'room-ended',
  tooLarge: 'too-large',
  malformed: 'malformed',
});

/** @param {string} room */
export const isRoomName = (room) => ROOM.test(room);

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * @param {string | undefined} origin
 * @param {string[]} allowed normalised origins
 */
function originAllowed(origin, allowed) {
  if (origin === undefined) return true;
  let url;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (allowed.length === 0) return LOOPBACK.has(url.hostname);
  return allowed.includes('*') || allowed.includes(url.origin);
}

/** Key names never hold a room id: a hash is enough to find the room again. */
const roomHash = (/** @type {string} */ room) => createHash('sha256').update(room).digest('hex').slice(0, 32);

/**
 * Where a room's birth time and its "ended" mark live: this process's memory, or Redis when
 * several processes share rooms. Values: the birth time in ms, or 'ended'.
 * @param {import('@hocuspocus/extension-redis').RedisInstance | undefined} redis
 * @param {number} ttlMs
 */
function roomStore(redis, ttlMs) {
  /** @type {Map<string, { value: string, expires: number }>} */
  const memory = new Map();
  const sweep = setInterval(() => {
    const now = Date.now();
    for (const [key, entry] of memory) if (entry.expires <= now) memory.delete(key);
  }, Math.min(ttlMs, 60_000));
  sweep.unref();
  const key = (/** @type {string} */ room) => `kjk-live:room:${roomHash(room)}`;
  return {
    /** @param {string} room @returns {Promise<string | null>} */
    async get(room) {
      if (redis) return redis.get(key(room));
      const entry = memory.get(key(room));
      return entry && entry.expires > Date.now() ? entry.value : null;
    },
    /** The room's birth time: now for a new room, or the one any process recorded first. @param {string} room */
    async born(room) {
      const now = String(Date.now());
      // Twice the TTL: long enough that a room past its TTL is still recognised as such.
      // A room another process ended meanwhile reads as born long ago: its timer ends it at once.
      if (redis) {
        await redis.set(key(room), now, 'PX', 2 * ttlMs, 'NX');
        return Number(await redis.get(key(room))) || 0;
      }
      if (!memory.has(key(room))) memory.set(key(room), { value: now, expires: Date.now() + 2 * ttlMs });
      return Number(memory.get(key(room))?.value) || 0;
    },
    /** Marks the room ended for a TTL, so a device that was offline cannot bring it back. @param {string} room */
    async end(room) {
      if (redis) {
        // Hocuspocus's own short-lived lock key names the room: remove it now rather than in a second.
        await redis.multi().set(key(room), 'ended', 'PX', ttlMs).del(`kjk-live:${room}:lock`).exec();
        return;
      }
      memory.set(key(room), { value: 'ended', expires: Date.now() + ttlMs });
    },
    stop() {
      clearInterval(sweep);
    },
  };
}

/** @param {string} text */
function redisOptions(text) {
  const url = new URL(text);
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw new Error(`not a redis:// URL: ${text}`);
  const db = Number(url.pathname.slice(1) || 0);
  return {
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: Number(url.port || 6379),
    options: {
      username: url.username ? decodeURIComponent(url.username) : undefined,
      password: url.password ? decodeURIComponent(url.password) : undefined,
      db: Number.isInteger(db) ? db : 0,
      tls: url.protocol === 'rediss:' ? {} : undefined,
      // A Redis that is down must not take the process down: ioredis retries on its own.
      maxRetriesPerRequest: 3,
    },
  };
}

/** An error Hocuspocus turns into a close of the connection with this code and reason. */
const refusal = (/** @type {number} */ code, /** @type {string} */ reason) => Object.assign(new Error(reason), { code, reason });

/**
 * Starts a live server.
 * @param {LiveServerOptions} [options]
 * @returns {Promise<LiveServer>}
 */
export async function createLiveServer(options = {}) {
  const host = options.host ?? DEFAULTS.host;
  const maxDocBytes = options.maxDocBytes ?? DEFAULTS.maxDocBytes;
  const ttlMs = (options.roomTtl ?? DEFAULTS.roomTtl) * 1000;
  const allowed = (options.allowedOrigins ?? []).map((o) => (o === '*' ? o : new URL(o).origin));
  const log = options.quiet ? () => {} : (/** @type {string} */ line) => console.log(line);
  if (!(maxDocBytes > 0) || !(ttlMs > 0)) throw new RangeError('maxDocBytes and roomTtl must be positive');

  const redisExtension = options.redis
    ? new Redis({ ...redisOptions(options.redis), prefix: 'kjk-live', disconnectDelay: 250 })
    : undefined;
  const store = roomStore(/** @type {any} */ (redisExtension?.pub), ttlMs);

  /** Per loaded room: an upper bound of its encoded size and the timer that ends it at its TTL. */
  /** @type {Map<string, { size: number, timer?: NodeJS.Timeout }>} */
  const rooms = new Map();
  /** @type {Set<string>} rooms being ended right now, so the work runs once */
  const ending = new Set();

  /** @type {import('@hocuspocus/server').Hocuspocus} */
  let hocuspocus;

  /**
   * Closes every connection to the room, forgets its content and marks it ended (also in Redis).
   * @param {string} room
   * @param {'ended' | 'ttl'} why
   */
  async function endRoom(room, why) {
    if (ending.has(room)) return;
    ending.add(room);
    try {
      clearTimeout(rooms.get(room)?.timer);
      await store.end(room);
      const document = hocuspocus.documents.get(room);
      if (document) {
        for (const connection of document.getConnections()) {
          const socket = connection.webSocket;
          connection.close({ code: 4410, reason: REASONS.ended });
          // The socket goes too, unless the same client also has another room open on it.
          const shared = [...hocuspocus.documents.values()].some((d) => d !== document && d.connections.has(socket));
          if (!shared) socket.close(4410, REASONS.ended);
        }
        // No connection is left, so Hocuspocus drops the document from memory now.
        await hocuspocus.unloadDocument(document);
      }
      log(`room ${room.slice(0, 4)}… ${why === 'ttl' ? 'reached its TTL' : 'ended'}: closed and deleted`);
    } finally {
      ending.delete(room);
    }
  }

  /**
   * Reads the Yjs update a sync message carries, or null for other messages.
   * @param {Uint8Array} data
   */
  function syncUpdate(data) {
    const message = new IncomingMessage(data);
    message.readVarString();
    const type = message.readVarUint();
    // Stateless messages (5, 6) would relay arbitrary text past the document: nothing here uses them.
    if (type === 5 || type === 6) throw new Error('stateless');
    if (type !== 0 && type !== 4) return null;
    const step = message.readVarUint();
    if (step === 0) return null;
    if (step !== 1 && step !== 2) throw new Error('sync step');
    return message.readVarUint8Array();
  }

  const server = new Server(
    {
      port: options.port ?? 0,
      address: host,
      quiet: true,
      stopOnSignals: false,
      // Nothing is stored anywhere, so there is nothing to debounce before a room unloads.
      unloadImmediately: true,
      extensions: [
        ...(redisExtension ? [redisExtension] : []),
        new Throttle({
          throttle: options.throttle ?? DEFAULTS.throttle,
          consideredSeconds: 60,
          banTime: 1,
        }),
      ],

      async onUpgrade({ request, socket }) {
        if (originAllowed(request.headers.origin, allowed)) return;
        log(`refused a connection from origin ${JSON.stringify(request.headers.origin).slice(0, 200)}`);
        socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
        // A rejection without an error stops Hocuspocus from accepting the upgrade, quietly.
        throw null;
      },

      async onRequest({ response }) {
        response.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
        response.end('kjk-live-server\n');
        throw null;
      },

      async onConnect({ documentName }) {
        if (!isRoomName(documentName)) throw refusal(4400, REASONS.badRoom);
        const state = await store.get(documentName);
        if (state === 'ended' || (state !== null && Date.now() > Number(state) + ttlMs)) {
          throw refusal(4410, REASONS.ended);
        }
      },

      // Not afterLoadDocument: Hocuspocus lists a room as loaded only after those hooks, and the
      // Redis extension's first sync with other processes is answered in that window; waiting on
      // Redis there would let the answer fall on a room that is not listed yet.
      async onLoadDocument({ documentName, document }) {
        const born = await store.born(documentName);
        const left = born + ttlMs - Date.now();
        const timer = setTimeout(() => void endRoom(documentName, 'ttl'), Math.max(0, left));
        timer.unref();
        rooms.set(documentName, { size: Y.encodeStateAsUpdate(document).length, timer });
      },

      async beforeHandleMessage({ update: data, document, documentName, connection }) {
        /** Refuses the message: Hocuspocus leaves the document as it was and closes the room's connection; the socket goes too. */
        const refuse = (/** @type {number} */ code, /** @type {string} */ reason) => {
          setImmediate(() => connection.webSocket.close(code, reason));
          return refusal(code, reason);
        };
        if (data.length > maxDocBytes) throw refuse(4413, REASONS.tooLarge);
        let update;
        try {
          update = syncUpdate(data);
          // Yjs itself would throw on a malformed update; checking first keeps that out of the document.
          if (update) Y.decodeUpdate(update);
        } catch {
          throw refuse(4400, REASONS.malformed);
        }
        if (!update) return;
        const room = rooms.get(documentName);
        if (!room) return;
        // The running size only grows (deletions are not subtracted), so it is exact enough to pass
        // most updates without work, and re-measured before anything is refused.
        if (room.size + update.length > maxDocBytes) {
          room.size = Y.encodeStateAsUpdate(document).length;
          if (room.size + update.length > maxDocBytes) throw refuse(4413, REASONS.tooLarge);
        }
      },

      async onChange({ documentName, document, update }) {
        const room = rooms.get(documentName);
        if (room) room.size += update.length;
        if (document.getMap('meta').get('ended') === true) await endRoom(documentName, 'ended');
      },

      async afterUnloadDocument({ documentName }) {
        if (hocuspocus.documents.has(documentName)) return;
        clearTimeout(rooms.get(documentName)?.timer);
        rooms.delete(documentName);
      },
    },
    // ws refuses a frame over this before reading it into memory; the document name and headers
    // of a message fit in the extra kilobyte.
    { maxPayload: maxDocBytes + 1024 },
  );
  hocuspocus = server.hocuspocus;

  // A socket that has not joined a room may only send a few small messages: random bytes or a
  // flood outside a room are not kept in memory. (Looking up whether it joined costs a walk over
  // the rooms, so it happens only when the limits are reached.)
  server.webSocketServer.on('connection', (/** @type {{ terminate(): void, prependListener(event: string, listener: (data: Buffer) => void): void }} */ socket) => {
    let outside = 0;
    const joined = () => [...hocuspocus.documents.values()].some((d) => d.connections.has(socket));
    socket.prependListener('message', (/** @type {Buffer} */ data) => {
      outside += 1;
      if (outside <= 32 && data.length <= 64 * 1024) return;
      if (joined()) outside = 0;
      else socket.terminate();
    });
  });

  // Hocuspocus's listen() never settles when the port is taken: the HTTP server's error says so.
  await new Promise((resolve, reject) => {
    server.httpServer.once('error', reject);
    server.listen().then(resolve, reject);
  }).catch(async (error) => {
    store.stop();
    await server.hocuspocus.hooks('onDestroy', { instance: server.hocuspocus }).catch(() => {});
    throw error;
  });
  server.httpServer.removeAllListeners('error');
  const port = server.address.port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    port,
    url: `ws://${shownHost}:${port}`,
    hocuspocus,
    httpServer: server.httpServer,
    async close() {
      for (const room of rooms.values()) clearTimeout(room.timer);
      store.stop();
      // Sockets that never joined a room would keep the HTTP server open.
      for (const client of server.webSocketServer.clients) client.terminate();
      await server.destroy();
    },
  };
}
