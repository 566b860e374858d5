/**
 * "Bestand om later verder te gaan" for a whole session: the step plan, tension fields and every
 * sheet in one file, read back with the same checks and migrations as stored answers.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LocaleController } from '../i18n.js';
import { downloadText } from '../output.js';
import { megabytes, nestedDeeperThan } from '../validation.js';
import { MAX_IMPORT_BYTES, readImportJson } from '../worksheet/model.js';
import type { SessionController } from './session-controller.js';
import { emptyState, parseState, STATE_VERSION, type SessionState } from './state.js';

export const SESSION_FORMAT = 'ken-je-kracht/session';
/** The format a single work format's file has: recognised, to point the user to the right place. */
const WORKSHEET_FORMAT = 'ken-je-kracht/worksheet';
/** A session nests about 9 levels (state.worksheets.x.participants.0.drawing.items.0.x). */
const MAX_SESSION_DEPTH = 24;

/** The file's version is the state's: a newer release's file is recognised as such. */
export function sessionAsJson(state: SessionState): string {
  return JSON.stringify({ format: SESSION_FORMAT, version: STATE_VERSION, state }, null, 2) + '\n';
}

export type SessionFileResult =
  | { ok: true; state: SessionState }
  | { ok: false; reason: 'too-large'; bytes: number }
  | { ok: false; reason: 'not-json' | 'not-session' | 'worksheet-file' | 'future' | 'invalid'; detail?: string };

/** Reads a session file; anything wrong is reported and nothing is changed. Never throws. */
export function parseSessionFile(text: string): SessionFileResult {
  const read = readImportJson(text);
  if (!read.ok) return read;
  const data = read.data;
  if (!data || typeof data !== 'object') return { ok: false, reason: 'not-session' };
  if (data.format === WORKSHEET_FORMAT) return { ok: false, reason: 'worksheet-file' };
  if (data.format !== SESSION_FORMAT) return { ok: false, reason: 'not-session' };
  if (typeof data.version !== 'number' || data.version > STATE_VERSION) return { ok: false, reason: 'future' };
  if (nestedDeeperThan(data, MAX_SESSION_DEPTH)) return { ok: false, reason: 'invalid', detail: 'nested too deeply' };
  // parseState migrates a file written by an older release (its state carries its own version).
  const parsed = parseState(data.state);
  if (!parsed.ok) {
    return parsed.reason === 'future' ? { ok: false, reason: 'future' } : { ok: false, reason: 'invalid', detail: parsed.problems[0] };
  }
  return { ok: true, state: parsed.state };
}

/** Object keys in a fixed order, so two equal states compare equal whatever order they were built in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/** Something the user would lose: anything but the step they are at differs from a new session. */
export function sessionHasContent(state: SessionState | undefined): boolean {
  if (!state) return false;
  const empty = emptyState();
  return canonical({ ...state, plan: { ...state.plan, step: empty.plan.step } }) !== canonical(empty);
}

/** What the session file needs from the element that offers it. */
export interface SessionFileHost extends ReactiveControllerHost, HTMLElement {
  readonly session: SessionController;
  readonly locale: LocaleController;
}

/**
 * Save and open a session file, with the choice before replacing a session that has content and
 * "Ongedaan maken" afterwards: the pattern of the worksheet import, for the whole session.
 */
export class SessionFileController implements ReactiveController {
  /** A valid file waiting for the user to choose: replace or cancel. */
  pending?: SessionState;
  /** The session before the last import, while nothing else changed since. */
  private undo?: { before: SessionState; after: string };

