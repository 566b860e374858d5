/**
 * The runtime of an LMS package (index.html only, never in the normal bundles): it finds the
 * LMS, puts the work format on the page with the learner's earlier answers, saves every change
 * to suspend_data, marks completion when the learner presses "Klaar", and ends the session
 * cleanly. Without an LMS the work format keeps its answers in the browser and says so.
 */
import { findApi, sessionTime, type LmsConnection } from './scorm-api.js';
import { decode, joinDrawings, pack, type Drawings, type Moved } from './suspend-data.js';
import { lmsMessages } from '../internal/messages.js';
import { translate, type Lang } from '../internal/i18n.js';
import { parseState, type SessionState } from '../internal/session/state.js';

/** Written by the packager into index.html. */
export interface PackageConfig {
  /** The package's identifier: separates its answers from other packages'. */
  id: string;
  tag: string;
  /** Key of the work format in the state, e.g. `octagon`. */
  kind: string;
  topic?: string;
  lang: Lang;
  /** Send the answers to the LMS as interactions (off unless the author chose it). */
  reportAnswers: boolean;
}

type WorkFormat = HTMLElement & { state: SessionState | undefined; updateComplete?: Promise<unknown> };

/** How long after the last change the state is saved. */
const SAVE_DELAY = 800;

export class LmsRuntime {
  private element!: WorkFormat;
  private timer?: ReturnType<typeof setTimeout>;
  private moved: Moved = 'none';
  private completed = false;
  private ended = false;
  private readonly started = Date.now();

  constructor(
    private readonly config: PackageConfig,
    private readonly parts: { main: HTMLElement; status: HTMLElement; where: HTMLElement; done: HTMLButtonElement },
    private readonly api: LmsConnection | null = findApi(window),
  ) {}

  private t = (key: string) => translate([lmsMessages], this.config.lang, `lms.${key}`);

  private say(key: string): void {
    this.parts.status.textContent = this.t(key);
  }

  /** Where this learner's overflow is kept in this browser; set once the LMS is connected. */
  private localKey = '';

  async start(): Promise<void> {
    const { config, parts, api } = this;
    parts.done.textContent = this.t('done');
    const el = document.createElement(config.tag) as WorkFormat;
    el.setAttribute('lang', config.lang);
    el.setAttribute('storage-key', `lms-${config.id}`);
    if (config.topic) el.setAttribute('topic', config.topic);
    this.element = el;
    if (!api || !api.initialize()) {
      // Opened outside an LMS: the worksheet keeps its answers in this browser.
      el.setAttribute('persist', 'local');
      parts.main.append(el);
      parts.done.hidden = true;
      this.say('noLms');
      return;
    }
    this.localKey = `kjk-lms:${config.id}:${api.get(api.elements.learner) || 'learner'}`;
    el.setAttribute('persist', 'none');
    document.body.classList.add('kjk-lms-connected');
    parts.where.textContent = this.t('where');
    parts.main.append(el);
    await customElements.whenDefined(config.tag);
    await el.updateComplete;
    this.restore();
    const status = api.get(api.elements.status);
    this.completed = status === 'completed' || status === 'passed';
    if (!this.completed) api.set(api.elements.status, 'incomplete');
    api.commit();
    el.addEventListener('kjk-change', () => this.schedule());
    parts.done.addEventListener('click', () => this.complete());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') this.flush();
    });
    window.addEventListener('pagehide', () => this.end());
  }

  private restore(): void {
    const api = this.api!;
    const raw = api.get(api.elements.suspend);
    if (!raw) return;
    const payload = decode(raw);
    if (!payload || (payload.state && !parseState(payload.state).ok)) {
      // Nothing is thrown away: before the next save replaces it, the unreadable data stays in this browser.
      try {
        localStorage.setItem(`${this.localKey}:unreadable`, raw);
      } catch {
        // Storage blocked: the learner is told all the same.
      }
      this.say('unreadable');
      return;
    }
    const local = this.readLocal();
    let state = payload.state;
    if (payload.moved === 'drawings' && state) {
      if (local?.moved === 'drawings') state = joinDrawings(state, local.away as Drawings);
      else this.say('drawingsElsewhere');
    } else if (payload.moved === 'all') {
      state = local?.moved === 'all' ? (local.away as SessionState) : undefined;
      if (!state) this.say('allElsewhere');
    }
    this.moved = payload.moved;
    if (state) this.element.state = state;
  }

  private readLocal(): { moved: Moved; away: unknown } | undefined {
    try {
      const raw = localStorage.getItem(this.localKey);
      return raw ? JSON.parse(raw) : undefined;
    } catch {
      return undefined;
    }
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), SAVE_DELAY);
  }

  /** Saves now: into suspend_data, and what does not fit into this browser, and tells the learner when that happens. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const api = this.api;
    const state = this.element?.state;
    if (!api || !state || this.ended) return;
    const packed = pack(state, api.suspendLimit);
    let kept = true;
    try {
      if (packed.moved === 'none') localStorage.removeItem(this.localKey);
      else localStorage.setItem(this.localKey, JSON.stringify({ moved: packed.moved, away: packed.away }));
    } catch {
      kept = packed.moved === 'none';
    }
    api.set(api.elements.suspend, packed.data);
    api.commit();
    if (!kept) this.say('notKept');
    else if (packed.moved !== this.moved) this.say(packed.moved === 'none' ? 'fitsAgain' : packed.moved === 'drawings' ? 'movedDrawings' : 'movedAll');
    this.moved = packed.moved;
  }

  /** "Klaar": save, mark completed, report the answers if the author chose that. */
  complete(): void {
    const api = this.api;
    if (!api || this.ended) return;
    this.flush();
    api.set(api.elements.status, 'completed');
    if (this.config.reportAnswers) this.reportAnswers();
    api.commit();
    this.completed = true;
    this.say('completed');
  }

  /** One interaction per zone: every participant's notes there, as text. */
  private reportAnswers(): void {
    const api = this.api!;
    const sheet = this.element.state?.worksheets[this.config.kind];
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

  /** The page goes away: save, say how long it took, and end the session once. */
  end(): void {
    const api = this.api;
    if (!api || this.ended) return;
    this.flush();
    api.set(api.elements.exit, this.completed ? (api.version === '1.2' ? '' : 'normal') : 'suspend');
    api.set(api.elements.time, sessionTime(Date.now() - this.started, api.version));
    api.commit();
    api.terminate();
    this.ended = true;
  }
}

const configElement = document.getElementById('kjk-package');
if (configElement) {
  const runtime = new LmsRuntime(JSON.parse(configElement.textContent ?? '{}'), {
    main: document.getElementById('kjk-main')!,
    status: document.getElementById('kjk-lms-status')!,
    where: document.getElementById('kjk-lms-where')!,
    done: document.getElementById('kjk-lms-done') as HTMLButtonElement,
  });
  void runtime.start();
}
