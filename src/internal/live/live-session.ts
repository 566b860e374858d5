/**
 * A live session's connection (issue 15): the session store on one side, a Yjs document synced
 * through a Hocuspocus server on the other, and AES-GCM in between, so the server relays and
 * keeps structure and ciphertext only. Loaded by dynamic import only when a live session starts
 * or a join link is opened: Yjs and the provider stay out of the main bundle.
 *
 * The document: `Y.Map('data')` with the projection's keys (projection.ts), each value encrypted
 * under its key; `Y.Map('meta')` with `check` (the encrypted constant that tells a wrong key
 * before anything is shown), `facilitator` (pid), `revealed` and `ended`. One key, one value:
 * the last writer wins per note, per person, for the plan as a whole.
 *
 * Local edits: every store change caused by an edit or by the page is diffed against the last
 * projection; the changed entries are encrypted in order (a promise queue) and written in one
 * transaction. Remote changes are decrypted and applied onto the store's current state, so an
 * edit still being encrypted is never lost; an entry this device is about to write is not taken
 * from the room meanwhile (its own write follows and wins everywhere).
 *
 * Every change goes through the server: @hocuspocus/provider 3.4 has no BroadcastChannel between
 * tabs (y-websocket's would bypass the server), so there is nothing to turn off.
 */
import * as Y from 'yjs';
import { HocuspocusProvider } from '@hocuspocus/provider';
import type { SessionStore } from '../session/session-store.js';
import { decryptValue, encryptValue, fromBase64Url, importKey, newRoom, toBase64Url } from './crypto.js';
import { joinLink, liveHostKey, readJoinFragment } from './link.js';
import type { LivePerson, LivePosition, LiveRole, LiveSession, LiveStatus } from './live-types.js';
import { applyEntries, ownerOf, project, type Entries } from './projection.js';

/** What `meta.check` holds, encrypted: it opens only with the room's key. */
const CHECK = 'kjk-live';
/** The origin of this device's own transactions, so the observers skip them. */
const LOCAL = Symbol('kjk-live-local');
/**
 * How a server says no (close codes, or reasons of Hocuspocus' "permission denied"): the room
 * ended (kjk-live-server's 4410 'room-ended', also for a device that was offline when it ended),
 * or this connection is refused (a bad room name, a document too large, a malformed update;
 * Hocuspocus' unauthorized and forbidden; a message too big).
 */
const ENDED_CODE = 4410;
const ENDED_REASON = 'room-ended';
const REFUSED_CODES = new Set([4400, 4401, 4403, 4413, 1009]);
const REFUSED_REASONS = new Set(['invalid-room', 'too-large', 'malformed']);

/** What a device keeps of a room in the store's browser storage, under `kjk-live:<room>:<role>`. */
interface LiveRecord {
  v: 1;
  me: string;
  /** The participants this device brought in (the facilitator's seeded ones). */
  own: string[];
  /** The document's own state (Y.encodeStateAsUpdate, base64url): a reload offline loses nothing. */
  update?: string;
  /** The session ended: a reload of the join link says so instead of waiting for a deleted room. */
  ended?: boolean;
}

export interface LiveOptions {
  /** The page's URL for the join link; default: this page's, without its fragment. */
  pageUrl?: string;
  /** Reconnect timing (ms): the first retry, and the longest wait between retries. */
  retry?: { delay: number; maxDelay: number };
  /** @internal For tests: no server; the test carries `doc`'s updates between devices itself. */
  connect?: boolean;
}

type Decrypted = { key: string; sealed: string | undefined; value?: unknown; failed?: boolean };

const newPid = () => `p-${toBase64Url(crypto.getRandomValues(new Uint8Array(8))).toLowerCase().replace(/[^a-z0-9]/g, '')}`.slice(0, 20);

/**
 * Equal plain values (JSON data). Not by JSON.stringify: this runs for every entry on every
 * keystroke, and a mind map's pictures are strings of up to 400,000 characters.
 */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/**
 * Stops a provider for good. Provider 3.4.4: when the server closes the socket, the socket schedules
 * a reconnect that `destroy()` does not cancel, and that reconnect turns connecting back on (WebKit
 * delivers the close before our handler runs): a destroyed socket must not connect again.
 */
function stopProvider(provider: HocuspocusProvider | undefined): void {
  if (!provider) return;
  const socket = (provider.configuration as { websocketProvider?: { connect: () => Promise<unknown> } }).websocketProvider;
  if (socket) socket.connect = () => Promise.resolve();
  provider.destroy();
}

