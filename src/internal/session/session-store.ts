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

type Edit = (draft: SessionState) => void;
/** While the salvage loads: the edits made meanwhile, and what waits for it (see `SessionStore.salvaging`). */
type Salvaging = { edits: Edit[]; overwrite?: boolean; sync?: boolean };

/**
 * News from another tab: `wiped` it deleted every answer ("Alles wissen"); `conflict` both
 * changed the same thing differently, this tab's choice was kept and theirs can be downloaded.
 */
export type SyncNotice = 'wiped' | 'conflict';

/** A part of the store downloaded when first needed (issue 14); `value` once it is here. */
interface Part<T> {
  value?: T;
  loading?: Promise<T>;
  load: () => Promise<T>;
}
type Merge = typeof import('./merge.js');
type Salvage = typeof import('./salvage.js');
/** The merge of two tabs' answers: when another tab wrote our key, or answers kept only in memory move into storage. */
const mergePart: Part<Merge> = { load: () => import('./merge.js') };
/** The rescue of what can still be read from stored data that fails as a whole. */
const salvagePart: Part<Salvage> = { load: () => import('./salvage.js') };
/** What the stores are loading now; an element's `updateComplete` waits for it. */
const partsLoading = new Set<Promise<unknown>>();

/** Runs `then` once the part is here (`failed` if it cannot be loaded); tracked for `whenSessionPartsLoaded`. */
function withPart<T>(part: Part<T>, then: (value: T) => void, failed: () => void): void {
  part.loading ??= part.load().then(
    (value) => (part.value = value),
    (error: unknown) => {
      part.loading = undefined;
      throw error;
    },
  );
  const done: Promise<void> = part.loading.then(then, failed).finally(() => partsLoading.delete(done));
  partsLoading.add(done);
}

/** True while a store is loading a part it needs (see `withPart`). */
export function sessionPartsLoading(): boolean {
  return partsLoading.size > 0;
}

/** Resolves once no store is loading a part, and what the part was needed for is done. */
export async function whenSessionPartsLoaded(): Promise<void> {
  while (partsLoading.size) await Promise.all([...partsLoading]);
}

type Read = { ok: true; state: SessionState } | { ok: false; problem: 'unreadable' | 'future'; data?: unknown };

