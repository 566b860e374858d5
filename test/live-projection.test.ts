/**
 * The browser side of a live session without a server (issue 15): the room key's encryption, the
 * join link, the projection between the session state and the room's flat map, the store's
 * `receive`, and a participant's first moments in a room (the test carries the document's updates).
 */
import { expect } from '@open-wc/testing';
import * as Y from 'yjs';
import { decryptValue, encryptValue, importKey, LiveDecryptError, newRoom } from '../src/internal/live/crypto.js';
import { joinLink, readJoinFragment, roomStorageKey } from '../src/internal/live/link.js';
import { joinLive, recordKey, startLive, type LiveConnection } from '../src/internal/live/live-session.js';
import { applyEntries, project } from '../src/internal/live/projection.js';
import { SessionStore } from '../src/internal/session/session-store.js';
import { sheetView, writeSheet } from '../src/internal/session/sheets.js';
import { emptyState, parseState, type SessionState, type SheetNotes } from '../src/internal/session/state.js';
import * as model from '../src/internal/worksheet/model.js';

const PICTURE = 'data:image/png;base64,iVBORw0KGgo=';

/** Three participants with something of their own in every work format. */
export function richState(): SessionState {
  const state = emptyState();
  state.topic = 'Samen naar school';
  state.plan = { step: 6, goals: { chosen: [1, 3], own: ['rust'] }, partners: { chosen: [0], own: [] }, moments: { chosen: [], own: ['maandag'] }, workFormat: 2, actions: ['bellen'] };
  state.tensions = { '1': { marked: true, note: 'spanning' }, '4': { marked: false, note: '' } };
  state.participants = [
    { id: 'p-a', name: 'Anna' },
    { id: 'p-b', name: 'Bram' },
    { id: 'p-c', name: '' },
  ];
  const own = (pid: string, kind: string): SheetNotes => {
    const n = (zone: string, i: number) => ({ id: `${kind[0]}${zone[0]}${i}-${pid}`, text: `${kind} ${zone} ${i} van ${pid}` });
    const sheet: SheetNotes = { notes: { why: [n('why', 1), n('why', 2), n('why', 3)], how: [n('how', 1)] }, figures: [] };
    if (kind === 'circle-quadrant') sheet.figures = [{ id: `f1-${pid}`, label: `juf ${pid}`, x: 10, y: -20 }, { id: `f0-${pid}`, label: '', x: 0, y: 0 }];
    if (kind === 'action-card') sheet.notes.actions = [{ id: `act-${pid}`, text: 'bellen', who: 'Anna', when: 'maandag' }];
    if (kind === 'mindmap') {
      sheet.drawing = {
        strokes: [{ id: `s2-${pid}`, pen: 'red', width: 5, d: 'M0 0L10 10' }, { id: `s1-${pid}`, pen: 'ink', width: 2, d: 'M1 1L2 2' }],
        items: [
          { kind: 'picture', id: `i1-${pid}`, src: PICTURE, x: 1, y: 2, size: 40, ratio: 1.5, description: 'foto' },
          { kind: 'pictogram', id: `i2-${pid}`, name: 'house', pen: 'blue', x: -5, y: 5, size: 30, description: 'huis' },
        ],
      };
    }
    return sheet;
  };
  for (const kind of ['look-back', 'octagon', 'circle-quadrant', 'mindmap', 'word-cloud', 'action-card']) {
    state.worksheets[kind] = { active: 'p-b', people: Object.fromEntries(state.participants.map((p) => [p.id, own(p.id, kind)])) };
  }
  return state;
}

/** What a device shows of a state: without empty lists and each device's own open tab. */
function shown(state: SessionState): unknown {
  const copy = structuredClone(state);
  for (const sheet of Object.values(copy.worksheets)) {
    (sheet as { active?: string }).active = undefined;
    for (const [pid, own] of Object.entries(sheet.people)) {
      for (const zone of Object.keys(own.notes)) if (!own.notes[zone].length) delete own.notes[zone];
      if (own.drawing && !own.drawing.strokes.length && !own.drawing.items.length) delete own.drawing;
      if (!Object.keys(own.notes).length && !own.figures.length && !own.drawing) delete sheet.people[pid];
    }
  }
  return copy;
}

