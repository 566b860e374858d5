/**
 * TEST DOUBLE of the live connection (issue 15), for the panel's tests and stories only. It
 * follows the contract of src/internal/live/live-types.ts and live-loader.ts but talks to no
 * server and encrypts nothing: the real one is src/internal/live/live-session.ts, tested against
 * a real Hocuspocus server. A test drives it as the room would (people join, the connection drops,
 * the facilitator moves) and reads what the elements asked of it (`calls`).
 */
import { qrCode } from '../src/internal/live/qr.js';
import type { LiveModule } from '../src/internal/live/live-loader.js';
import type { LivePerson, LivePosition, LiveRole, LiveSession, LiveStatus } from '../src/internal/live/live-types.js';
import type { SessionStore } from '../src/internal/session/session-store.js';

export const FAKE_ROOM = 'AAAAAAAAAAAAAAAAAAAAAA';
export const FAKE_KEY = 'BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB';

export class FakeLiveSession implements LiveSession {
  status: LiveStatus = 'connected';
  people: LivePerson[];
  revealed = false;
  position: LivePosition | null = null;
  /** What the elements asked: `setName:…`, `reveal`, `setPosition:{…}`, `end`, `leave`. */
  readonly calls: string[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly role: LiveRole,
    readonly link: string,
    readonly me: string,
    readonly store: SessionStore,
  ) {
    this.people = [{ id: me, name: '', count: 0, online: true, isMe: true, isFacilitator: role === 'facilitator' }];
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** As the room would: changes the fields and tells the subscribers. */
  set(patch: Partial<Pick<FakeLiveSession, 'status' | 'people' | 'revealed' | 'position'>>): void {
    Object.assign(this, patch);
    this.listeners.forEach((listener) => listener());
  }

  /** Someone else joins (a name, a count). */
  addPerson(name: string, count = 0, extra: Partial<LivePerson> = {}): void {
    const id = `p-${this.people.length + 1}`;
    this.set({ people: [...this.people, { id, name, count, online: true, isMe: false, isFacilitator: false, ...extra }] });
  }

  setName(name: string): void {
    this.calls.push(`setName:${name}`);
    this.set({ people: this.people.map((p) => (p.isMe ? { ...p, name } : p)) });
    this.store.update((s) => {
      const person = s.participants.find((p) => p.id === this.me);
      if (person) person.name = name;
    });
  }

  reveal(): void {
    this.calls.push('reveal');
    this.set({ revealed: true });
  }

  setPosition(position: LivePosition): void {
    this.calls.push(`setPosition:${JSON.stringify(position)}`);
    this.set({ position });
  }

  async end(): Promise<void> {
    this.calls.push('end');
    this.set({ status: 'ended' });
  }

  leave(): void {
    this.calls.push('leave');
  }
}

export interface FakeLive {
  module: LiveModule;
  /** Every session started or joined, newest last. */
  sessions: FakeLiveSession[];
  /** Calls of startLive/joinLive with their server and store key. */
  calls: string[];
  readonly last: FakeLiveSession | undefined;
}

/**
 * A live module that works at once (or, with `fail`, cannot be loaded, as offline). `status` is
 * the status a new session starts in (e.g. 'wrong-key'). `me` is added to the store as a
 * participant, as the real connection puts this device's person in the state.
 */
export function fakeLive(options: { status?: LiveStatus; fail?: boolean } = {}): FakeLive {
  const sessions: FakeLiveSession[] = [];
  const calls: string[] = [];
  const make = (role: LiveRole, store: SessionStore, link: string): FakeLiveSession => {
    let me = store.state.participants[0]?.id;
    if (role === 'participant' || !me) {
      me = `me-${sessions.length + 1}`;
      const id = me;
      store.update((s) => void s.participants.push({ id, name: '' }));
    }
    const session = new FakeLiveSession(role, link, me, store);
    if (options.status) session.status = options.status;
    sessions.push(session);
    return session;
  };
  const module: LiveModule = {
    async startLive(store, serverUrl, { pageUrl }) {
      calls.push(`startLive:${serverUrl}:${store.storageKey}`);
      return make('facilitator', store, `${pageUrl}#kjk-live=${FAKE_ROOM}.${FAKE_KEY}`);
    },
    async joinLive(store, serverUrl, { room, key }) {
      calls.push(`joinLive:${serverUrl}:${store.storageKey}:${room}.${key}`);
      return make('participant', store, `${location.href.split('#')[0]}#kjk-live=${room}.${key}`);
    },
    async resumeLive(store, serverUrl) {
      // The double keeps no room across a reload: the real one is tested end to end (test/live-e2e).
      calls.push(`resumeLive:${serverUrl}:${store.storageKey}`);
      return null;
    },
    readJoinFragment(hash) {
      const match = /^#kjk-live=(.*)$/.exec(hash);
      if (!match) return null;
      const [room, key, more] = match[1].split('.');
      return room && key && more === undefined && /^[\w-]+$/.test(room + key) ? { room, key } : 'malformed';
    },
    roomStorageKey: (storageKey, room) => `${storageKey}@${room.slice(0, 8)}`,
    // The real QR code: it is drawn from the link alone, nothing of a connection.
    qrCode,
  };
  return {
    module,
    sessions,
    calls,
    get last() {
      return sessions.at(-1);
    },
  };
}
