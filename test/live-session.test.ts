/**
 * A live session against a real Hocuspocus server (issue 15): two devices' stores in one page, the
 * facilitator's and a participant's, each with its own connection. What the server holds is
 * searched for every string typed; the server is stopped and restarted under them.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { newRoom } from '../src/internal/live/crypto.js';
import { readJoinFragment, roomStorageKey } from '../src/internal/live/link.js';
import { joinLive, resumeLive, startLive, type LiveConnection } from '../src/internal/live/live-session.js';
import { SessionStore } from '../src/internal/session/session-store.js';
import { sheetView, writeSheet } from '../src/internal/session/sheets.js';
import { emptyState, type SessionState } from '../src/internal/session/state.js';
import * as model from '../src/internal/worksheet/model.js';

const PORT = 1250;
const RETRY = { delay: 100, maxDelay: 300 };
let url = '';
let run = 0;
const open: LiveConnection[] = [];

before(async () => {
  url = ((await executeServerCommand('kjk-live-server', { action: 'start', port: PORT })) as { url: string }).url;
});
after(async () => {
  await executeServerCommand('kjk-live-server', { action: 'stop' });
});
afterEach(async () => {
  for (const c of open.splice(0)) c.leave();
  // A connection that leaves still writes what it was encrypting into the device's copy.
  await new Promise((r) => setTimeout(r, 100));
  sessionStorage.clear();
});

async function until(what: string, ok: () => boolean, ms = 8000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Types a note on a work format's sheet for participant `pid`, as the element's `change` does. */
function type(store: SessionStore, kind: string, pid: string, zone: string, text: string): void {
  store.update((s) => {
    const ws = sheetView(s, kind) ?? model.emptyWorksheet();
    ws.active = pid;
    model.addNote(ws, zone, text);
    writeSheet(s, kind, ws);
  });
}

const texts = (state: SessionState, kind: string, pid: string): string[] =>
  Object.values(state.worksheets[kind]?.people[pid]?.notes ?? {}).flat().map((n) => n.text);

/** Everything the server keeps of every room, as text (keys and values are UTF-8 in a Yjs update). */
async function serverText(): Promise<string> {
  const dump = (await executeServerCommand('kjk-live-server', { action: 'dump' })) as Record<string, string>;
  return Object.values(dump).map((b64) => new TextDecoder().decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)))).join('\n');
}

/** A facilitator with Fleur's note and a topic, live; and a participant Pim who joined by the link. */
async function twoDevices() {
  run++;
  const fac = new SessionStore('session', `live-fac-${run}`);
  fac.update((s) => {
    s.topic = 'Vraagstuk van het team';
    s.participants = [{ id: 'p-fleur', name: 'Fleur' }];
  });
  type(fac, 'octagon', 'p-fleur', 'why', 'Geheim van Fleur');
  const facilitator = await startLive(fac, url, { pageUrl: 'https://school.example/gesprek', retry: RETRY });
  open.push(facilitator);
  // Every list of people the facilitator's screen was given, as "name or nobody" per person who is not them.
  const seenPeople: string[][] = [];
  facilitator.subscribe(() => seenPeople.push(facilitator.people.filter((p) => !p.isMe).map((p) => p.name || '(no name)')));
  await until('facilitator connected', () => facilitator.status === 'connected');
  const joined = readJoinFragment(new URL(facilitator.link).hash);
  if (!joined || joined === 'malformed') throw new Error('no join fragment');
  const part = new SessionStore('session', roomStorageKey(`live-part-${run}`, joined.room));
  const participant = await joinLive(part, url, { ...joined, name: 'Pim', pageUrl: 'https://school.example/gesprek', retry: RETRY });
  open.push(participant);
  await until('participant connected', () => participant.status === 'connected');
  return { fac, part, facilitator, participant, joined, seenPeople };
}