const allOf = (state: SessionState) => [...project(state)];

describe('live crypto: AES-GCM per value, bound to its map key', () => {
  it('makes rooms of 16 and keys of 32 random bytes, base64url, never the same twice', () => {
    const a = newRoom();
    const b = newRoom();
    expect(a.room).to.match(/^[A-Za-z0-9_-]{22}$/);
    expect(a.key).to.match(/^[A-Za-z0-9_-]{43}$/);
    expect(a.room).to.not.equal(b.room);
    expect(a.key).to.not.equal(b.key);
  });

  it('round-trips a value, with a fresh IV each time, and hides its text', async () => {
    const key = await importKey(newRoom().key);
    const value = { text: 'Geheime notitie', at: 3 };
    const one = await encryptValue(key, 'note/octagon/p-a/why/n1', value);
    const two = await encryptValue(key, 'note/octagon/p-a/why/n1', value);
    expect(one.startsWith('v1.')).to.equal(true);
    expect(one).to.not.equal(two);
    expect(one.includes('Geheime')).to.equal(false);
    expect(atob(one.slice(3).replace(/-/g, '+').replace(/_/g, '/') + '==').includes('Geheime')).to.equal(false);
    expect(await decryptValue(key, 'note/octagon/p-a/why/n1', one)).to.deep.equal(value);
  });

  it('refuses a wrong key, a value moved to another map key, a changed byte and garbage, with a typed error', async () => {
    const key = await importKey(newRoom().key);
    const other = await importKey(newRoom().key);
    const sealed = await encryptValue(key, 'topic', 'Regie');
    const flipped = sealed.slice(0, 10) + (sealed[10] === 'A' ? 'B' : 'A') + sealed.slice(11);
    const attempts: [CryptoKey, string, unknown][] = [
      [other, 'topic', sealed],
      [key, 'person/p-a', sealed],
      [key, 'topic', flipped],
      [key, 'topic', 'v1.!!'],
      [key, 'topic', 'Regie'],
      [key, 'topic', 42],
    ];
    const reasons: string[] = [];
    for (const [k, mapKey, text] of attempts) {
      try {
        await decryptValue(k, mapKey, text);
        reasons.push('opened');
      } catch (error) {
        reasons.push(error instanceof LiveDecryptError ? error.reason : 'other');
      }
    }
    expect(reasons).to.deep.equal(['key-or-tampered', 'key-or-tampered', 'key-or-tampered', 'format', 'format', 'format']);
  });

  it('imports only 32-byte keys', async () => {
    let failed = false;
    try {
      await importKey('abc');
    } catch {
      failed = true;
    }
    expect(failed).to.equal(true);
  });
});

describe('live link: the room and key in the fragment', () => {
  it('puts them in the fragment and reads them back', () => {
    const { room, key } = newRoom();
    const link = joinLink('https://school.example/gesprek/?a=1#top', room, key);
    expect(link).to.equal(`https://school.example/gesprek/?a=1#kjk-live=${room}.${key}`);
    expect(readJoinFragment(new URL(link).hash)).to.deep.equal({ room, key });
    expect(readJoinFragment(`x=1&kjk-live=${room}.${key}`)).to.deep.equal({ room, key });
  });

  it('tells no fragment from a malformed one', () => {
    const { room, key } = newRoom();
    expect(readJoinFragment('')).to.equal(null);
    expect(readJoinFragment('#top')).to.equal(null);
    for (const bad of [`#kjk-live=${room}`, `#kjk-live=${room}.${key.slice(1)}`, `#kjk-live=${room}.${key}.x`, `#kjk-live=${room.slice(0, 21)}+.${key}`, '#kjk-live=', '#kjk-live']) {
      expect(readJoinFragment(bad), bad).to.equal('malformed');
    }
  });

  it('gives a participant a storage key of their own per room', () => {
    expect(roomStorageKey('', 'abcdefghijklmnopqrstuv')).to.equal('default@abcdefgh');
    expect(roomStorageKey('team', 'abcdefghijklmnopqrstuv')).to.equal('team@abcdefgh');
  });
});

