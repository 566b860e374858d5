// Two real server processes on one real Redis: rooms are shared, Redis sees only structure and
// ciphertext, and an ended room disappears from both processes and from Redis.
import assert from 'node:assert/strict';
import { createCipheriv, randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { captureRedis, connectClient, dumpRedis, fakeCiphertext, newRoom, sleep, startRedis, startServerProcess, waitFor } from './helpers.mjs';

/**
 * What the browser does to a value (v1, AES-GCM 256, fresh IV, the map key as additional data),
 * here with Node's crypto so a known plaintext can be looked for afterwards.
 * @param {Buffer} key
 * @param {string} mapKey
 * @param {unknown} value
 */
function encrypt(key, mapKey, value) {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(mapKey));
  const body = Buffer.concat([cipher.update(JSON.stringify(value)), cipher.final(), cipher.getAuthTag()]);
  return `v1.${Buffer.concat([iv, body]).toString('base64url')}`;
}

describe('live server: two processes on one Redis', () => {
  /** @type {Awaited<ReturnType<typeof startRedis>>} */
  let redis;
  /** @type {Awaited<ReturnType<typeof startServerProcess>>} */
  let a;
  /** @type {Awaited<ReturnType<typeof startServerProcess>>} */
  let b;
  before(async () => {
    redis = await startRedis();
    [a, b] = await Promise.all([startServerProcess(['--redis', redis.url]), startServerProcess(['--redis', redis.url])]);
  });
  after(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.stop();
  });

  test('a client on process A sees a change from a client on process B', { timeout: 20_000 }, async () => {
    const room = newRoom();
    const onA = connectClient(a.url, room);
    const onB = connectClient(b.url, room);
    try {
      await Promise.all([onA.synced, onB.synced]);
      const fromB = fakeCiphertext();
      onB.data.set('figure/octagon/p2/f1', fromB);
      await waitFor(() => onA.data.get('figure/octagon/p2/f1') === fromB, 'A to see B’s figure');
      const fromA = fakeCiphertext();
      onA.data.set('tension/3', fromA);
      await waitFor(() => onB.data.get('tension/3') === fromA, 'B to see A’s tension field');
      // A client that joins later on B gets everything, including what was written on A.
      const late = connectClient(b.url, room);
      try {
        await late.synced;
        await waitFor(() => late.data.get('tension/3') === fromA && late.data.get('figure/octagon/p2/f1') === fromB, 'the late client to catch up');
      } finally {
        late.destroy();
      }
    } finally {
      onA.destroy();
      onB.destroy();
    }
  });

  test('Redis receives and keeps no plaintext: only the room’s structure and ciphertext pass', { timeout: 20_000 }, async () => {
    const canary = `kanarie-${randomBytes(6).toString('hex')}`;
    const secrets = [canary, 'Jansen', 'ruzie thuis', 'Wat gaat goed?'];
    const key = randomBytes(32);
    const room = newRoom();
    const capture = await captureRedis(redis.port);
    const onA = connectClient(a.url, room);
    const onB = connectClient(b.url, room);
    /** @type {string[]} */
    const sent = [];
    try {
      await Promise.all([onA.synced, onB.synced]);
      const writes = /** @type {[ReturnType<typeof connectClient>, string, unknown][]} */ ([
        [onA, 'person/p1', { name: 'Jansen' }],
        [onB, 'note/octagon/p2/z3/n1', { text: `${canary} ruzie thuis`, at: 1 }],
        [onA, 'topic', 'Wat gaat goed?'],
        [onB, 'note/octagon/p2/z3/n1', { text: `${canary} (edited)`, at: 2 }],
      ]);
      for (const [client, mapKey, value] of writes) {
        const ciphertext = encrypt(key, mapKey, value);
        sent.push(ciphertext);
        client.data.set(mapKey, ciphertext);
      }
      onA.meta.set('check', encrypt(key, 'check', 'kjk-live'));
      await waitFor(() => onA.data.get('note/octagon/p2/z3/n1') === sent[3] && onB.data.get('topic') === sent[2], 'both processes to relay every write');
      await sleep(300);
      const log = await capture.stop();
      const { text } = await dumpRedis(redis.port);

      // The capture did see the traffic (so its silence about plaintext means something): the
      // room's channel, a structural map key and the tail of a ciphertext are all in it.
      assert.ok(log.includes(`kjk-live:${room}`), 'MONITOR shows the room’s channel');
      assert.ok(log.includes('note/octagon/p2/z3/n1'), 'MONITOR shows map keys (structure)');
      assert.ok(sent.some((c) => log.includes(c.slice(-20))), 'MONITOR shows ciphertext');
      for (const secret of secrets) {
        assert.equal(log.includes(secret), false, `MONITOR log contains "${secret}"`);
        assert.equal(text.includes(secret), false, `a Redis key or value contains "${secret}"`);
      }
    } finally {
      onA.destroy();
      onB.destroy();
    }
  });

  test('meta.ended closes every connection on both processes, deletes the room, and Redis keeps no key of it', { timeout: 20_000 }, async () => {
    const room = newRoom();
    const onA = connectClient(a.url, room);
    const onB = connectClient(b.url, room);
    const otherRoom = newRoom();
    const bystander = connectClient(b.url, otherRoom);
    try {
      await Promise.all([onA.synced, onB.synced, bystander.synced]);
      onA.data.set('person/p1', fakeCiphertext());
      await waitFor(() => onB.data.has('person/p1'), 'B to sync');

      onB.meta.set('ended', true);
      await waitFor(() => onA.closes.some((c) => c.reason === 'room-ended'), 'A to be told the room ended');
      await waitFor(() => onB.closes.some((c) => c.reason === 'room-ended'), 'B to be told the room ended');
      onA.destroy();
      onB.destroy();

      // Neither process lets anyone back in; a new client gets nothing of the room.
      for (const server of [a, b]) {
        const again = connectClient(server.url, room);
        try {
          await waitFor(() => again.refusals.length > 0, 'the refusal');
          assert.deepEqual(again.refusals, ['room-ended']);
          await sleep(200);
          assert.equal(again.data.size, 0);
          assert.equal(again.meta.size, 0);
        } finally {
          again.destroy();
        }
      }
      await sleep(500);
      const { keys } = await dumpRedis(redis.port);
      assert.deepEqual(keys.filter((k) => k.includes(room)), [], 'no Redis key names the room');
      // Another room on the same process is untouched.
      assert.equal(bystander.provider.isSynced, true);
      bystander.data.set('x', fakeCiphertext());
      // (On the other process, which had not loaded it: the first sync between processes works.)
      const probe = connectClient(a.url, otherRoom);
      try {
        await waitFor(() => probe.data.has('x'), 'the other room to live on');
      } finally {
        probe.destroy();
      }
    } finally {
      onA.destroy();
      onB.destroy();
      bystander.destroy();
    }
  });
});
