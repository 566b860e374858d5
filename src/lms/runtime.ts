/**
 * The runtime of an LMS package (index.html only, never in the normal bundles): it finds the
 * LMS, puts the work format on the page with the learner's earlier answers, saves every real
 * change to suspend_data, marks completion when the learner presses "Klaar", and ends the
 * session so the work survives the next launch. Without an LMS the work format keeps its answers
 * in the browser and says so.
 *
 * The rule: a save either succeeds, or the learner is told and the work is kept in this browser
 * (localStorage, per package and learner) until a later commit succeeds. Nothing that was not a
 * real edit is ever written, and a restore that was unreadable or incomplete is never overwritten
 * without the learner choosing so.
 */
import { findApi, sessionTime, SUSPEND_LIMIT, type LmsConnection, type ScormVersion } from './scorm-api.js';
import { decode, joinDrawings, pack, type Drawings, type Moved, type Packed } from './suspend-data.js';
import { lmsMessages } from '../internal/messages.js';
import { loadEnglish, translate, type Lang } from '../internal/i18n.js';
import { emptyState, parseState, type SessionState } from '../internal/session/state.js';
import { sheetView } from '../internal/session/sheets.js';
import { mergeStates } from '../internal/session/merge.js';

/** Written by the packager into index.html. */
export interface PackageConfig {
  /** The package's identifier: separates its answers from other packages'. */
  id: string;
  /** Which API the package looks for: `API` (1.2) or `API_1484_11` (2004). */
  version?: ScormVersion;
  tag: string;
  /** Key of the work format in the state, e.g. `octagon`. */
  kind: string;
  topic?: string;
  lang: Lang;
  /** Send the answers to the LMS as interactions (off unless the author chose it). */
  reportAnswers: boolean;
}

type WorkFormat = HTMLElement & { state: SessionState | undefined; updateComplete?: Promise<unknown> };

interface Parts {
  main: HTMLElement;
  status: HTMLElement;
  alert: HTMLElement;
  where: HTMLElement;
  choice: HTMLButtonElement;
  done: HTMLButtonElement;
}

/** Why suspend_data must not be written until the learner chooses so. */
type Hold = 'unreadable' | 'drawingsElsewhere' | 'allElsewhere';

/** A save the LMS has not confirmed yet: the state, and the suspend_data it was based on. */
interface Pending {
  base: string;
  data: string;
  state: SessionState;
}

/** How long after the last change SetValue runs; Commit follows on its own, slower timer. */
const SAVE_DELAY = 800;
const COMMIT_DELAY = 3000;
/** Retries of a failed save, growing; the last one repeats. */
const RETRY_DELAYS = [2000, 5000, 15000, 30000, 60000];

export class LmsRuntime {
  private element!: WorkFormat;
  private connected = false;
  private review = false;
  private ended = false;
  /** A real edit (kjk-change) not yet handed to SetValue. */
  private dirty = false;
  /** SetValue accepted, Commit not yet. */
  private uncommitted = false;
  /** "Klaar" pressed, not yet accepted by the LMS. */
  private wantComplete = false;
  private completed = false;
  private failing = false;
  private hold?: Hold;
  /** What the LMS holds in suspend_data as far as we know, and what we last gave it. */
  private lmsData = '';
  private sentData = '';
  private limit: number = SUSPEND_LIMIT.large;
  private moved: Moved = 'none';
  private setTimer?: ReturnType<typeof setTimeout>;
  private commitTimer?: ReturnType<typeof setTimeout>;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private retries = 0;
  /** The texts shown: a passing note, an error, and the choice offered. */
  private info = '';
  private alert = '';
  private choice: '' | 'overwrite' | 'useLocal' = '';
  private readonly started = Date.now();
  /** The state of the last edit. */
  private latest?: SessionState;
  /** Where this learner's copies are kept in this browser; set once the LMS is connected. */
  private localKey = '';

  constructor(
    private readonly config: PackageConfig,
    private readonly parts: Parts,
    private api: LmsConnection | null = findApi(window, config.version),
  ) {}

