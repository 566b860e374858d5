// One live server, real Node clients (HocuspocusProvider over ws, Y documents): rooms relay, and
// the server's refusals (origin, room id) hold.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import WebSocket from 'ws';
import { createLiveServer, isRoomName } from '../../server/live-server.mjs';
import { connectClient, fakeCiphertext, newRoom, sleep, waitFor } from './helpers.mjs';

/**
 * Opens a raw WebSocket with the given Origin and reports how it ended.
 * @param {string} url
 * @param {string} origin
 * @returns {Promise<string>} 'open', 'refused <HTTP status>' or 'error'
 */
function rawOpen(url, origin) {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, { origin });
    socket.once('open', () => {
      socket.close();
      resolve('open');
    });
    socket.once('unexpected-response', (_request, response) => {
      resolve(`refused ${response.statusCode}`);
      socket.terminate();
    });
    socket.once('error', () => resolve('error'));
  });
}

describe('live server: relay and refusals', () => {
  /** @type {Awaited<ReturnType<typeof createLiveServer>>} */
  let server;
  /** @type {Awaited<ReturnType<typeof createLiveServer>>} */
  let listed;
  before(async () => {
    server = await createLiveServer({ quiet: true });
    listed = await createLiveServer({ quiet: true, allowedOrigins: ['https://intranet.example.nl'] });
  });
  after(async () => {
    await server.close();
    await listed.close();
  });

  test('two clients on one server see each other’s changes in the room’s maps', { timeout: 20_000 }, async () => {
    const room = newRoom();
    const a = connectClient(server.url, room);
    const b = connectClient(server.url, room);
    try {
      await Promise.all([a.synced, b.synced]);
      const fromA = fakeCiphertext();
      const fromB = fakeCiphertext();
      a.data.set('note/intro/p1/z1/n1', fromA);
      b.data.set('note/intro/p2/z1/n2', fromB);
      b.meta.set('revealed', true);
      await waitFor(() => b.data.get('note/intro/p1/z1/n1') === fromA, 'B to see A’s note');
      await waitFor(() => a.data.get('note/intro/p2/z1/n2') === fromB, 'A to see B’s note');
      await waitFor(() => a.meta.get('revealed') === true, 'A to see the reveal');
      // The server's own copy of the room holds the same ciphertext, as it was sent.
      assert.equal(server.hocuspocus.documents.get(room)?.getMap('data').get('note/intro/p1/z1/n1'), fromA);
    } finally {
      a.destroy();
      b.destroy();
    }
  });

  test('a browser origin that is not allowed is refused before any room is opened', { timeout: 20_000 }, async () => {
    // Default (no list): loopback origins only.
    assert.equal(await rawOpen(server.url, 'https://evil.example'), 'refused 403');
    assert.equal(await rawOpen(server.url, 'null'), 'refused 403');
    assert.equal(await rawOpen(server.url, 'http://localhost:5173'), 'open');
    // With a list: exactly the listed origins, and loopback is no longer special.
    assert.equal(await rawOpen(listed.url, 'https://intranet.example.nl'), 'open');
    assert.equal(await rawOpen(listed.url, 'https://intranet.example.nl.evil.example'), 'refused 403');
    assert.equal(await rawOpen(listed.url, 'http://127.0.0.1:8000'), 'refused 403');

    // A real client from a foreign origin never gets a document.
    const room = newRoom();
    const foreign = connectClient(listed.url, room, { origin: 'https://lms.example.nl' });
    try {
      await sleep(500);
      assert.equal(foreign.provider.isSynced, false);
      assert.equal(listed.hocuspocus.documents.size, 0);
    } finally {
      foreign.destroy();
    }
    const welcome = connectClient(listed.url, room, { origin: 'https://intranet.example.nl' });
    try {
      await welcome.synced;
      assert.equal(listed.hocuspocus.documents.has(room), true);
    } finally {
      welcome.destroy();
    }
  });

  test('a room id that is not 16 bytes of base64url is refused and no document is made', { timeout: 20_000 }, async () => {
    assert.equal(isRoomName(newRoom()), true);
    // 22 characters whose last one carries bits beyond 16 bytes, a short id, a long one, a path.
    for (const name of ['AAAAAAAAAAAAAAAAAAAAAB', 'abc', newRoom() + 'A', '../../etc/passwd.xxxxx', 'AAAAAAAAAAAAAAAAAAAA+A']) {
      assert.equal(isRoomName(name), false, name);
      const client = connectClient(server.url, name);
      try {
        await waitFor(() => client.refusals.length > 0, `the refusal of ${name}`);
        assert.deepEqual(client.refusals, ['invalid-room']);
        assert.equal(server.hocuspocus.documents.has(name), false);
        client.data.set('x', 'y');
        await sleep(100);
        assert.equal(server.hocuspocus.documents.has(name), false);
      } finally {
        client.destroy();
      }
    }
  });

  test('an address that opens connections too fast is banned for a while', { timeout: 20_000 }, async () => {
    const strict = await createLiveServer({ quiet: true, throttle: 3 });
    /** @type {ReturnType<typeof connectClient>[]} */
    const clients = [];
    try {
      const room = newRoom();
      for (let i = 0; i < 3; i += 1) {
        const client = connectClient(strict.url, room);
        clients.push(client);
        await client.synced;
      }
      const fourth = connectClient(strict.url, room);
      clients.push(fourth);
      await waitFor(() => fourth.refusals.length > 0, 'the fourth connection to be refused');
      assert.equal(fourth.provider.isSynced, false);
      // The ban holds for a new room too: it is the address that is throttled.
      const fifth = connectClient(strict.url, newRoom());
      clients.push(fifth);
      await waitFor(() => fifth.refusals.length > 0, 'the fifth connection to be refused');
    } finally {
      for (const client of clients) client.destroy();
      await strict.close();
    }
  });
});