describe('live projection: the session state as the room\'s map', () => {
  it('keys hold structure only: no text anyone typed is in a key', () => {
    const keys = [...project(richState()).keys()];
    expect(keys).to.include('person/p-a');
    expect(keys).to.include('note/octagon/p-b/why/ow1-p-b');
    expect(keys).to.include('figure/circle-quadrant/p-c/f1-p-c');
    expect(keys).to.include('stroke/mindmap/p-a/s2-p-a');
    expect(keys).to.include('item/mindmap/p-a/i1-p-a');
    expect(keys).to.include('tension/1');
    for (const text of ['Anna', 'Bram', 'Samen', 'van', 'juf', 'bellen', 'foto', 'rust']) {
      expect(keys.some((k) => k.includes(text)), text).to.equal(false);
    }
  });

  it('project → apply on an empty state gives the same state, for three participants in every work format', () => {
    const state = richState();
    const entries = allOf(state).reverse();
    const applied = applyEntries(emptyState(), entries, { me: 'p-x', revealed: true });
    expect(parseState(applied).ok).to.equal(true);
    expect(shown(applied)).to.deep.equal(shown(state));
    // The order numbers, not the order of arrival, give each list its order.
    expect(applied.worksheets.mindmap.people['p-a'].drawing!.strokes.map((s) => s.id)).to.deep.equal(['s2-p-a', 's1-p-a']);
    expect(applied.participants.map((p) => p.id)).to.deep.equal(['p-a', 'p-b', 'p-c']);
  });

  it('keeps order numbers where it can, so adding or removing one note re-sends nothing else', () => {
    const state = richState();
    const before = project(state);
    const next = structuredClone(state);
    const why = next.worksheets.octagon.people['p-a'].notes.why;
    why.splice(2, 0, { id: 'new', text: 'ertussen' });
    why.splice(0, 1);
    const after = project(next, before);
    const changed = [...after].filter(([k, v]) => JSON.stringify(before.get(k)) !== JSON.stringify(v)).map(([k]) => k);
    expect(changed).to.deep.equal(['note/octagon/p-a/why/new']);
    const at = (id: string) => (after.get(`note/octagon/p-a/why/${id}`) as { at: number }).at;
    expect([at('ow2-p-a'), at('new'), at('ow3-p-a')]).to.deep.equal([1, 1.5, 2]);
  });

  it('places an arriving note by its order number among the notes the device has', () => {
    const state = richState();
    const known = project(state);
    const a = applyEntries(state, [['note/octagon/p-a/why/mid', { text: 'midden', at: 1.5 }]], { me: 'p-a', revealed: true, known });
    expect(a.worksheets.octagon.people['p-a'].notes.why.map((n) => n.id)).to.deep.equal(['ow1-p-a', 'ow2-p-a', 'mid', 'ow3-p-a']);
    const b = applyEntries(a, [['note/octagon/p-a/why/ow1-p-a', undefined], ['note/octagon/p-a/why/ow2-p-a', { text: 'anders', at: 1 }]], { me: 'p-a', revealed: true, known });
    expect(b.worksheets.octagon.people['p-a'].notes.why.map((n) => n.text)).to.deep.equal(['anders', 'midden', 'octagon why 3 van p-a']);
  });

  it('before the reveal a device shows its own sheets and everyone\'s words, and nobody else\'s notes or names of people without words', () => {
    const state = richState();
    delete state.worksheets['word-cloud'].people['p-c'];
    const seen = applyEntries(emptyState(), allOf(state), { me: 'p-b', revealed: false });
    // p-c has no words: not a tab anywhere; p-a has words: in the cloud, with nothing else.
    expect(seen.participants).to.deep.equal([{ id: 'p-a', name: 'Anna' }, { id: 'p-b', name: 'Bram' }]);
    expect(Object.keys(seen.worksheets.octagon.people)).to.deep.equal(['p-b']);
    expect(Object.keys(seen.worksheets.mindmap.people)).to.deep.equal(['p-b']);
    expect(seen.worksheets['word-cloud'].people['p-a'].notes.why.length).to.equal(3);
    expect(JSON.stringify(seen).includes('van p-c')).to.equal(false);
    expect(JSON.stringify(seen).includes('octagon why 1 van p-a')).to.equal(false);
    // Shared by all: topic, plan, tensions.
    expect(seen.topic).to.equal('Samen naar school');
    expect(seen.plan).to.deep.equal(state.plan);
    expect(seen.tensions).to.deep.equal(state.tensions);
    // Own participants (the facilitator's seeded ones) are shown in full.
    const facilitator = applyEntries(emptyState(), allOf(state), { me: 'p-a', own: new Set(['p-c']), revealed: false });
    expect(facilitator.participants.map((p) => p.id)).to.deep.equal(['p-a', 'p-b', 'p-c']);
    expect(Object.keys(facilitator.worksheets.octagon.people)).to.deep.equal(['p-a', 'p-c']);
    // After the reveal, all of it.
    const revealed = applyEntries(seen, allOf(state), { me: 'p-b', revealed: true, known: project(seen) });
    expect(shown(revealed)).to.deep.equal(shown(state));
  });

  it('words without their person still show, unnamed; a removed person leaves the tabs', () => {
    const one = applyEntries(emptyState(), [['note/word-cloud/p-z/why/w1', { text: 'samen', at: 0 }]], { me: 'p-b', revealed: false });
    expect(one.participants).to.deep.equal([{ id: 'p-z', name: '' }]);
    const named = applyEntries(one, [['person/p-z', { name: 'Zoë', at: 4 }]], { me: 'p-b', revealed: false });
    expect(named.participants).to.deep.equal([{ id: 'p-z', name: 'Zoë' }]);
    const gone = applyEntries(named, [['person/p-z', undefined]], { me: 'p-b', revealed: false });
    expect(gone.participants).to.deep.equal([]);
  });

  it('leaves out a damaged value and applies the rest', () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const next = applyEntries(emptyState(), [
        ['person/p-a', { name: 'Anna', at: 0 }],
        ['note/octagon/p-a/why/n1', { text: 42, at: 0 }],
        ['note/octagon/p-a/why/n2', { text: 'goed', at: 1 }],
        ['plan', { step: 99 }],
        ['topic', 'Regie'],
      ], { me: 'p-a', revealed: false });
      expect(next.topic).to.equal('Regie');
      expect(next.plan).to.deep.equal(emptyState().plan);
      expect(next.worksheets.octagon.people['p-a'].notes.why.map((n) => n.text)).to.deep.equal(['goed']);
      expect(errors.length).to.equal(2);
    } finally {
      console.error = original;
    }
  });
});

