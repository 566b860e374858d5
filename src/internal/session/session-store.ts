import { emptyState, parseState, type SessionState } from './state.js';
import { memoryStorage, webStorage, type StorageAdapter } from './storage.js';

export const PERSIST_MODES = ['session', 'local', 'none'] as const;
export type Persist = (typeof PERSIST_MODES)[number];

/**
 * - unreadable: stored data is not valid JSON or not a valid state;
 * - future: stored by a newer release;
 * - blocked: the browser does not allow storage;
 * - quota: storage is full.
 */
export type StorageProblem = 'unreadable' | 'future' | 'blocked' | 'quota';

/**
 * Why the state changed: `edit` by the user, `code` through the `state` property (the host
 * page already knows, so no `kjk-change`: binding `state` to it would loop), `sync` from
 * another tab or device.
 */
export type ChangeCause = 'edit' | 'code' | 'sync';

export type Listener = (store: SessionStore, cause: ChangeCause) => void;

export interface Adapters {
  session: StorageAdapter;
  local: StorageAdapter;
}

/**
 * One session: the state, where it is kept, and who listens. Elements only read the
 * state, apply changes and subscribe; they never touch storage themselves.
 */
export class SessionStore {
  state: SessionState = emptyState();
  problem: StorageProblem | null = null;
  /** The problem message was closed by the user: say it once. */
  problemDismissed = false;
  mode: Persist;
  readonly storageKey: string;
  /** Storage holds data we could not read: never overwrite it without the user's word. */
  private held = false;
  private readonly listeners = new Set<Listener>();

  constructor(
    readonly pagePersist: Persist,
    key: string,
    private readonly adapters: Adapters = { session: webStorage('session'), local: webStorage('local') },
  ) {
    this.storageKey = `kjk-session:${key || 'default'}`;
    this.mode = pagePersist;
    this.load();
  }

  /** The user may switch "remember on this device" unless the page said persist="none". */
  get canRemember(): boolean {
    return this.pagePersist !== 'none';
  }

  private get adapter(): StorageAdapter {
    return this.mode === 'none' ? memoryStorage : this.adapters[this.mode];
  }

  private load(): void {
    // A user who chose "remember" earlier finds their answers in local storage.
    if (this.pagePersist === 'session' && this.adapters.local.read(this.storageKey).status === 'found') {
      this.mode = 'local';
    }
    const read = this.adapter.read(this.storageKey);
    if (read.status === 'blocked') {
      this.problem = 'blocked';
      return;
    }
    if (read.status === 'empty') return;
    let data: unknown;
    try {
      data = JSON.parse(read.raw);
    } catch {
      this.hold('unreadable');
      return;
    }
    const parsed = parseState(data);
    if (parsed.ok) this.state = parsed.state;
    else this.hold(parsed.reason === 'future' ? 'future' : 'unreadable');
  }

  private hold(problem: StorageProblem): void {
    this.held = true;
    this.problem = problem;
  }

  /** True while answers are not being saved because stored data could not be read. */
  get holding(): boolean {
    return this.held;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Applies a change to a copy of the state, saves it and tells every listener. */
  update(recipe: (draft: SessionState) => void): void {
    const draft = structuredClone(this.state);
    recipe(draft);
    this.commit(draft);
  }

  /**
   * Restores a whole state, e.g. from an LMS or a framework binding. An invalid state changes
   * nothing; one equal to the current state is not saved again.
   */
  replace(data: unknown): boolean {
    const parsed = parseState(data);
    if (!parsed.ok) {
      const why =
        parsed.reason === 'future'
          ? `it is version ${parsed.version}, this release reads up to the current version`
          : parsed.problems.slice(0, 5).join('; ');
      console.error(`ken-je-kracht: the state was not applied because ${why}.`);
      return false;
    }
    if (JSON.stringify(parsed.state) !== JSON.stringify(this.state)) this.commit(parsed.state, 'code');
    return true;
  }

  /** "Alles wissen": forget every answer, here and in storage. */
  clear(): void {
    this.adapters.session.remove(this.storageKey);
    this.adapters.local.remove(this.storageKey);
    this.held = false;
    this.problem = null;
    this.commit(emptyState());
  }

  /** The user chose to keep (or stop keeping) answers on this device. */
  setRemember(remember: boolean): void {
    if (!this.canRemember || this.held) return;
    const from = this.adapter;
    this.mode = remember ? 'local' : 'session';
    if (from !== this.adapter) from.remove(this.storageKey);
    this.save();
    this.notify();
  }

  /** The user agreed to replace stored data that could not be read. */
  overwriteUnreadable(): void {
    this.held = false;
    this.problem = null;
    this.save();
    this.notify();
  }

  dismissProblem(): void {
    this.problemDismissed = true;
    this.notify();
  }

  private commit(next: SessionState, cause: ChangeCause = 'edit'): void {
    this.state = next;
    this.save();
    this.notify(cause);
  }

  private save(): void {
    if (this.held || this.mode === 'none') return;
    const result = this.adapter.write(this.storageKey, JSON.stringify(this.state));
    if (result === 'ok') {
      if (this.problem === 'quota' || this.problem === 'blocked') this.problem = null;
    } else if (this.problem !== result) {
      this.problem = result;
      this.problemDismissed = false;
    }
  }

  private notify(cause: ChangeCause = 'edit'): void {
    for (const listener of this.listeners) listener(this, cause);
  }
}

/**
 * Elements on one page with the same storage key share one store, so two of them can
 * never overwrite each other's answers. A store lives while an element uses it; the
 * next one to connect reads storage afresh, exactly as after a reload.
 */
const stores = new Map<string, { store: SessionStore; users: number }>();

export function acquireStore(persist: Persist, key: string): SessionStore {
  const id = `${persist}|${key}`;
  let entry = stores.get(id);
  if (!entry) {
    entry = { store: new SessionStore(persist, key), users: 0 };
    stores.set(id, entry);
  }
  entry.users++;
  return entry.store;
}

export function releaseStore(store: SessionStore): void {
  for (const [id, entry] of stores) {
    if (entry.store === store && --entry.users <= 0) stores.delete(id);
  }
}
