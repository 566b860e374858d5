/**
 * Property (issue 15): three devices' live connections edit at once, and the document updates
 * between them arrive in any order, some late; once everything has arrived every device shows the
 * same session. Real LiveConnections, real encryption; no server: the test carries the updates.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as Y from 'yjs';
import { readJoinFragment } from '../src/internal/live/link.js';
import { joinLive, startLive, type LiveConnection } from '../src/internal/live/live-session.js';
import { project } from '../src/internal/live/projection.js';
import { SessionStore } from '../src/internal/session/session-store.js';
import { sheetView, writeSheet } from '../src/internal/session/sheets.js';
import * as model from '../src/internal/worksheet/model.js';

type Device = { store: SessionStore; live: LiveConnection; inbox: Uint8Array[] };
type Step =
  | { kind: 'note' | 'word'; device: number; text: string; pick: number }
  | { kind: 'edit' | 'remove' | 'move' | 'unword'; device: number; text: string; pick: number }
  | { kind: 'figure' | 'drag'; device: number; pick: number; x: number }
  | { kind: 'topic'; device: number; text: string }
  | { kind: 'deliver'; device: number; pick: number }
  | { kind: 'settle' }
  | { kind: 'reveal' };

const SHEETS = { note: ['octagon', 'why'], word: ['word-cloud', 'words'] } as const;

/** Changes sheet `kind` on a device as its element would: the view, a model function, written back. */
function onSheet(store: SessionStore, kind: string, pick: number, recipe: (ws: ReturnType<typeof model.emptyWorksheet>) => void): void {
  store.update((s) => {
    const ws = sheetView(s, kind) ?? model.emptyWorksheet();
    ws.active = ws.participants[pick % ws.participants.length].id;
    recipe(ws);
    writeSheet(s, kind, ws);
  });
}

function perform(devices: Device[], step: Step): Promise<void> | void {
  if (step.kind === 'reveal') return devices[0].live.reveal();
  if (step.kind === 'settle') return Promise.all(devices.map((d) => d.live.whenIdle())).then(() => undefined);
  const device = devices[step.device];
  const store = device.store;
  switch (step.kind) {
    case 'deliver': {
      if (!device.inbox.length) return;
      const [update] = device.inbox.splice(step.pick % device.inbox.length, 1);
      Y.applyUpdate(device.live.doc, update, 'remote');
      return;
    }
    case 'note':
    case 'word': {
      const [kind, zone] = SHEETS[step.kind];
      return onSheet(store, kind, step.pick, (ws) => void model.addNote(ws, zone, step.text));
    }
    case 'edit':
    case 'remove':
    case 'move':
    case 'unword': {
      const [kind, zone] = step.kind === 'unword' ? SHEETS.word : SHEETS.note;
      return onSheet(store, kind, step.pick, (ws) => {
        const notes = model.notesIn(model.activeParticipant(ws), zone);
        const note = notes[step.pick % Math.max(1, notes.length)];
        if (!note) return;
        if (step.kind === 'edit') model.editNote(ws, zone, note.id, step.text);
        else if (step.kind === 'move') model.moveNote(ws, zone, note.id, step.pick % 2 ? 1 : -1);
        else model.removeNote(ws, zone, note.id);
      });
    }
    case 'figure':
    case 'drag':
      return onSheet(store, 'circle-quadrant', step.pick, (ws) => {
        const person = model.activeParticipant(ws);
        if (step.kind === 'figure') person.figures.push({ id: model.newId('f'), label: 'juf', x: step.x, y: -step.x });
        else if (person.figures.length) person.figures[step.pick % person.figures.length].x = step.x;
      });
    case 'topic':
      store.update((s) => void (s.topic = step.text));
  }
}

const device = fc.nat(2);
const text = fc.string({ minLength: 1, maxLength: 8 }).map((t) => t.replace(/\s/g, '') || 'x');
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constantFrom('note' as const, 'word' as const), device, text, pick: fc.nat(5) }),
  fc.record({ kind: fc.constantFrom('edit' as const, 'remove' as const, 'move' as const, 'unword' as const), device, text, pick: fc.nat(5) }),
  fc.record({ kind: fc.constantFrom('figure' as const, 'drag' as const), device, pick: fc.nat(5), x: fc.integer({ min: -100, max: 100 }) }),
  fc.record({ kind: fc.constant('topic' as const), device, text }),
  { arbitrary: fc.record({ kind: fc.constant('deliver' as const), device, pick: fc.nat(20) }), weight: 4 },
  fc.constant<Step>({ kind: 'settle' }),
  fc.constant<Step>({ kind: 'reveal' }),
);