function storageOf(store: SessionStore): Storage | undefined {
  try {
    if (store.mode === 'local') return localStorage;
    if (store.mode === 'session') return sessionStorage;
  } catch {
    // Storage blocked: the live copy lives in memory only, like the answers.
  }
  return undefined;
}

/** Per role too: a facilitator and a participant in two tabs of one browser keep apart. */
export const recordKey = (room: string, role: LiveRole) => `kjk-live:${room}:${role}`;

function readRecord(storage: Storage | undefined, room: string, role: LiveRole): LiveRecord | undefined {
  try {
    const record = JSON.parse(storage?.getItem(recordKey(room, role)) ?? 'null') as LiveRecord | null;
    return record?.v === 1 && typeof record.me === 'string' && Array.isArray(record.own) ? record : undefined;
  } catch {
    return undefined;
  }
}

export class LiveConnection implements LiveSession {
  status: LiveStatus = 'connecting';
  people: LivePerson[] = [];
  revealed = false;
  position: LivePosition | null = null;

  /** @internal The room's document (tests carry its updates when there is no server). */
  readonly doc = new Y.Doc();
  private readonly data = this.doc.getMap<string>('data');
  private readonly meta = this.doc.getMap<unknown>('meta');
  private provider?: HocuspocusProvider;
  /** Every value of the room, decrypted (names for `people`, the hidden notes for the reveal). */
  private readonly plain: Entries = new Map();
  /** The projection of the store's state as last sent or received: what the next edit is compared with. */
  private last: Entries = new Map();
  /** Keys this device is encrypting a value for, with how many writes are on the way. */
  private readonly pending = new Map<string, number>();
  /** Order numbers for entries this device is about to add: a joining participant comes after everyone there. */
  private readonly hints: Entries = new Map();
  private outgoing: Promise<void> = Promise.resolve();
  private incoming: Promise<void> = Promise.resolve();
  private opening = false;
  private opened = false;
  private closed = false;
  private socketUp = false;
  private awarePids = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private unsubscribe?: () => void;
  private readonly storage: Storage | undefined;
  private persistQueued = false;

  constructor(
    private readonly store: SessionStore,
    private readonly serverUrl: string,
    readonly room: string,
    private readonly key: CryptoKey,
    readonly role: LiveRole,
    readonly me: string,
    private readonly own: Set<string>,
    readonly link: string,
    private readonly name: string | undefined,
    private readonly retry: { delay: number; maxDelay: number },
    private readonly connects = true,
  ) {
    this.storage = storageOf(store);
    this.data.observe((event, transaction) => {
      this.updatePeople();
      if (transaction.origin === LOCAL || !(this.opening || this.opened)) return;
      const keys = [...event.keysChanged];
      this.incoming = this.incoming.then(() => this.receiveKeys(keys)).catch((error) => console.error(error));
    });
    this.meta.observe(() => this.onMeta());
    this.doc.on('update', () => this.persistSoon());
  }