describe('SessionStore.receive: a live session\'s remote changes', () => {
  afterEach(() => sessionStorage.clear());

  it('shows and keeps them, told as cause "sync"', () => {
    const store = new SessionStore('session', 'live-receive');
    const causes: string[] = [];
    store.subscribe((_s, cause) => causes.push(cause));
    const next = richState();
    store.receive(next);
    expect(causes).to.deep.equal(['sync']);
    expect(sheetView(store.state, 'octagon')!.participants.length).to.equal(3);
    expect(new SessionStore('session', 'live-receive').state).to.deep.equal(next);
  });
});

describe('live session: a participant before the room has opened on their device', () => {
  afterEach(() => sessionStorage.clear());

  /** A note typed as a work format's `change` does: on the session's sheet, or on the empty one it shows while the session has nobody. */
  function typeAsElement(store: SessionStore, text: string): void {
    store.update((s) => {
      const ws = sheetView(s, 'octagon') ?? model.emptyWorksheet();
      model.addNote(ws, 'why', text);
      writeSheet(s, 'octagon', ws);
    });
  }

  /** Two devices without a server: every update one makes reaches the other when `carry` runs. */
  async function twoDevices(key: string) {
    const fac = new SessionStore('session', `${key}-fac`);
    fac.update((s) => void (s.participants = [{ id: 'p-fleur', name: 'Fleur' }]));
    const facilitator = await startLive(fac, '', { pageUrl: 'https://x.example/', connect: false });
    await facilitator.whenIdle();
    const joined = readJoinFragment(new URL(facilitator.link).hash) as { room: string; key: string };
    const part = new SessionStore('session', roomStorageKey(key, joined.room));
    // As the panel joins: the name follows the join (the participant may type it while the room opens).
    const participant = await joinLive(part, '', { ...joined, pageUrl: 'https://x.example/', connect: false });
    participant.setName('Pim');
    const pairs: [LiveConnection, LiveConnection][] = [[facilitator, participant], [participant, facilitator]];
    const inbox = new Map<LiveConnection, Uint8Array[]>([[facilitator, []], [participant, []]]);
    for (const [from, to] of pairs) from.doc.on('update', (u: Uint8Array, origin: unknown) => void (origin !== 'remote' && inbox.get(to)!.push(u)));
    const carry = async () => {
      for (let round = 0; round < 20; round++) {
        await Promise.all([facilitator.whenIdle(), participant.whenIdle()]);
        if (![...inbox.values()].some((list) => list.length)) return;
        for (const [c, list] of inbox) for (const u of list.splice(0)) Y.applyUpdate(c.doc, u, 'remote');
      }
      throw new Error('updates kept coming');
    };
    const open = async () => {
      // The facilitator's seed (written before the forwarding started) arrives: the room opens here.
      Y.applyUpdate(participant.doc, Y.encodeStateAsUpdate(facilitator.doc), 'remote');
      await carry();
    };
    return { fac, part, facilitator, participant, joined, carry, open };
  }

  const notesOf = (state: SessionState, pid: string) => (state.worksheets.octagon?.people[pid]?.notes.why ?? []).map((n) => n.text);

  it('is in the store from the join on, so what they type before the room opens is on their own sheet: no phantom participant, the name kept, the note in the room', async () => {
    const { fac, part, facilitator, participant, carry, open } = await twoDevices('live-early');
    expect(participant.status).to.equal('connecting');
    expect(part.state.participants).to.deep.equal([{ id: participant.me, name: 'Pim' }]);
    typeAsElement(part, 'Vroeg getypt');
    await open();
    expect(participant.status).to.equal('offline');
    expect(part.state.participants).to.deep.equal([{ id: participant.me, name: 'Pim' }]);
    expect(notesOf(part.state, participant.me)).to.deep.equal(['Vroeg getypt']);
    expect(facilitator.people.map((p) => [p.id, p.name, p.count])).to.deep.equal([['p-fleur', 'Fleur', 0], [participant.me, 'Pim', 1]]);
    facilitator.reveal();
    await carry();
    expect(fac.state.participants.map((p) => p.name)).to.deep.equal(['Fleur', 'Pim']);
    expect(notesOf(fac.state, participant.me)).to.deep.equal(['Vroeg getypt']);
    expect(part.state.participants.map((p) => p.name)).to.deep.equal(['Fleur', 'Pim']);
  });

  it('a reload before the room opens keeps the same participant, with what was typed', async () => {
    const { part, participant, joined } = await twoDevices('live-early-reload');
    typeAsElement(part, 'Voor het herladen');
    participant.leave();
    const again = new SessionStore('session', roomStorageKey('live-early-reload', joined.room));
    const rejoined = await joinLive(again, '', { ...joined, pageUrl: 'https://x.example/', connect: false });
    expect(rejoined.me).to.equal(participant.me);
    expect(JSON.parse(sessionStorage.getItem(recordKey(joined.room, 'participant'))!).me).to.equal(participant.me);
    expect(again.state.participants).to.deep.equal([{ id: participant.me, name: 'Pim' }]);
    expect(notesOf(again.state, participant.me)).to.deep.equal(['Voor het herladen']);
  });

  it('whenIdle waits for the room\'s key check and opening, in every engine\'s WebCrypto timing', async () => {
    const { facilitator, participant } = await twoDevices('live-early-idle');
    Y.applyUpdate(participant.doc, Y.encodeStateAsUpdate(facilitator.doc), 'remote');
    await participant.whenIdle();
    expect(participant.status).to.equal('offline');
  });
});
