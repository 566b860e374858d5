/**
 * "Bewaren en delen" of a worksheet: the menu (print, copy, save as text, Word or a file to
 * continue later) and opening a sheet from a file, with its choice and undo. Loaded when the
 * menu is first reached (pointer or focus on its button) or a file is chosen, not with the work
 * format: most visits never open it.
 */
import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import type { SessionState, WorksheetState } from '../session/state.js';
import { ShareMenu, saveDocx, type ShareGroup } from '../share-menu.js';
import { copyText, downloadText } from '../output.js';
import { megabytes } from '../validation.js';
import { writeSheet } from '../session/sheets.js';
import { MAX_IMPORT_BYTES, MAX_PARTICIPANTS } from './model.js';
import { appendParticipants, hasContent, matchPeople, othersHaveNotes, parseWorksheetFile } from './import.js';
import type { Translate } from './parts.js';

/** What the menu and the import need of the element. */
export interface ToolsHost {
  element: LitElement;
  kind: string;
  t: Translate;
  translate: Translate;
  lang(): string;
  readonly(): boolean;
  landscape(): boolean;
  worksheet(): WorksheetState;
  topic(): string;
  state(): SessionState | undefined;
  /** Changes the session (not only this sheet), e.g. undoing an import. */
  updateSession(recipe: (s: SessionState) => void): void;
  say(message: string, isError?: boolean): void;
  focus(selector: string): void;
  print(what: 'blank' | 'filled'): void;
  toText(): string;
  toJson(): string;
  toDocx(): Promise<Blob>;
}

export class WorksheetTools {
  readonly menu: ShareMenu;
  /** A valid imported sheet waiting for the user to choose: replace, add as participants, or cancel. */
  private pending?: WorksheetState;
  /**
   * The session's topic, people and sheets as they were before the last import, for "Ongedaan
   * maken": replacing a sheet can change the people, and so every other sheet.
   */
  private undo?: { before: Pick<SessionState, 'topic' | 'participants' | 'worksheets'> };

  constructor(private readonly host: ToolsHost) {
    this.menu = new ShareMenu(host.element);
  }

  /** Undo restores the sheet from before the import; after an edit that would lose the edit. */
  forgetUndo(): void {
    this.undo = undefined;
  }

  /** Changes what the import shows; a key left out stays as it is. */
  private set(next: { pending?: WorksheetState; undo?: WorksheetTools['undo'] }): void {
    if ('pending' in next) this.pending = next.pending;
    if ('undo' in next) this.undo = next.undo;
    this.host.element.requestUpdate();
  }

  async importFile(file: File): Promise<void> {
    const { host } = this;
    this.set({ pending: undefined, undo: undefined });
    // Measured before reading: parsing a file of many megabytes freezes the page.
    const result =
      file.size > MAX_IMPORT_BYTES ? ({ ok: false, reason: 'too-large', bytes: file.size } as const) : parseWorksheetFile(await file.text(), host.kind);
    if (!result.ok) {
      if (result.reason === 'too-large') {
        const mb = (bytes: number) => megabytes(bytes, host.lang());
        host.say(host.t('importTooLarge', { size: mb(result.bytes), max: mb(MAX_IMPORT_BYTES) }), true);
        return;
      }
      const key = {
        'not-json': 'importNotJson',
        'not-worksheet': 'importNotWorksheet',
        'other-kind': 'importOtherKind',
        future: 'importFuture',
        invalid: 'importInvalid',
      }[result.reason];
      host.say(host.t(key, { kind: result.detail ?? '', detail: result.detail ?? '' }), true);
      return;
    }
    // Replacing can remove people, and their notes in the other work formats: ask then too.
    if (!hasContent(host.worksheet(), host.topic()) && !othersHaveNotes(host.state(), host.kind)) {
      this.apply(result.worksheet);
      return;
    }
    // Never replace someone's notes unasked: the choice comes first.
    host.say('');
    this.set({ pending: result.worksheet });
    host.focus('.import-choice button');
  }