  private t = (key: string) => translate([lmsMessages], this.config.lang, `lms.${key}`);

  /** Shows the current situation: one place for every text, so none can be left stale. */
  private render(): void {
    const { parts, t } = this;
    parts.status.textContent = [this.hold ? `${t(this.hold)} ${t('held')}` : '', this.info ? t(this.info) : ''].filter(Boolean).join(' ');
    parts.alert.textContent = this.alert ? t(this.alert) : '';
    // "Saved in the LMS" only while that is true.
    parts.where.textContent = this.connected && !this.review && !this.failing && !this.hold ? t('where') : '';
    const choice = this.hold ? 'overwrite' : this.choice;
    parts.choice.hidden = !choice;
    parts.choice.textContent = choice ? t(choice) : '';
    parts.done.hidden = this.review || !this.api;
  }

  async start(): Promise<void> {
    const { config, parts, api } = this;
    // English is loaded on demand (inlined here, so it is a microtask); its texts before the first.
    if (config.lang === 'en') await loadEnglish();
    parts.done.textContent = this.t('done');
    const el = document.createElement(config.tag) as WorkFormat;
    el.setAttribute('lang', config.lang);
    el.setAttribute('storage-key', `lms-${config.id}`);
    if (config.topic) el.setAttribute('topic', config.topic);
    this.element = el;
    if (!api || !api.initialize()) {
      // Opened outside an LMS: the worksheet keeps its answers in this browser.
      this.api = null;
      el.setAttribute('persist', 'local');
      parts.main.append(el);
      this.info = 'noLms';
      this.render();
      return;
    }
    this.connected = true;
    this.localKey = `kjk-lms:${config.id}:${api.get(api.elements.learner) || 'learner'}`;
    const mode = api.get(api.elements.mode);
    // A completed attempt opened to look at (review) or a try-out (browse): show, never write.
    this.review = mode === 'review' || mode === 'browse';
    if (this.review) {
      el.setAttribute('readonly', '');
      this.info = 'review';
    }
    el.setAttribute('persist', 'none');
    document.body.classList.add('kjk-lms-connected');
    parts.main.append(el);
    await customElements.whenDefined(config.tag);
    await el.updateComplete;
    this.restore();
    const status = api.get(api.elements.status);
    this.completed = status === 'completed' || status === 'passed';
    // Never "incomplete" over a finished attempt: new notes after Klaar do not undo completion.
    if (!this.completed && !this.review && api.set(api.elements.status, 'incomplete')) api.commit();
    el.addEventListener('kjk-change', (event) => this.changed((event as CustomEvent<{ state: SessionState }>).detail.state));
    parts.done.addEventListener('click', () => this.complete());
    parts.choice.addEventListener('click', () => this.choose());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') this.flush();
    });
    window.addEventListener('pagehide', () => this.end());
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) this.resume();
    });
    // Taken off the page before its save ran (a single-page LMS swapping content): save at once.
    new MutationObserver(() => {
      if (!el.isConnected) this.flush();
    }).observe(parts.main, { childList: true });
    this.render();
    // A browser copy that the LMS never confirmed, put back above: save it now.
    if (this.dirty) this.flush();
  }

  // Restoring

  private restore(): void {
    const api = this.api!;
    const read = api.read(api.elements.suspend);
    if (!read.ok) {
      // The LMS could not say what it has: that is not "nothing", so it is never overwritten.
      this.holdFor('unreadable');
      return;
    }
    const raw = read.value;
    this.lmsData = raw;
    const pending = this.readLocal<Pending>('pending');
    if (pending && !this.review) {
      if (pending.data === raw) this.removeLocal('pending');
      else if (pending.base === raw && parseState(pending.state).ok) {
        // The LMS still has what this copy was based on: the copy is newer.
        this.element.state = pending.state;
        this.dirty = true;
        this.info = 'restoredLocal';
        return;
      } else {
        // The LMS has other work (another browser saved since). The browser copy is set aside
        // first; where both grew from the same base, they are merged, so neither is lost.
        this.writeLocal('aside', pending);
        this.removeLocal('pending');
        const merged = this.mergePending(pending, raw);
        if (merged) {
          this.element.state = merged;
          this.dirty = true;
          this.info = 'merged';
          return;
        }
        this.info = 'conflict';
        this.choice = 'useLocal';
      }
    }
    if (!raw) return;
    const payload = decode(raw);
    if (!payload || (payload.state && !parseState(payload.state).ok)) {
      // Nothing is thrown away: the unreadable data stays in the LMS and a copy in this browser.
      this.writeLocal('unreadable', raw, true);
      this.holdFor('unreadable');
      return;
    }
    const local = this.readLocal<{ moved: Moved; away: unknown }>();
    let state = payload.state;
    let missing: Hold | undefined;
    if (payload.moved === 'drawings' && state) {
      if (local?.moved === 'drawings') state = joinDrawings(state, local.away as Drawings);
      else missing = 'drawingsElsewhere';
    } else if (payload.moved === 'all') {
      state = local?.moved === 'all' ? (local.away as SessionState) : undefined;
      if (!state) missing = 'allElsewhere';
    }
    this.moved = payload.moved;
    if (state) this.element.state = state;
    // Part of the work is in another browser: saving here would lose it there.
    if (missing) this.holdFor(missing);
  }

  /** Holds suspend_data as it is; edits made meanwhile are kept in this browser. */
  private holdFor(reason: Hold): void {
    this.hold = reason;
    const held = this.readLocal<{ state: SessionState }>('held');
    if (held && parseState(held.state).ok) this.element.state = held.state;
  }

  // This browser's copies: `kjk-lms:<package>:<learner>` (what did not fit) and `…:<what>`.

  private key(what = ''): string {
    return what ? `${this.localKey}:${what}` : this.localKey;
  }

  private readLocal<T>(what = ''): T | undefined {
    try {
      const raw = localStorage.getItem(this.key(what));
      return raw ? JSON.parse(raw) : undefined;
    } catch {
      return undefined;
    }
  }

  /** False when the browser would not keep it (storage blocked or full). */
  private writeLocal(what: string, value: unknown, text = false): boolean {
    try {
      localStorage.setItem(this.key(what), text ? String(value) : JSON.stringify(value));
      return true;
    } catch {
      return false;
    }
  }

  private removeLocal(what = ''): void {
    try {
      localStorage.removeItem(this.key(what));
    } catch {
      // Storage blocked: nothing was kept there either.
    }
  }

  // Saving

  private changed(state: SessionState): void {
    if (this.review) return;
    this.latest = state;
    this.dirty = true;
    clearTimeout(this.setTimer);
    this.setTimer = setTimeout(() => this.write(), SAVE_DELAY);
  }

  /** Hands the state to SetValue (no commit); false when it could not be handed over. */
  private write(): boolean {
    clearTimeout(this.setTimer);
    this.setTimer = undefined;
    // Taken off the page, the element has let go of its session: its last change is kept here.
    const state = this.element?.state ?? this.latest;
    if (!this.dirty || this.review || !state) return true;
    if (this.hold) {
      this.dirty = false;
      if (!this.writeLocal('held', { state })) {
        this.fail('saveFailedNotKept');
        return false;
      }
      return true;
    }
    let packed = pack(state, this.limit);
    let kept = this.keepCopies(packed, state);
    if (!this.connected || !this.api) {
      this.fail(kept ? 'disconnected' : 'saveFailedNotKept');
      return false;
    }
    let ok = this.send(packed.data);
    if (!ok && this.limit > SUSPEND_LIMIT.small && packed.data.length > SUSPEND_LIMIT.small) {
      // The LMS refused or cut short the long value: fall back to the 4,096 that every LMS takes.
      this.limit = SUSPEND_LIMIT.small;
      packed = pack(state, this.limit);
      kept = this.keepCopies(packed, state);
      ok = this.send(packed.data);
    }
    if (!ok) {
      this.fail(kept ? 'saveFailed' : 'saveFailedNotKept');
      return false;
    }
    this.dirty = false;
    this.uncommitted = true;
    this.sentData = packed.data;
    if (packed.moved !== this.moved) {
      this.info = packed.moved === 'none' ? 'fitsAgain' : packed.moved === 'drawings' ? 'movedDrawings' : 'movedAll';
    }
    this.moved = packed.moved;
    if (!kept) this.info = 'notKept';
    this.render();
    this.commitTimer ??= setTimeout(() => this.commit(), COMMIT_DELAY);
    return true;
  }

  /** SetValue, and for a value longer than every LMS takes, read back that it arrived whole. */
  private send(data: string): boolean {
    const api = this.api!;
    if (!api.set(api.elements.suspend, data)) return false;
    return data.length <= SUSPEND_LIMIT.small || api.get(api.elements.suspend) === data;
  }

  /**
   * Before anything goes to the LMS: what does not fit, and the whole state until the LMS
   * confirms it. False when this browser would not keep them.
   */
  private keepCopies(packed: Packed, state: SessionState): boolean {
    let kept = this.writeLocal('pending', { base: this.lmsData, data: packed.data, state } satisfies Pending);
    if (packed.moved === 'none') this.removeLocal();
    else kept = this.writeLocal('', { moved: packed.moved, away: packed.away }) && kept;
    return kept;
  }

  /** Commit; only its "true" makes a save a save. */
  private commit(): boolean {
    clearTimeout(this.commitTimer);
    this.commitTimer = undefined;
    if (!this.uncommitted && !this.wantComplete) return true;
    const api = this.api;
    if (!this.connected || !api) {
      this.fail('disconnected');
      return false;
    }
    if (this.wantComplete && !api.set(api.elements.status, 'completed')) {
      this.fail('completeFailed');
      return false;
    }
    if (!api.commit()) {
      this.fail(this.wantComplete ? 'completeFailed' : 'saveFailed');
      return false;
    }
    if (this.uncommitted) {
      this.lmsData = this.sentData;
      this.uncommitted = false;
      this.removeLocal('pending');
      this.removeLocal('held');
    }
    if (this.failing) this.info = 'saved';
    if (this.wantComplete) {
      this.wantComplete = false;
      this.completed = true;
      // While holding, the latest work is in this browser only: never say it is saved.
      this.info = this.hold ? 'completedHeld' : 'completed';
    }
    this.failing = false;
    this.alert = '';
    this.retries = 0;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.render();
    return true;
  }

  /** Tells the learner, and tries again later: the work is in this browser meanwhile. */
  private fail(key: string): void {
    this.failing = true;
    this.alert = key;
    this.info = '';
    this.render();
    if (this.retryTimer || this.ended) return;
    const delay = RETRY_DELAYS[Math.min(this.retries, RETRY_DELAYS.length - 1)];
    this.retries++;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.retry();
    }, delay);
  }

  private retry(): void {
    if (this.ended) return;
    if (!this.connected) this.reconnect();
    // Send again what the LMS did not confirm: after a failed commit it may have lost the values.
    if (this.uncommitted) this.dirty = true;
    this.flush();
  }

  /** Saves now: SetValue and Commit. */
  flush(): boolean {
    if (this.review || this.ended || !this.api) return true;
    if (!this.write()) return false;
    return this.commit();
  }

  /** "Klaar": save, mark completed, report the answers if the author chose that. */
  complete(): void {
    const api = this.api;
    if (!api || this.ended || this.review) return;
    this.wantComplete = true;
    if (!this.write()) {
      this.fail('completeFailed');
      return;
    }
    if (this.config.reportAnswers && this.connected) this.reportAnswers();
    this.commit();
  }

  /**
   * The browser copy merged into what the LMS has now (three-way, from the suspend_data the copy
   * was based on), or undefined where that cannot be done safely: something moved to a browser,
   * a version unreadable, or a clash only the learner can settle.
   */
  private mergePending(pending: Pending, raw: string): SessionState | undefined {
    const stateOf = (data: string): SessionState | undefined => {
      if (!data) return emptyState();
      const payload = decode(data);
      const parsed = payload?.moved === 'none' && payload.state ? parseState(payload.state) : undefined;
      return parsed?.ok ? parsed.state : undefined;
    };
    const base = stateOf(pending.base);
    const theirs = stateOf(raw);
    const mine = parseState(pending.state);
    if (!base || !theirs || !mine.ok) return undefined;
    const result = mergeStates(base, mine.state, theirs);
    return result.conflicts.length || result.wiped ? undefined : result.state;
  }

  /** The button offered with a hold or a conflict: the learner's knowing choice. */
  private choose(): void {
    if (this.hold) {
      this.hold = undefined;
    } else if (this.choice === 'useLocal') {
      const aside = this.readLocal<Pending>('aside');
      if (aside && parseState(aside.state).ok) this.element.state = aside.state;
      this.removeLocal('aside');
    }
    this.choice = '';
    this.info = '';
    this.dirty = true;
    this.render();
    this.flush();
  }

  /** One interaction per zone: every participant's notes there, as text. */
  private reportAnswers(): void {
    const api = this.api!;
    const sheet = sheetView(this.element.state, this.config.kind);
    if (!sheet) return;
    const { response, responseType, responseLength } = api.elements;
    const zones = [...new Set(sheet.participants.flatMap((p) => Object.keys(p.notes)))];
    let n = Number(api.get('cmi.interactions._count')) || 0;
    for (const zone of zones) {
      const text = sheet.participants.flatMap((p) => (p.notes[zone] ?? []).map((note) => note.text)).join(' | ');
      if (!text) continue;
      api.set(`cmi.interactions.${n}.id`, `${this.config.kind}-${zone}`);
      api.set(`cmi.interactions.${n}.type`, responseType);
      api.set(`cmi.interactions.${n}.${response}`, text.length > responseLength ? `${text.slice(0, responseLength - 1)}…` : text);
      n++;
    }
  }

  /**
   * The page goes away: save, say how long it took, and end the session once. Always
   * `exit = "suspend"`, also after Klaar: an LMS following SCORM 2004 starts a new, empty attempt
   * after "normal" and hands suspend_data back only after "suspend". Completion is reported by the
   * status, not by the exit.
   */
  end(): void {
    const api = this.api;
    if (!api || this.ended) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    if (this.connected && !this.review) {
      this.flush();
      api.set(api.elements.exit, 'suspend');
      api.set(api.elements.time, sessionTime(Date.now() - this.started, api.version));
      api.commit();
    }
    if (this.connected) api.terminate();
    this.connected = false;
    this.ended = true;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  /** Back from the back/forward cache after `end()`: connect again, so later edits are saved. */
  private resume(): void {
    if (!this.ended) return;
    this.ended = false;
    if (!this.reconnect()) {
      this.fail('disconnected');
      return;
    }
    this.render();
    if (this.uncommitted) {
      this.dirty = true;
      this.flush();
    }
  }

  private reconnect(): boolean {
    const api = findApi(window, this.config.version);
    if (!api || !api.initialize()) return false;
    this.api = api;
    this.connected = true;
    const read = api.read(api.elements.suspend);
    if (read.ok) this.lmsData = read.value;
    return true;
  }
}

const configElement = document.getElementById('kjk-package');
if (configElement) {
  const runtime = new LmsRuntime(JSON.parse(configElement.textContent ?? '{}'), {
    main: document.getElementById('kjk-main')!,
    status: document.getElementById('kjk-lms-status')!,
    alert: document.getElementById('kjk-lms-alert')!,
    where: document.getElementById('kjk-lms-where')!,
    choice: document.getElementById('kjk-lms-choice') as HTMLButtonElement,
    done: document.getElementById('kjk-lms-done') as HTMLButtonElement,
  });
  void runtime.start();
}