  constructor(
    private readonly host: SessionFileHost,
    /** Where messages go: the element's own role=status line. */
    private readonly say: (message: string, isError?: boolean) => void,
    /** Where focus goes after cancel and undo (the menu's toggle). */
    private readonly returnFocus: string,
    /** Its texts (`sessionFile.…`): the host's own, or ones that arrived with the part that offers the file (the fan's step plan). */
    private readonly locale: Pick<LocaleController, 't' | 'lang'> = host.locale,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private t = (key: string, values?: Record<string, string | number>) => this.locale.t(`sessionFile.${key}`, values);

  download(): void {
    const state = this.host.session.state;
    if (!state) return;
    downloadText(`${this.t('fileName')}.json`, sessionAsJson(state), 'application/json');
    this.say(this.t('saved'));
  }

  /** Reads a chosen file: a message for a bad one, the choice when there is something to lose. */
  async open(file: File): Promise<void> {
    this.pending = undefined;
    this.undo = undefined;
    // Measured before reading: parsing a file of many megabytes freezes the page.
    const result = file.size > MAX_IMPORT_BYTES ? ({ ok: false, reason: 'too-large', bytes: file.size } as const) : parseSessionFile(await file.text());
    if (!result.ok) {
      if (result.reason === 'too-large') {
        const mb = (bytes: number) => megabytes(bytes, this.locale.lang);
        this.say(this.t('tooLarge', { size: mb(result.bytes), max: mb(MAX_IMPORT_BYTES) }), true);
      } else {
        const key = { 'not-json': 'notJson', 'not-session': 'notSession', 'worksheet-file': 'worksheetFile', future: 'future', invalid: 'invalid' }[result.reason];
        this.say(this.t(key, { detail: result.detail ?? '' }), true);
      }
      this.host.requestUpdate();
      return;
    }
    if (!sessionHasContent(this.host.session.state)) {
      this.apply(result.state);
      return;
    }
    // Never replace a conversation unasked: the choice comes first.
    this.say('');
    this.pending = result.state;
    this.host.requestUpdate();
    void this.focus('[data-action="session-import-replace"]');
  }

  private apply(incoming: SessionState): void {
    this.pending = undefined;
    const current = this.host.session.state;
    if (!current) return;
    const before = structuredClone(current);
    // The user stays where they opened the file (the summary), which shows what the file holds.
    const next = { ...structuredClone(incoming), plan: { ...incoming.plan, step: current.plan.step } };
    this.host.session.update((draft) => {
      for (const key of Object.keys(draft)) delete (draft as Record<string, unknown>)[key];
      Object.assign(draft, next);
    });
    this.undo = { before, after: canonical(this.host.session.state) };
    this.say(this.t('opened'));
    this.host.requestUpdate();
    void this.focus('[data-action="undo-session-import"]');
  }

  private cancel(): void {
    this.pending = undefined;
    this.say(this.t('cancelled'));
    this.host.requestUpdate();
    void this.focus(this.returnFocus);
  }

  private undoImport(): void {
    const before = this.undo?.before;
    this.undo = undefined;
    if (before) {
      this.host.session.update((draft) => {
        for (const key of Object.keys(draft)) delete (draft as Record<string, unknown>)[key];
        Object.assign(draft, before);
      });
    }
    this.say(this.t('undone'));
    this.host.requestUpdate();
    void this.focus(this.returnFocus);
  }

  private async focus(selector: string): Promise<void> {
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
  }

  /** The hidden file input the menu's "Verder met een bestand" opens. */
  chooseFile(): void {
    this.host.shadowRoot?.querySelector<HTMLInputElement>('#session-import')?.click();
  }

  /** The file input, the replace/cancel choice and "Ongedaan maken" (only while nothing changed since). */
  render(): TemplateResult {
    const onChange = (event: Event) => {
      const input = event.target as HTMLInputElement;
      const file = input.files?.[0];
      input.value = '';
      if (file) void this.open(file);
    };
    const undo = this.undo && canonical(this.host.session.state) === this.undo.after;
    return html`<input id="session-import" class="file" type="file" accept=".json,application/json" hidden @change=${onChange} />
      ${this.pending
        ? html`<div class="confirm import-choice" role="group" aria-labelledby="session-import-choice">
            <p id="session-import-choice">${this.t('choice')}</p>
            <button type="button" class="button danger" data-action="session-import-replace" @click=${() => this.apply(this.pending!)}>
              ${this.t('replace')}
            </button>
            <button type="button" class="button quiet" data-action="session-import-cancel" @click=${() => this.cancel()}>
              ${this.t('cancel')}
            </button>
          </div>`
        : nothing}
      ${undo
        ? html`<button type="button" class="button quiet" data-action="undo-session-import" @click=${() => this.undoImport()}>
            ${this.t('undo')}
          </button>`
        : nothing}`;
  }
}
