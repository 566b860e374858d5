// A real server process fed random bytes, malformed Yjs and oversized updates: each is refused,
// the room's document is left as it was, and the process keeps serving other clients.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { connectClient, fakeCiphertext, newRoom, sleep, startServerProcess, waitFor } from './helpers.mjs';

const MAX = 20_000;

/** A sync message (type 0) carrying an "update" (step 2) of the given bytes for `room`. @param {string} room @param {Uint8Array} bytes */
function syncUpdateMessage(room, bytes) {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, room);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, bytes);
  return encoding.toUint8Array(encoder);
}

/** The provider's own socket, to send what no well-behaved client would. @param {ReturnType<typeof connectClient>} client */
const socketOf = (client) => /** @type {WebSocket} */ (/** @type {any} */ (client.provider.configuration.websocketProvider).webSocket);

/** A fresh client's view of the room: what the server holds. @param {string} url @param {string} room */
async function serverView(url, room) {
  const probe = connectClient(url, room);
  try {
    await probe.synced;
    await sleep(100);
    return Object.fromEntries(probe.data.entries());
  } finally {
    probe.destroy();
  }
}

describe('live server: malformed and oversized input', () => {
  /** @type {Awaited<ReturnType<typeof startServerProcess>>} */
  let server;
  before(async () => {
    server = await startServerProcess(['--max-doc-bytes', String(MAX)]);
  });
  after(async () => {
    await server.stop();
  });

  test('random bytes before and after joining a room close that socket, and the process serves on', { timeout: 20_000 }, async () => {
    // Outside any room: a raw socket that sends noise is cut off.
    const raw = new WebSocket(server.url, { origin: 'http://127.0.0.1:8000' });
    await new Promise((resolve, reject) => {
      raw.once('open', resolve);
      raw.once('error', reject);
    });
    const rawClosed = new Promise((resolve) => raw.once('close', resolve));
    for (let i = 0; i < 40 && raw.readyState === WebSocket.OPEN; i += 1) raw.send(randomBytes(1 + (i % 7) * 300));
    await rawClosed;

    // Inside a room: a Yjs update of random bytes.
    const room = newRoom();
    const honest = connectClient(server.url, room);
    const rogue = connectClient(server.url, room);
    try {
      await Promise.all([honest.synced, rogue.synced]);
      const kept = fakeCiphertext();
      honest.data.set('person/p1', kept);
      await waitFor(() => rogue.data.get('person/p1') === kept, 'the rogue client to sync');
      const socket = socketOf(rogue);
      const closed = new Promise((resolve) => socket.once('close', (code, reason) => resolve(`${code} ${reason}`)));
      socket.send(syncUpdateMessage(room, randomBytes(300)));
      assert.equal(await closed, '4400 malformed');
      rogue.destroy();

      assert.equal(server.child.exitCode, null, 'the server process is still running');
      assert.deepEqual(await serverView(server.url, room), { 'person/p1': kept });
      // The honest client kept its connection and still relays.
      const later = fakeCiphertext();
      honest.data.set('person/p2', later);
      assert.deepEqual(await serverView(server.url, room), { 'person/p1': kept, 'person/p2': later });
    } finally {
      honest.destroy();
      rogue.destroy();
    }
  });

  test('an update that would make the document larger than --max-doc-bytes, or a larger message, is refused', { timeout: 20_000 }, async () => {
    const room = newRoom();
    const writer = connectClient(server.url, room);
    const reader = connectClient(server.url, room);
    try {
      await Promise.all([writer.synced, reader.synced]);
      // Half the limit is accepted.
      const half = fakeCiphertext(MAX / 2);
      writer.data.set('item/s/p1/i1', half);
      await waitFor(() => reader.data.get('item/s/p1/i1') === half, 'the first picture to arrive');

      // Another 60 % would pass the limit: refused, connection closed, document unchanged.
      const closed = new Promise((resolve) => socketOf(writer).once('close', (code, reason) => resolve(`${code} ${reason}`)));
      writer.data.set('item/s/p1/i2', fakeCiphertext((MAX * 6) / 10));
      assert.equal(await closed, '4413 too-large');
      writer.destroy();
      await sleep(200);
      assert.equal(reader.data.has('item/s/p1/i2'), false);
      assert.deepEqual(Object.keys(await serverView(server.url, room)), ['item/s/p1/i1']);

      // One message larger than the limit never reaches Hocuspocus: ws closes it as too big (1009).
      const big = connectClient(server.url, room);
      try {
        await big.synced;
        const bigClosed = new Promise((resolve) => socketOf(big).once('close', (code) => resolve(code)));
        big.data.set('item/s/p2/i3', fakeCiphertext(MAX * 2));
        assert.equal(await bigClosed, 1009);
      } finally {
        big.destroy();
      }
      assert.equal(server.child.exitCode, null, 'the server process is still running');
      assert.deepEqual(Object.keys(await serverView(server.url, room)), ['item/s/p1/i1']);
      assert.equal(reader.provider.isSynced, true, 'the other client kept its connection');
    } finally {
      writer.destroy();
      reader.destroy();
    }
  });
});