let run = 0;

async function devicesInRoom(): Promise<Device[]> {
  run++;
  const fac = new SessionStore('none', `prop-live-${run}-0`);
  fac.update((s) => void (s.participants = [{ id: 'p-fleur', name: 'Fleur' }]));
  const first = await startLive(fac, '', { pageUrl: 'https://x.example/', connect: false });
  const joined = readJoinFragment(new URL(first.link).hash) as { room: string; key: string };
  const devices: Device[] = [{ store: fac, live: first, inbox: [] }];
  for (const n of [1, 2]) {
    const store = new SessionStore('none', `prop-live-${run}-${n}`);
    devices.push({ store, live: await joinLive(store, '', { ...joined, name: `Deelnemer ${n}`, connect: false }), inbox: [] });
  }
  // Every update a device makes (its own, not one carried to it) goes to the others' inboxes.
  devices.forEach((d, i) =>
    d.live.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'remote') devices.forEach((other, j) => j !== i && other.inbox.push(update));
    }),
  );
  await first.whenIdle();
  // The facilitator's seed (written before the forwarding started) reaches the others; they open.
  for (const d of devices.slice(1)) Y.applyUpdate(d.live.doc, Y.encodeStateAsUpdate(first.doc), 'remote');
  await deliverAll(devices);
  return devices;
}

async function deliverAll(devices: Device[]): Promise<void> {
  for (let round = 0; round < 50; round++) {
    await Promise.all(devices.map((d) => d.live.whenIdle()));
    if (devices.every((d) => !d.inbox.length)) return;
    for (const d of devices) for (const update of d.inbox.splice(0)) Y.applyUpdate(d.live.doc, update, 'remote');
  }
  throw new Error('updates kept coming');
}

const shown = (store: SessionStore) => JSON.stringify([...project(store.state)].sort(([a], [b]) => (a < b ? -1 : 1)));

describe('live sessions converge (property)', () => {
  it('three devices editing at once, revealed at any moment, updates in any order: every device ends with the same session and the same document', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 40 }), async (steps) => {
        const devices = await devicesInRoom();
        try {
          for (const s of steps) await perform(devices, s);
          // Before the reveal each device shows its own; after it, all of them the same.
          devices[0].live.reveal();
          await deliverAll(devices);
          expect(devices.map((d) => d.live.revealed)).to.deep.equal([true, true, true]);
          expect(devices.map((d) => d.store.state.participants.length)).to.deep.equal([3, 3, 3]);
          const views = devices.map((d) => shown(d.store));
          expect(views[1]).to.equal(views[0]);
          expect(views[2]).to.equal(views[0]);
          const docs = devices.map((d) => JSON.stringify(Object.entries(d.live.doc.getMap('data').toJSON()).sort(([a], [b]) => (a < b ? -1 : 1))));
          expect(docs[1]).to.equal(docs[0]);
          expect(docs[2]).to.equal(docs[0]);
        } finally {
          for (const d of devices) d.live.leave();
        }
      }),
      {
        numRuns: 200,
        // Found by this test: a remote value still being decrypted when this device's own write of the same key landed.
        examples: [
          [[{ kind: 'topic', device: 0, text: 'x' }, { kind: 'settle' }, { kind: 'topic', device: 1, text: '!' }, { kind: 'deliver', device: 1, pick: 0 }]],
          // Found in Firefox and WebKit: a participant's first note while its room was still opening (its key being checked)
          // went to a participant its sheet view invented, as the device's own person was not in its store yet.
          [[{ kind: 'note', device: 1, text: 'x', pick: 0 }, { kind: 'deliver', device: 0, pick: 0 }, { kind: 'settle' }, { kind: 'settle' }, { kind: 'topic', device: 0, text: 'x' }, { kind: 'settle' }]],
        ],
        reporter: (r) => { if (r.failed) throw new Error(String((r.errorInstance as Error)?.message) + JSON.stringify(r.counterexample)); } },
    );
  });
});