describe('live session: two devices through a real Hocuspocus server', () => {
  it('a participant gets the shared topic and their own sheet; the facilitator sees who joined and counts, never content, until the reveal', async () => {
    const { fac, part, facilitator, participant, seenPeople } = await twoDevices();
    await until('Pim in the facilitator\'s list', () => facilitator.people.some((p) => p.name === 'Pim'));
    expect(seenPeople.flat(), 'Pim appears by name, never first as a nameless "Deelnemer 2" (whose join would be announced so)').to.not.include('(no name)');
    expect(facilitator.role).to.equal('facilitator');
    expect(participant.role).to.equal('participant');
    expect(facilitator.me).to.equal('p-fleur');
    expect(participant.link).to.equal(facilitator.link);
    await until('topic arrives', () => part.state.topic === 'Vraagstuk van het team');
    expect(part.state.participants).to.deep.equal([{ id: participant.me, name: 'Pim' }]);
    expect(texts(part.state, 'octagon', 'p-fleur')).to.deep.equal([]);

    type(part, 'octagon', participant.me, 'why', 'Pims eigen notitie');
    type(part, 'word-cloud', participant.me, 'words', 'samenwerken');
    type(fac, 'octagon', 'p-fleur', 'how', 'Nog een van Fleur');
    await until('the facilitator counts Pim\'s two', () => facilitator.people.find((p) => p.id === participant.me)?.count === 2);
    await until('the word arrives', () => texts(fac.state, 'word-cloud', participant.me).includes('samenwerken'));
    expect(facilitator.people.map((p) => [p.name, p.count, p.isMe, p.isFacilitator, p.online])).to.deep.equal([
      ['Fleur', 2, true, true, true],
      ['Pim', 2, false, false, true],
    ]);
    await until('the participant counts Fleur\'s two', () => participant.people.find((p) => p.id === 'p-fleur')?.count === 2);
    // Words are shared at once; notes are not.
    expect(texts(fac.state, 'octagon', participant.me)).to.deep.equal([]);
    expect(texts(part.state, 'octagon', 'p-fleur')).to.deep.equal([]);
    // Pim is a tab in the cloud's sheet for his words; Fleur, without words, is no tab on Pim's device.
    expect(fac.state.participants.map((p) => p.name)).to.deep.equal(['Fleur', 'Pim']);
    expect(part.state.participants.map((p) => p.name)).to.deep.equal(['Pim']);

    const server = await serverText();
    expect(server.length > 500).to.equal(true);
    for (const typed of ['Geheim van Fleur', 'Nog een van Fleur', 'Pims eigen notitie', 'samenwerken', 'Vraagstuk', 'Fleur', 'Pim']) {
      expect(server.includes(typed), typed).to.equal(false);
    }
    expect(server.includes('note/octagon/')).to.equal(true);

    let told = 0;
    participant.subscribe(() => told++);
    facilitator.reveal();
    await until('revealed on the participant', () => participant.revealed);
    expect(told > 0).to.equal(true);
    await until('Fleur\'s notes on Pim\'s device', () => texts(part.state, 'octagon', 'p-fleur').length === 2);
    await until('Pim\'s note on the facilitator\'s', () => texts(fac.state, 'octagon', participant.me).includes('Pims eigen notitie'));
    expect(part.state.participants.map((p) => p.name).sort()).to.deep.equal(['Fleur', 'Pim']);
    expect(texts(part.state, 'octagon', 'p-fleur')).to.deep.equal(['Geheim van Fleur', 'Nog een van Fleur']);
  });

  it('the facilitator\'s place reaches the participant, encrypted', async () => {
    const { facilitator, participant } = await twoDevices();
    facilitator.setPosition({ card: 'kaart-zeven', step: 3 });
    await until('position arrives', () => participant.position?.card === 'kaart-zeven');
    expect(participant.position).to.deep.equal({ card: 'kaart-zeven', step: 3 });
    expect((await serverText()).includes('kaart-zeven')).to.equal(false);
  });

  it('a facilitator who reloads resumes the same room, with what was typed meanwhile', async () => {
    const { fac, part, facilitator, participant } = await twoDevices();
    facilitator.setPosition({ card: 'kaart-drie' });
    type(fac, 'octagon', 'p-fleur', 'why', 'Vlak voor het herladen');
    facilitator.leave();
    await new Promise((r) => setTimeout(r, 100));
    const again = new SessionStore('session', `live-fac-${run}`);
    // Typed while no connection runs (the page is loading the live code): it goes up on resuming.
    type(again, 'octagon', 'p-fleur', 'how', 'Tussendoor');
    const resumed = await resumeLive(again, url, { pageUrl: 'https://school.example/gesprek', retry: RETRY });
    if (!resumed) throw new Error('not resumed');
    open.push(resumed);
    expect(resumed.link).to.equal(facilitator.link);
    expect(resumed.role).to.equal('facilitator');
    expect(resumed.me).to.equal('p-fleur');
    await until('resumed and connected', () => resumed.status === 'connected');
    expect(resumed.position).to.deep.equal({ card: 'kaart-drie' });
    type(again, 'octagon', 'p-fleur', 'why', 'Na het herladen');
    await until('counted on the participant', () => participant.people.find((p) => p.id === 'p-fleur')?.count === 4);
    resumed.reveal();
    await until('all four at Pim\'s', () => texts(part.state, 'octagon', 'p-fleur').length === 4);
    expect(texts(part.state, 'octagon', 'p-fleur')).to.deep.equal(['Geheim van Fleur', 'Vlak voor het herladen', 'Na het herladen', 'Tussendoor']);
    await resumed.end();
    expect(await resumeLive(new SessionStore('session', `live-fac-${run}`), url)).to.equal(null);
  });

  it('a wrong key shows nothing of the room and writes nothing to it', async () => {
    const { joined } = await twoDevices();
    const store = new SessionStore('session', roomStorageKey('live-wrong', joined.room));
    const before = await serverText();
    const wrong = await joinLive(store, url, { room: joined.room, key: newRoom().key, name: 'Indringer', retry: RETRY });
    open.push(wrong);
    await until('wrong-key', () => wrong.status === 'wrong-key');
    // Nothing of the room: only this device's own participant, there since the join.
    expect(store.state).to.deep.equal({ ...emptyState(), participants: [{ id: wrong.me, name: 'Indringer' }] });
    expect(wrong.people).to.deep.equal([]);
    expect(await serverText()).to.equal(before);
  });

  it('with the server gone both keep editing and say so; after its restart both converge with nothing lost; a reload offline keeps everything', async () => {
    const { fac, part, facilitator, participant, joined } = await twoDevices();
    facilitator.reveal();
    await until('revealed', () => participant.revealed);
    await executeServerCommand('kjk-live-server', { action: 'stop' });
    await until('both offline', () => facilitator.status === 'offline' && participant.status === 'offline');
    type(fac, 'octagon', 'p-fleur', 'why', 'Offline van Fleur');
    type(part, 'octagon', participant.me, 'why', 'Offline van Pim');
    type(part, 'word-cloud', participant.me, 'words', 'regie');
    // Pim reloads while offline: his connection ends, a new one starts from what the device kept.
    participant.leave();
    await new Promise((r) => setTimeout(r, 50));
    const again = new SessionStore('session', roomStorageKey(`live-part-${run}`, joined.room));
    expect(texts(again.state, 'octagon', participant.me)).to.deep.equal(['Offline van Pim']);
    const rejoined = await joinLive(again, url, { ...joined, retry: RETRY });
    open.push(rejoined);
    expect(rejoined.me).to.equal(participant.me);
    await until('reopened offline from the kept copy', () => rejoined.status === 'offline');
    expect(rejoined.revealed).to.equal(true);
    expect(texts(again.state, 'octagon', 'p-fleur')).to.include('Geheim van Fleur');

    await executeServerCommand('kjk-live-server', { action: 'restart' });
    await until('both back', () => facilitator.status === 'connected' && rejoined.status === 'connected', 12000);
    await until('Pim\'s offline note at Fleur\'s', () => texts(fac.state, 'octagon', participant.me).includes('Offline van Pim'));
    await until('Fleur\'s offline note at Pim\'s', () => texts(again.state, 'octagon', 'p-fleur').includes('Offline van Fleur'));
    await until('the word at Fleur\'s', () => texts(fac.state, 'word-cloud', participant.me).includes('regie'));
    for (const kind of ['octagon', 'word-cloud']) {
      for (const pid of ['p-fleur', participant.me]) expect(texts(again.state, kind, pid), `${kind} ${pid}`).to.deep.equal(texts(fac.state, kind, pid));
    }
    expect(texts(fac.state, 'octagon', 'p-fleur')).to.deep.equal(['Geheim van Fleur', 'Offline van Fleur']);
    expect((await serverText()).includes('Offline')).to.equal(false);
    void part;
  });

  it('the end ends it for everyone; each device keeps its copy, and the link then says it ended', async () => {
    const { fac, part, facilitator, participant, joined } = await twoDevices();
    type(part, 'octagon', participant.me, 'why', 'Laatste woord van Pim');
    await until('counted', () => facilitator.people.find((p) => p.id === participant.me)?.count === 1);
    await facilitator.end();
    expect(facilitator.status).to.equal('ended');
    await until('ended on the participant', () => participant.status === 'ended');
    expect(texts(part.state, 'octagon', participant.me)).to.deep.equal(['Laatste woord van Pim']);
    expect(texts(fac.state, 'octagon', 'p-fleur')).to.deep.equal(['Geheim van Fleur']);
    // An edit after the end stays on the device.
    type(part, 'octagon', participant.me, 'why', 'Na afloop');
    expect(texts(part.state, 'octagon', participant.me)).to.deep.equal(['Laatste woord van Pim', 'Na afloop']);
    const reload = await joinLive(new SessionStore('session', roomStorageKey(`live-part-${run}`, joined.room)), url, { ...joined, retry: RETRY });
    expect(reload.status).to.equal('ended');
  });

  it('once the room has ended, no device knocks on the server again', async () => {
    const { facilitator, participant } = await twoDevices();
    await facilitator.end();
    await until('ended on the participant', () => participant.status === 'ended');
    const upgrades = () => executeServerCommand('kjk-live-server', { action: 'upgrades' }) as Promise<number>;
    const before = await upgrades();
    // Ten times the retry delay: a reconnect left scheduled by the closed socket would have come by now.
    await new Promise((resolve) => setTimeout(resolve, 10 * RETRY.maxDelay));
    expect((await upgrades()) - before, 'new connections after the end').to.equal(0);
  });

  it('ended while the server is gone: the facilitator says so at once, and the participant learns it when the server is back', async () => {
    const { part, facilitator, participant } = await twoDevices();
    type(part, 'octagon', participant.me, 'why', 'Van Pim');
    await until('counted', () => facilitator.people.find((p) => p.id === participant.me)?.count === 1);
    await executeServerCommand('kjk-live-server', { action: 'stop' });
    await until('both offline', () => facilitator.status === 'offline' && participant.status === 'offline');
    await facilitator.end();
    expect(facilitator.status).to.equal('ended');
    expect(participant.status).to.equal('offline');
    await executeServerCommand('kjk-live-server', { action: 'restart' });
    await until('ended on the participant', () => participant.status === 'ended', 12000);
    expect(texts(part.state, 'octagon', participant.me)).to.deep.equal(['Van Pim']);
  });

  it('a device that was away when the session ended learns it on its return, and keeps its copy', async () => {
    const { part, facilitator, participant, joined } = await twoDevices();
    type(part, 'octagon', participant.me, 'why', 'Van Pim');
    await until('counted', () => facilitator.people.find((p) => p.id === participant.me)?.count === 1);
    participant.leave();
    await facilitator.end();
    const back = new SessionStore('session', roomStorageKey(`live-part-${run}`, joined.room));
    const returned = await joinLive(back, url, { ...joined, retry: RETRY });
    open.push(returned);
    await until('ended on return', () => returned.status === 'ended');
    expect(texts(back.state, 'octagon', participant.me)).to.deep.equal(['Van Pim']);
  });
});