  /** The room's flags changed (or the room just opened here): the end, the key check, the reveal. */
  private onMeta(): void {
    if (this.meta.get('ended') === true) return this.finish('ended');
    if (!this.opened) return void this.tryOpen();
    if (this.meta.get('revealed') === true && !this.revealed) {
      this.revealed = true;
      this.notify();
      this.receiveAll();
    }
    this.updatePeople();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  setName(name: string): void {
    if (this.closed) return;
    this.store.update((s) => {
      const person = s.participants.find((p) => p.id === this.me);
      if (person) person.name = name.slice(0, 80);
    });
  }

  reveal(): void {
    if (this.closed || this.role !== 'facilitator' || this.revealed) return;
    this.revealed = true;
    this.doc.transact(() => this.meta.set('revealed', true), LOCAL);
    this.notify();
    this.receiveAll();
  }

  setPosition(position: LivePosition): void {
    if (this.closed || this.role !== 'facilitator') return;
    this.position = position;
    this.write([['position', position]], []);
    this.notify();
  }

  async end(): Promise<void> {
    if (this.closed || this.role !== 'facilitator') return;
    // What was typed last goes out before the end.
    await this.outgoing;
    this.doc.transact(() => this.meta.set('ended', true), LOCAL);
    const provider = this.provider;
    if (provider && this.socketUp) {
      // Until the server has the end (and so can delete the room), at most a few seconds.
      await new Promise<void>((resolve) => {
        const done = () => (provider.off('unsyncedChanges', check), clearTimeout(timer), resolve());
        const check = () => void (provider.unsyncedChanges === 0 && done());
        const timer = setTimeout(done, 3000);
        provider.on('unsyncedChanges', check);
        check();
      });
    }
    this.finish('ended');
  }

  leave(): void {
    if (this.closed) return;
    this.closed = true;
    this.unsubscribe?.();
    // What is being encrypted still goes into the document (and out, if connected) and into the device's copy.
    const provider = this.provider;
    this.provider = undefined;
    void this.outgoing.then(() => {
      this.persist(true);
      stopProvider(provider);
    });
    this.notify();
  }

  // Starting

  /** Facilitator: the store's answers into the empty document, then connect. */
  seed(): void {
    this.last = project(this.store.state);
    const entries = [...this.last];
    this.opened = true;
    this.unsubscribe = this.store.subscribe(this.onStore);
    this.outgoing = this.outgoing.then(async () => {
      const check = await encryptValue(this.key, 'meta/check', CHECK);
      const sealed = await Promise.all(entries.map(async ([k, v]) => [k, await encryptValue(this.key, k, v)] as const));
      this.doc.transact(() => {
        for (const [k, v] of sealed) this.data.set(k, v);
        this.meta.set('check', check);
        this.meta.set('facilitator', this.me);
      }, LOCAL);
      for (const [k, v] of entries) this.plain.set(k, v);
      this.updatePeople();
    });
    this.connect();
  }

  /**
   * Participant: what this device kept of the room, then connect; the room opens once its key
   * checks out. This device's participant is in the store from now on, not only once the room has
   * opened (which takes the server's answer and the key check): a sheet shown meanwhile is theirs,
   * so what they type there is theirs and goes up when the room opens. Without it a sheet view
   * invented a participant of its own, who kept the note on this device only (and showed as an
   * extra person after the reveal), and a name set meanwhile was lost. The record keeps `me`, so a
   * reload before the room opens is the same participant.
   */
  join(update: string | undefined): void {
    this.ensurePerson();
    if (!readRecord(this.storage, this.room, this.role)) this.writeRecord({ v: 1, me: this.me, own: [...this.own] });
    if (update) {
      try {
        Y.applyUpdate(this.doc, fromBase64Url(update), 'storage');
      } catch {
        console.error('ken-je-kracht: the stored copy of the live session could not be read; it is fetched again.');
      }
    }
    this.connect();
    void this.tryOpen();
  }

  ended(): void {
    this.closed = true;
    this.setStatus('ended');
  }

  /** @internal Resolves once nothing is being encrypted or decrypted. */
  async whenIdle(): Promise<void> {
    for (;;) {
      const [outgoing, incoming] = [this.outgoing, this.incoming];
      await Promise.all([outgoing, incoming]);
      if (outgoing === this.outgoing && incoming === this.incoming) return;
    }
  }

  private connect(): void {
    if (!this.connects) return;
    const provider = new HocuspocusProvider({
      url: this.serverUrl,
      name: this.room,
      document: this.doc,
      // The socket's reconnect timing travels in the same configuration.
      ...({ delay: this.retry.delay, maxDelay: this.retry.maxDelay, minDelay: Math.min(1000, this.retry.delay) } as object),
    });
    this.provider = provider;
    provider.on('status', ({ status }: { status: string }) => {
      this.socketUp = status === 'connected';
      if (!this.socketUp && this.opened) this.setStatus('offline');
      this.updatePeople();
    });
    provider.on('synced', () => {
      if (this.opened && this.socketUp) this.setStatus('connected');
    });
    provider.on('authenticationFailed', ({ reason }: { reason?: string }) => (reason === ENDED_REASON ? this.finish('ended') : this.refuse()));
    provider.on('close', ({ event }: { event?: { code?: number; reason?: string } }) => {
      const { code = 0, reason = '' } = event ?? {};
      if (code === ENDED_CODE || reason === ENDED_REASON) this.finish('ended');
      else if (REFUSED_CODES.has(code) || REFUSED_REASONS.has(reason)) this.refuse();
    });
    provider.on('awarenessChange', () => {
      const pids = new Set<string>();
      for (const [client, state] of provider.awareness?.getStates() ?? []) {
        if (client !== this.doc.clientID && typeof state?.pid === 'string') pids.add(state.pid);
      }
      this.awarePids = pids;
      this.updatePeople();
    });
    if (this.opened) provider.awareness?.setLocalStateField('pid', this.me);
  }

  private refuse(): void {
    if (this.closed) return;
    this.closed = true;
    this.unsubscribe?.();
    stopProvider(this.provider);
    this.provider = undefined;
    this.setStatus('refused');
  }

  /**
   * Checks the room's key and shows the room; nothing of it reaches the store before the check.
   * The check is part of the incoming queue, so `whenIdle` waits for it (WebCrypto resolves it a
   * task or more later in Firefox and WebKit than in Chromium).
   */
  private async tryOpen(): Promise<void> {
    if (this.opened || this.opening || this.closed) return;
    const check = this.meta.get('check');
    // No check yet: the room is empty (the facilitator's seed has not arrived): wait for it.
    if (typeof check !== 'string') return;
    this.opening = true;
    this.incoming = this.incoming.then(async () => {
      let ok = false;
      try {
        ok = (await decryptValue(this.key, 'meta/check', check)) === CHECK;
      } catch {
        ok = false;
      }
      if (!ok) {
        this.opening = false;
        this.closed = true;
        stopProvider(this.provider);
        this.provider = undefined;
        this.setStatus('wrong-key');
        return;
      }
      const decrypted = await this.decryptKeys([...this.data.keys()]);
      // Left (or ended) while the room was being opened: nothing more of it.
      if (this.closed) return void (this.opening = false);
      this.take(decrypted);
      this.revealed = this.meta.get('revealed') === true;
      this.position = (this.plain.get('position') as LivePosition | undefined) ?? null;
      // Back in a room this device was in: what it has of its own participants and the room lacks (an
      // edit cut off by a reload while it was being encrypted, or made while the room was opening) goes up;
      // everything else comes down. This device's participant, new to the room, comes after everyone there.
      const person = `person/${this.me}`;
      const hint: Entries = new Map();
      if (!this.plain.has(person)) hint.set(person, { at: this.nextPersonAt() });
      const local = project(this.store.state, hint.size ? new Map([...this.plain, ...hint]) : this.plain);
      const upload = [...local].filter(([k, v]) => this.isMine(k) && !same(this.plain.get(k), v));
      const uploading = new Set(upload.map(([k]) => k));
      this.last = local;
      const incoming = this.visibleEntries([...this.plain]).filter(([k]) => !uploading.has(k));
      const next = applyEntries(this.store.state, incoming, this.view());
      if (!same(next, this.store.state)) this.store.receive(next);
      this.last = project(this.store.state, this.known());
      this.write(upload, []);
      this.opening = false;
      this.opened = true;
      this.unsubscribe = this.store.subscribe(this.onStore);
      // This device's participant is in the store since the join; unless the page replaced the state meanwhile: then
      // again, through the store, so it is sent like any edit.
      if (!this.store.state.participants.some((p) => p.id === this.me)) {
        this.hints.set(person, { at: this.nextPersonAt() });
        this.ensurePerson();
      }
      this.provider?.awareness?.setLocalStateField('pid', this.me);
      this.persist();
      this.setStatus(this.socketUp ? 'connected' : 'offline');
      this.updatePeople();
      // A reveal that arrived while the room was opening.
      this.onMeta();
    });
    await this.incoming;
  }

  // Local → room

  private onStore = (_store: SessionStore, cause: string): void => {
    if (!this.opened || this.closed) return;
    if (cause === 'sync') {
      this.last = project(this.store.state, this.known());
      return;
    }
    const next = project(this.store.state, this.hints.size ? new Map([...this.last, ...this.hints]) : this.last);
    this.hints.clear();
    const sets: [string, unknown][] = [];
    const deletes: string[] = [];
    for (const [k, v] of next) if (!same(this.last.get(k), v)) sets.push([k, v]);
    for (const k of this.last.keys()) if (!next.has(k)) deletes.push(k);
    // A person added on this device is this device's own: their notes stay shown here.
    for (const [k] of sets) if (k.startsWith('person/') && !this.last.has(k)) this.own.add(k.slice(7));
    this.last = next;
    this.write(sets, deletes);
  };

  /** Encrypts and writes, in the order the edits were made. */
  private write(sets: [string, unknown][], deletes: string[]): void {
    if (!sets.length && !deletes.length) return;
    const keys = [...sets.map(([k]) => k), ...deletes];
    for (const k of keys) this.pending.set(k, (this.pending.get(k) ?? 0) + 1);
    this.outgoing = this.outgoing
      .then(async () => {
        const sealed = await Promise.all(sets.map(async ([k, v]) => [k, await encryptValue(this.key, k, v)] as const));
        // Not into a room that ended, refused us or has another key; after `leave` still, into the device's copy.
        if (this.status === 'ended' || this.status === 'wrong-key' || this.status === 'refused') return;
        this.doc.transact(() => {
          for (const [k, v] of sealed) this.data.set(k, v);
          for (const k of deletes) this.data.delete(k);
        }, LOCAL);
        for (const [k, v] of sets) this.plain.set(k, v);
        for (const k of deletes) this.plain.delete(k);
        this.updatePeople();
      })
      .catch((error) => console.error(error))
      .finally(() => {
        for (const k of keys) {
          const n = (this.pending.get(k) ?? 1) - 1;
          if (n) this.pending.set(k, n);
          else this.pending.delete(k);
        }
      });
  }

  // Room → local

  /** The values of `keys` as the document holds them now, decrypted; `take` keeps what is still current. */
  private async decryptKeys(keys: string[]): Promise<Decrypted[]> {
    return Promise.all(
      keys.map(async (k): Promise<Decrypted> => {
        const sealed = this.data.get(k);
        if (sealed === undefined) return { key: k, sealed, value: undefined };
        try {
          return { key: k, sealed, value: await decryptValue(this.key, k, sealed) };
        } catch (error) {
          // Damaged or not ours: left out, never shown as garbage.
          console.error(error);
          return { key: k, sealed, failed: true };
        }
      }),
    );
  }

  /**
   * Of what was decrypted, what is still the document's value (not replaced meanwhile, e.g. by this
   * device's own write of the key), into the cache. Synchronous with whatever applies it next, so
   * nothing can land in between.
   */
  private take(decrypted: Decrypted[]): [string, unknown][] {
    const entries: [string, unknown][] = [];
    for (const { key, sealed, value, failed } of decrypted) {
      if (failed || this.data.get(key) !== sealed) continue;
      if (value === undefined) this.plain.delete(key);
      else this.plain.set(key, value);
      entries.push([key, value]);
    }
    return entries;
  }

  private async receiveKeys(keys: string[]): Promise<void> {
    if (this.closed) return;
    const decrypted = await this.decryptKeys(keys);
    if (this.closed || !this.opened) return;
    const entries = this.take(decrypted);
    if (keys.includes('position')) {
      const position = (this.plain.get('position') as LivePosition | undefined) ?? null;
      if (!same(position, this.position)) {
        this.position = position;
        this.notify();
      }
    }
    this.apply(entries);
    this.updatePeople();
  }

  /** After the reveal: everything the room holds. */
  private receiveAll(): void {
    this.incoming = this.incoming.then(() => this.apply([...this.plain])).catch((error) => console.error(error));
  }

  private apply(entries: [string, unknown][]): void {
    if (this.closed) return;
    const visible = this.visibleEntries(entries);
    if (!visible.length) return;
    const next = applyEntries(this.store.state, visible, this.view());
    if (!same(next, this.store.state)) this.store.receive(next);
  }

  /**
   * What may be applied: not what this device is about to write itself, and with the person
   * entry of everyone whose content arrives (a person may be shown once their words are).
   */
  private visibleEntries(entries: [string, unknown][]): [string, unknown][] {
    const out = entries.filter(([k]) => !this.pending.has(k) && k !== 'position');
    const have = new Set(out.map(([k]) => k));
    for (const [k] of entries) {
      const pid = ownerOf(k);
      const person = `person/${pid}`;
      if (pid && !have.has(person) && this.plain.has(person) && !this.pending.has(person)) {
        out.push([person, this.plain.get(person)]);
        have.add(person);
      }
    }
    return out;
  }

  /** This device's participant in the store, with the name typed when joining (if any). */
  private ensurePerson(): void {
    const mine = this.store.state.participants.find((p) => p.id === this.me);
    if (mine && (this.name === undefined || mine.name === this.name)) return;
    this.store.update((s) => {
      const found = s.participants.find((p) => p.id === this.me);
      if (found) found.name = this.name ?? found.name;
      else s.participants.push({ id: this.me, name: this.name ?? '' });
    });
  }

  /** The order number after every person the room has. */
  private nextPersonAt(): number {
    const ats = [...this.plain].filter(([k]) => k.startsWith('person/')).map(([, v]) => (v as { at?: number }).at ?? 0);
    return Math.max(-1, ...ats) + 1;
  }

  private isMine(key: string): boolean {
    const pid = ownerOf(key);
    return !!pid && this.own.has(pid);
  }

  private view() {
    return { me: this.me, revealed: this.revealed, own: this.own, known: this.last };
  }

  /** Order numbers: what the room has, over what this device last projected. */
  private known(): Entries {
    return new Map([...this.last, ...this.plain]);
  }

  // State for the panel

  private updatePeople(): void {
    // Nothing of a room whose key has not been checked, not even its structure.
    if (!this.opened) return;
    const counts = new Map<string, number>();
    const persons: { id: string; at: number }[] = [];
    // From the keys alone: counting needs no decryption.
    for (const k of this.data.keys()) {
      if (k.startsWith('person/')) {
        // Listed once their entry is read: a join is announced by name, not as "Deelnemer 3" first.
        if (!this.plain.has(k) && k !== `person/${this.me}`) continue;
        const at = (this.plain.get(k) as { at?: number } | undefined)?.at;
        persons.push({ id: k.slice(7), at: typeof at === 'number' ? at : Infinity });
      } else {
        const pid = ownerOf(k);
        if (pid) counts.set(pid, (counts.get(pid) ?? 0) + 1);
      }
    }
    const facilitator = this.meta.get('facilitator');
    // The facilitator first, then in the room's order.
    persons.sort((a, b) => Number(b.id === facilitator) - Number(a.id === facilitator) || a.at - b.at || (a.id < b.id ? -1 : 1));
    const people = persons.map(({ id }): LivePerson => {
      const name = (this.plain.get(`person/${id}`) as { name?: unknown } | undefined)?.name;
      return {
        id,
        name: typeof name === 'string' ? name : '',
        count: counts.get(id) ?? 0,
        online: this.socketUp && (id === this.me || this.awarePids.has(id)),
        isMe: id === this.me,
        isFacilitator: id === facilitator,
      };
    });
    if (same(people, this.people)) return;
    this.people = people;
    this.notify();
  }

  private setStatus(status: LiveStatus): void {
    if (this.status === status) return;
    // The end is final; so are a wrong key and a refusal.
    if (this.status === 'ended' || this.status === 'wrong-key' || this.status === 'refused') return;
    this.status = status;
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  private finish(status: 'ended'): void {
    if (this.status === 'ended') return;
    this.closed = true;
    this.opened = false;
    this.unsubscribe?.();
    const provider = this.provider;
    this.provider = undefined;
    if (provider && this.role === 'facilitator' && !this.socketUp && this.meta.get('ended') === true) this.deliverEnd(provider);
    // Not inside the document's observer that brought the end.
    else setTimeout(() => stopProvider(provider));
    // The copy stays in the store; of the room only the fact that it ended.
    this.writeRecord({ v: 1, me: this.me, own: [...this.own], ended: true });
    if (this.role === 'facilitator') forgetHost(this.store);
    this.setStatus(status);
  }

  /**
   * Ended while offline: the device says 'ended' at once, and its connection stays on in the
   * background until the server has the end (so it can tell the others and delete the room), for
   * at most ten minutes; after that the room goes at its TTL.
   */
  private deliverEnd(provider: HocuspocusProvider): void {
    let done = false;
    const stop = () => {
      if (done) return;
      done = true;
      clearTimeout(cap);
      setTimeout(() => stopProvider(provider));
    };
    const cap = setTimeout(stop, 10 * 60_000);
    provider.on('synced', () => {
      const check = () => void (provider.unsyncedChanges === 0 && stop());
      provider.on('unsyncedChanges', check);
      check();
      setTimeout(stop, 3000);
    });
    provider.on('authenticationFailed', stop);
    provider.on('close', ({ event }: { event?: { code?: number; reason?: string } }) => {
      if (event?.code === ENDED_CODE || event?.reason === ENDED_REASON) stop();
    });
  }

  // The device's copy of the document

  private persistSoon(): void {
    if (this.persistQueued || !this.opened || this.closed) return;
    this.persistQueued = true;
    // Once per burst of updates, before anything else can happen (a reload included).
    queueMicrotask(() => {
      this.persistQueued = false;
      if (this.opened && !this.closed) this.persist();
    });
  }

  private persist(leaving = false): void {
    if (!this.opened || this.status === 'ended' || (this.closed && !leaving)) return;
    this.writeRecord({ v: 1, me: this.me, own: [...this.own], update: toBase64Url(Y.encodeStateAsUpdate(this.doc)) });
  }

  private writeRecord(record: LiveRecord): void {
    try {
      this.storage?.setItem(recordKey(this.room, this.role), JSON.stringify(record));
    } catch {
      // Full or blocked: the live session goes on; a reload then fetches the room again.
    }
  }
}

const DEFAULT_RETRY = { delay: 1000, maxDelay: 10000 };

const pageUrlOf = (options?: LiveOptions) => options?.pageUrl ?? location.href.replace(/#.*$/, '');

/**
 * Facilitator: a new room, seeded with the store's current answers. This device's participant is
 * the store's first (one is added when there is none); every participant already in the store is
 * this device's own, so their notes stay shown here before the reveal.
 */
export async function startLive(store: SessionStore, serverUrl: string, options?: LiveOptions): Promise<LiveConnection> {
  const { room, key } = newRoom();
  const cryptoKey = await importKey(key);
  let me = store.state.participants[0]?.id;
  if (!me) {
    const id = (me = newPid());
    store.update((s) => void s.participants.push({ id, name: '' }));
  }
  const own = new Set(store.state.participants.map((p) => p.id));
  const connection = new LiveConnection(store, serverUrl, room, cryptoKey, 'facilitator', me, own, joinLink(pageUrlOf(options), room, key), undefined, options?.retry ?? DEFAULT_RETRY, options?.connect ?? true);
  connection.seed();
  try {
    storageOf(store)?.setItem(liveHostKey(store.storageKey), `${room}.${key}`);
  } catch {
    // Full or blocked: the session runs; a reload cannot resume it.
  }
  return connection;
}

function forgetHost(store: SessionStore): void {
  try {
    storageOf(store)?.removeItem(liveHostKey(store.storageKey));
  } catch {
    // Blocked: nothing was kept.
  }
}

/**
 * Facilitator after a reload: the session this device started with `store`, resumed (the same
 * room, what the device kept of it, the reveal and the place as they were); null when there is
 * none, or it ended.
 */
export async function resumeLive(store: SessionStore, serverUrl: string, options?: LiveOptions): Promise<LiveConnection | null> {
  const storage = storageOf(store);
  let kept: string | null = null;
  try {
    kept = storage?.getItem(liveHostKey(store.storageKey)) ?? null;
  } catch {
    return null;
  }
  const link = readJoinFragment(`kjk-live=${kept ?? ''}`);
  const record = link && link !== 'malformed' ? readRecord(storage, link.room, 'facilitator') : undefined;
  if (!link || link === 'malformed' || !record || record.ended) {
    if (kept !== null) forgetHost(store);
    return null;
  }
  const { room, key } = link;
  const connection = new LiveConnection(store, serverUrl, room, await importKey(key), 'facilitator', record.me, new Set([record.me, ...record.own]), joinLink(pageUrlOf(options), room, key), undefined, options?.retry ?? DEFAULT_RETRY, options?.connect ?? true);
  connection.join(record.update);
  return connection;
}

/**
 * Participant: joins the room of a join link. `store` is the participant's own store for the room
 * (storage key from `roomStorageKey`). Status 'wrong-key' when the key does not open the room:
 * then nothing of the room enters the store and nothing of this device enters the room.
 */
export async function joinLive(
  store: SessionStore,
  serverUrl: string,
  options: LiveOptions & { room: string; key: string; name?: string },
): Promise<LiveConnection> {
  const { room, key } = options;
  const cryptoKey = await importKey(key);
  const record = readRecord(storageOf(store), room, 'participant');
  const me = record?.me ?? newPid();
  const own = new Set([me, ...(record?.own ?? [])]);
  const connection = new LiveConnection(store, serverUrl, room, cryptoKey, 'participant', me, own, joinLink(pageUrlOf(options), room, key), options.name, options.retry ?? DEFAULT_RETRY, options.connect ?? true);
  if (record?.ended) connection.ended();
  else connection.join(record?.update);
  return connection;
}