  /** Puts an imported sheet in place of this one, or adds its participants, and offers undo. */
  private apply(incoming: WorksheetState, append = false): void {
    const { host } = this;
    this.set({ pending: undefined });
    const current = host.worksheet();
    const next = append ? appendParticipants(current, incoming) : matchPeople(incoming, current);
    if (!next) {
      const values = { max: MAX_PARTICIPANTS, current: current.participants.length, added: incoming.participants.length };
      host.say(host.t('importTooMany', values), true);
      host.focus(this.menu.toggleSelector);
      return;
    }
    const state = host.state();
    const before = structuredClone({ topic: state?.topic, participants: state?.participants ?? [], worksheets: state?.worksheets ?? {} });
    host.updateSession((s) => writeSheet(s, host.kind, structuredClone(next), host.topic()));
    host.say(append ? host.t('importedAppended', { n: incoming.participants.length }) : host.t('imported'));
    this.set({ undo: { before } });
    host.focus('[data-action="undo-import"]');
  }

  private cancel(): void {
    this.set({ pending: undefined });
    this.host.say(this.host.t('importCancelled'));
    this.host.focus(this.menu.toggleSelector);
  }

  private undoLast(): void {
    const before = this.undo?.before;
    this.set({ undo: undefined });
    this.host.updateSession((s) => {
      if (!before) return;
      if (before.topic === undefined) delete s.topic;
      else s.topic = before.topic;
      s.participants = before.participants;
      s.worksheets = before.worksheets;
    });
    this.host.say(this.host.t('importUndone'));
    this.host.focus(this.menu.toggleSelector);
  }

  /** The menu's buttons; the element draws the menu's button and panel (renderShareMenuFrame) itself. */
  renderPanel(): TemplateResult {
    const { host } = this;
    const t = host.t;
    const s = (key: string) => host.translate(`share.${key}`);
    const file = (ext: string) => `${t('fileName')}-${host.kind}.${ext}`;
    const groups: ShareGroup[] = [
      {
        label: s('print'),
        items: [
          { action: 'print-filled', label: t('printFilled'), run: () => host.print('filled') },
          {
            action: 'print-blank',
            label: t('printBlank'),
            hint: t(host.landscape() ? 'printBlankFitsLandscape' : 'printBlankFits'),
            run: () => host.print('blank'),
          },
        ],
      },
      {
        items: [
          {
            action: 'copy',
            label: s('copy'),
            run: async () => host.say(t((await copyText(host.toText(), host.element.renderRoot)) ? 'copied' : 'copyFailed')),
          },
        ],
      },
      {
        label: s('save'),
        items: [
          { action: 'download-docx', label: s('docx'), run: () => void this.saveWord(file('docx')) },
          {
            action: 'download-text',
            label: s('text'),
            run: () => {
              downloadText(file('txt'), host.toText(), 'text/plain');
              host.say(t('downloaded'));
            },
          },
          {
            action: 'download-json',
            label: s('continue'),
            run: () => {
              downloadText(file('json'), host.toJson(), 'application/json');
              host.say(t('downloaded'));
            },
          },
        ],
      },
    ];
    if (!host.readonly()) {
      groups.push({
        items: [{ action: 'import', label: s('open'), run: () => host.element.shadowRoot?.querySelector<HTMLInputElement>('#import')?.click() }],
      });
    }
    return this.menu.renderPanel(groups);
  }

  /** The Word document, when this build has it (the docx exporter is loaded only when chosen). */
  private async saveWord(fileName: string): Promise<void> {
    const outcome = await saveDocx(fileName, () => this.host.toDocx());
    if (outcome === 'saved') this.host.say(this.host.t('downloaded'));
    else this.host.say(this.host.translate(outcome === 'unavailable' ? 'worksheet.wordUnavailable' : 'share.docxFailed'), true);
  }

  /** The import's choice and its undo, under the menu. */
  renderImportChoice(): TemplateResult {
    const t = this.host.t;
    const pending = this.pending;
    return html`${pending
      ? html`<div class="confirm import-choice" role="group" aria-labelledby="import-choice">
          <p id="import-choice">${t('importChoice')}</p>
          <button type="button" class="button danger" data-action="import-replace" @click=${() => this.apply(pending)}>${t('importReplace')}</button>
          <button type="button" class="button quiet" data-action="import-append" @click=${() => this.apply(pending, true)}>${t('importAppend')}</button>
          <button type="button" class="button quiet" data-action="import-cancel" @click=${() => this.cancel()}>${t('importCancel')}</button>
        </div>`
      : nothing}
    ${this.undo
      ? html`<button type="button" class="button quiet" data-action="undo-import" @click=${() => this.undoLast()}>${t('undoImport')}</button>`
      : nothing}`;
  }
}