function readRaw(raw: string): Read {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  const parsed = parseState(data);
  if (parsed.ok) return parsed;
  return { ok: false, problem: parsed.reason === 'future' ? 'future' : 'unreadable', data };
}

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
  /** Stored data could not be read, but these parts of it could and are shown (e.g. `worksheets.octagon`). */
  salvaged: string[] = [];
  notice: SyncNotice | null = null;
  /** With a `conflict`: the other tab's version, as stored, for the user to download. */
  otherVersion?: string;
  mode: Persist;
  readonly storageKey: string;
  /** Storage holds data we could not read: never overwrite it without the user's word. */
  private held = false;
  /** That data as it was stored, so the user can download it. */
  private heldRaw?: string;
  /**
   * What storage held when this store last read or wrote it: the common ancestor for a merge
   * with whatever another tab wrote since.
   */
  private baseRaw: string | null = null;
  private unwatch?: () => void;
  private readonly listeners = new Set<Listener>();
  /**
   * Another tab wrote our key and the merge is still loading: nothing is written until it is
   * here (a write would overwrite their answers); this tab's changes meanwhile stay in `state`,
   * and the merge then takes them all in at once, with whatever the other tab wrote by then.
   */
  private awaitingMerge = false;
  /**
   * Stored data could not be read and the salvage is loading: the user's edits meanwhile are kept
   * here, to be made again on what it restores (as if it had been here from the start).
   */
  private salvaging?: Salvaging;

  constructor(
    readonly pagePersist: Persist,
    key: string,
    private readonly adapters: Adapters = { session: webStorage('session'), local: webStorage('local') },
  ) {
    this.storageKey = `kjk-session:${key || 'default'}`;
    this.mode = pagePersist;
    this.load();
    this.watch();
  }

  /** The user may switch "remember on this device" unless the page said persist="none". */
  get canRemember(): boolean {
    return this.pagePersist !== 'none';
  }

  /** The answers exist only in this page's memory: closing or reloading it would lose them. */
  get inMemoryOnly(): boolean {
    return this.mode === 'none' || this.held || this.problem === 'blocked' || this.problem === 'quota';
  }

  /** The unreadable stored data, as it was stored; undefined when there is none. */
  get heldData(): string | undefined {
    return this.held ? this.heldRaw : undefined;
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
    this.baseRaw = read.raw;
    const result = readRaw(read.raw);
    if (result.ok) {
      this.state = result.state;
      return;
    }
    this.hold(result.problem, read.raw);
    if (result.problem === 'unreadable') {
      // Show what can still be read; storage keeps the original until the user says otherwise.
      if (salvagePart.value) return this.restore(salvagePart.value, result.data);
      const pending: Salvaging = (this.salvaging = { edits: [] });
      const done = () => {
        this.salvaging = undefined;
        // What waited for the salvage, in the order it would have happened with it here.
        if (pending.overwrite) this.overwriteUnreadable();
        if (pending.sync) this.sync();
      };
      withPart(
        salvagePart,
        (part) => {
          // Not when the page set or cleared the state meanwhile.
          if (this.salvaging !== pending) return;
          this.salvaging = undefined;
          this.restore(part, result.data, pending.edits);
          done();
          this.notify('code');
        },
        () => {
          if (this.salvaging !== pending) return;
          console.error('ken-je-kracht: the rescue of unreadable stored answers could not be loaded; they stay stored.');
          done();
          this.notify('code');
        },
      );
    }
  }

  /** What can be read of the stored data, with the edits made while the salvage loaded made again on it. */
  private restore({ salvageState }: Salvage, data: unknown, edits: Edit[] = []): void {
    const salvage = salvageState(data);
    this.state = salvage.state;
    this.salvaged = salvage.restored;
    for (const edit of edits) this.edit(edit);
  }

  private hold(problem: StorageProblem, raw: string): void {
    this.held = true;
    this.heldRaw = raw;
    this.problem = problem;
    this.problemDismissed = false;
  }

  /** True while answers are not being saved because stored data could not be read. */
  get holding(): boolean {
    return this.held;
  }

  /** Listens for other tabs writing our key (only where they can: not for persist="none"). */
  private watch(): void {
    this.unwatch?.();
    this.unwatch = this.adapter.watch?.(this.storageKey, this.sync);
  }

  /** Stops listening to other tabs; the store is no longer used. */
  dispose(): void {
    this.unwatch?.();
    this.unwatch = undefined;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Applies a change to a copy of the state, saves it and tells every listener. */
  update(recipe: Edit): void {
    this.edit(recipe);
    this.save();
    this.notify();
  }

  /** Applies a change to a copy of the state, remembered while the salvage loads. */
  private edit(recipe: Edit): void {
    const draft = structuredClone(this.state);
    recipe(draft);
    this.state = draft;
    this.salvaging?.edits.push(recipe);
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
    if (JSON.stringify(parsed.state) !== JSON.stringify(this.state)) {
      // The page set the whole state: what the salvage would restore no longer applies.
      const waiting = this.salvaging;
      this.salvaging = undefined;
      this.commit(parsed.state, 'code');
      if (waiting?.sync) this.sync();
    }
    return true;
  }

  /**
   * A live session's remote changes, already merged into this state by the connection: shown
   * and kept on this device (cause `sync`, so the connection does not send them back).
   */
  receive(next: SessionState): void {
    this.commit(next, 'sync');
  }

  /** "Alles wissen": forget every answer, here and in storage (other tabs follow). */
  clear(): void {
    this.adapters.session.remove(this.storageKey);
    this.adapters.local.remove(this.storageKey);
    this.held = false;
    this.heldRaw = undefined;
    this.salvaged = [];
    this.salvaging = undefined;
    this.problem = null;
    this.notice = null;
    this.otherVersion = undefined;
    this.baseRaw = null;
    this.commit(emptyState());
  }

  /** The user chose to keep (or stop keeping) answers on this device. */
  setRemember(remember: boolean): void {
    if (!this.canRemember || this.held) return;
    const from = this.adapter;
    this.mode = remember ? 'local' : 'session';
    if (from !== this.adapter) {
      from.remove(this.storageKey);
      this.baseRaw = null;
      this.watch();
    }
    this.save();
    this.notify();
  }

  /** The user agreed to replace stored data that could not be read. */
  overwriteUnreadable(): void {
    // Not before what can be read of it is on screen: that is what the user agreed to keep.
    if (this.salvaging) return void (this.salvaging.overwrite = true);
    this.held = false;
    this.heldRaw = undefined;
    this.salvaged = [];
    this.problem = null;
    // What storage holds is not an ancestor of these answers: write them as they are.
    const read = this.adapter.read(this.storageKey);
    this.baseRaw = read.status === 'found' ? read.raw : null;
    this.save();
    this.notify();
  }

  dismissProblem(): void {
    this.problemDismissed = true;
    this.notify();
  }

  dismissNotice(): void {
    this.notice = null;
    this.otherVersion = undefined;
    this.notify();
  }

  /**
   * Takes over the answers of a store for the same key that lived only in memory (the page
   * changed `persist` on its only element): they join what this store found in storage.
   */
  adopt(old: SessionStore): void {
    if (!old.inMemoryOnly) return;
    const answers = old.state;
    if (mergePart.value) return this.take(mergePart.value, answers);
    withPart(
      mergePart,
      (loaded) => {
        this.take(loaded, answers);
        this.notify('code');
      },
      () => console.error('ken-je-kracht: the merge could not be loaded; answers kept in memory stay on screen.'),
    );
  }

  private take({ isEmptyState, mergeStates }: Merge, answers: SessionState): void {
    if (isEmptyState(answers)) return;
    this.edit((draft) => {
      const merged = mergeStates(emptyState(), structuredClone(draft), answers).state;
      for (const key of Object.keys(draft)) delete (draft as Partial<SessionState>)[key as keyof SessionState];
      Object.assign(draft, merged);
    });
    this.save();
  }

  private commit(next: SessionState, cause: ChangeCause = 'edit'): void {
    this.state = next;
    this.save();
    this.notify(cause);
  }

  /** Another tab wrote our key: merge what it changed into this tab, save the result, re-render. */
  private sync = (): void => {
    if (this.mode === 'none') return;
    // Stored data is held and nothing is written meanwhile: the other tab's news waits for the salvage.
    if (this.salvaging) return void (this.salvaging.sync = true);
    if (this.held) {
      // The data we were keeping safe was replaced elsewhere by readable answers: nothing left to protect.
      const read = this.adapter.read(this.storageKey);
      if (read.status !== 'found' || !readRaw(read.raw).ok) return;
      this.held = false;
      this.heldRaw = undefined;
      this.problem = null;
      this.baseRaw = null;
    }
    if (this.absorb() !== true) return;
    this.save();
    this.notify('sync');
  };

  /** The merge arrived: take in what the other tab wrote, and save what waited for it. */
  private merged = (): void => {
    this.awaitingMerge = false;
    const arrived = this.absorb();
    this.save();
    if (arrived === true) this.notify('sync');
  };

  /**
   * Merges what another tab stored since this store last read or wrote it into this state, so
   * a save never overwrites answers it has not seen. True when something arrived; `later` when
   * it needs the merge, which is loading (then `merged` runs when it is here).
   */
  private absorb(): boolean | 'later' {
    const read = this.adapter.read(this.storageKey);
    // Removed elsewhere (moved to the other storage, or storage emptied): keep the answers here.
    if (read.status !== 'found' || read.raw === this.baseRaw) return false;
    const theirs = readRaw(read.raw);
    if (!theirs.ok) {
      // A newer release (or a damaged write) in another tab: stop writing over it.
      this.hold(theirs.problem, read.raw);
      return true;
    }
    const merge = mergePart.value;
    if (!merge || this.awaitingMerge) {
      if (!this.awaitingMerge) {
        this.awaitingMerge = true;
        withPart(mergePart, this.merged, () => {
          // Offline, or a blocked file: try again with the next change or the next write of the other tab.
          this.awaitingMerge = false;
          console.error('ken-je-kracht: the merge with another tab could not be loaded; not saving until it can.');
        });
      }
      return 'later';
    }
    const base = this.baseRaw === null ? undefined : readRaw(this.baseRaw);
    const result = merge.mergeStates(base?.ok ? base.state : emptyState(), this.state, theirs.state);
    this.state = result.state;
    this.baseRaw = read.raw;
    if (result.wiped) {
      this.notice = 'wiped';
      this.otherVersion = undefined;
    } else if (result.conflicts.length) {
      this.notice = 'conflict';
      this.otherVersion = read.raw;
    }
    return true;
  }

  private save(): void {
    if (this.held || this.mode === 'none') return;
    if (this.absorb() === 'later' || this.held) return;
    const raw = JSON.stringify(this.state);
    if (raw === this.baseRaw) return;
    const result = this.adapter.write(this.storageKey, raw);
    if (result === 'ok') {
      this.baseRaw = raw;
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
 * never overwrite each other's answers; the key alone finds it, whatever `persist` says.
 * A store whose answers are safe in storage lives while an element uses it (the next one
 * reads storage afresh, as after a reload). A store whose answers live only in memory is
 * kept for the page's life, so an element that is moved (removed and added again, as
 * frameworks and editors do) finds them again.
 */
interface StoreEntry {
  store: SessionStore;
  /** Elements using it. */
  users: number;
  /** Live rooms using it (see holdStore). */
  holds: number;
  warned: Set<Persist>;
}
const stores = new Map<string, StoreEntry>();

export function acquireStore(persist: Persist, key: string): SessionStore {
  const id = key || 'default';
  let entry = stores.get(id);
  if (entry && entry.users === 0 && entry.store.pagePersist !== persist) {
    // Its only element now asks for another persist: start over there, taking the answers along.
    const old = entry.store;
    old.dispose();
    entry = { store: new SessionStore(persist, key), users: 0, holds: 0, warned: new Set() };
    entry.store.adopt(old);
    stores.set(id, entry);
  }
  if (!entry) {
    entry = { store: new SessionStore(persist, key), users: 0, holds: 0, warned: new Set() };
    stores.set(id, entry);
  } else if (entry.store.pagePersist !== persist && !entry.warned.has(persist)) {
    entry.warned.add(persist);
    console.warn(
      `ken-je-kracht: storage-key "${id}" is used with persist="${entry.store.pagePersist}" and persist="${persist}". ` +
        `Elements with one key share one session, so all of them use persist="${entry.store.pagePersist}". ` +
        'Give them different storage keys to keep them apart.',
    );
  }
  entry.users++;
  return entry.store;
}

export function releaseStore(store: SessionStore): void {
  for (const [id, entry] of stores) {
    if (entry.store !== store || --entry.users > 0) continue;
    entry.users = 0;
    disposeUnused(id, entry);
  }
}

function disposeUnused(id: string, entry: StoreEntry): void {
  if (entry.users > 0 || entry.holds > 0 || entry.store.inMemoryOnly || stores.get(id) !== entry) return;
  entry.store.dispose();
  stores.delete(id);
}

/**
 * Keeps a store while a live room is in it (issue 15): an element that is moved on the page (removed
 * and added again, as frameworks and editors do) finds the same store, so the room goes on with it
 * instead of being left running behind a store no one uses. Returns the release.
 */
export function holdStore(store: SessionStore): () => void {
  const found = [...stores].find(([, entry]) => entry.store === store);
  if (!found) return () => {};
  const [id, entry] = found;
  entry.holds++;
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    entry.holds--;
    disposeUnused(id, entry);
  };
}
