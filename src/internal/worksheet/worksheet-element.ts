import { html, nothing, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import { adoptStyles } from '../styles/adopt-styles.js';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { tokens } from '../styles/tokens.styles.js';
import { cardFace } from '../styles/card-face.styles.js';
import { controls, sessionFooter } from '../styles/controls.styles.js';
import { worksheetStyles } from './worksheet.styles.js';
import { LocaleController, type Lang, type Messages } from '../i18n.js';
import { cardMessages, sessionMessages, shareMessages, worksheetMessages } from '../messages.js';
import { SessionElement } from '../session/session-element.js';
import type { MapItem, Note, Participant, WorksheetState } from '../session/state.js';
import { sheetView, writeSheet } from '../session/sheets.js';
import type { Block, Card, CardId, Deck } from '../content/deck-schema.js';
import { findCard } from '../content/decks.js';
import { renderBlock } from '../content/render-card.js';
import { DOCX_UNAVAILABLE, docAsDocx, docxUnavailable } from '../document/docx.js';
import { renderAddRow } from '../render-add-row.js';
import { PrintController } from '../print-controller.js';
import { shareMenuStyles } from '../share-menu.styles.js';
import { renderShareMenuFrame } from '../share-menu-frame.js';
import { Lazy } from '../lazy.js';
import type { SheetParts } from './parts.js';
import type { WorksheetTools } from './worksheet-tools.js';
import * as model from './model.js';
import { trackPress } from './track-press.js';
import { GrowController } from '../grow-controller.js';
import { headingLevelConverter, renderHeading, type HeadingLevel } from '../heading.js';
import type { Zone } from './model.js';

/**
 * The parts of a worksheet loaded on first use (src/internal/lazy.ts), each its own chunk in the
 * drop-in build. One object, so a test can count or fail the loads as a network would.
 * @internal
 */
export const worksheetParts = {
  share: () => import('./worksheet-share.js'),
  print: () => import('./worksheet-print.js'),
  tools: () => import('./worksheet-tools.js'),
};

const whenIdle = (run: () => void): void => {
  if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
};

/** What the head of a worksheet shows. */
export interface WorksheetHead {
  title: string;
  lead?: string;
  /** Folded under "Zo werkt het". */
  instructions: Block[];
}

export interface SheetOptions {
  /** Notes and figures can be changed (false in the shared view and in print). */
  interactive: boolean;
  /** Draw the zones without notes: the blank sheet to print. */
  blank?: boolean;
}

/**
 * Everything the work formats share, written once: the central issue, participants,
 * notes per zone (add, edit, reorder, remove by pointer and keyboard), the shared view,
 * print, copy, download, import, the card's instructions and the session. A work format
 * adds its zones and draws its sheet.
 *
 * @event {CustomEvent<{ what: 'blank' | 'filled' }>} kjk-print - Bubbles out of the element (composed) just
 * before it prints, so an element that hosts it (the fan) prints only this sheet.
 */
export abstract class WorksheetElement extends SessionElement {
  static override styles = [tokens, cardFace, controls, sessionFooter, shareMenuStyles, worksheetStyles];

  /** Key of this work format in the session state and in exported files. */
  protected abstract readonly kind: string;
  protected abstract readonly cardId: CardId;
  protected abstract readonly decks: Record<Lang, Deck>;
  /** The zones of the sheet, in the order the card walks them. */
  protected abstract zones(card: Card): Zone[];
  /** Draws one participant's sheet. */
  protected abstract renderSheet(participant: Participant, zones: Zone[], options: SheetOptions): TemplateResult;

  /** @internal */
  readonly locale = new LocaleController(this, worksheetMessages, shareMessages, cardMessages, sessionMessages, ...this.messages());

  /** The UI texts of this work format on top of the shared ones, e.g. the mind map's pens. */
  protected messages(): Messages[] {
    return [];
  }

  /** The section whose colour the sheet takes. */
  protected readonly section: string = 'work-format';

  /**
   * The sheet comes first, the zones beside or below it. False where the notes are the hero and
   * the drawing an optional extra (the action card): the zones come first, in the DOM as on the
   * screen, so the tab order follows what one sees.
   */
  protected readonly sheetFirst: boolean = true;

  /** Only the sheet and its zones: no heading, instructions, participants or tools (the word cloud on a card). */
  protected get bare(): boolean {
    return false;
  }

  /** False where a central issue has no place, e.g. the word cloud asks one fixed question. */
  protected readonly usesTopic: boolean = true;

  /**
   * The level of its title: 2 on a page of its own; under another heading lower (the fan hosts it
   * at 3). Its other headings follow one level below.
   * @attr heading-level
   */
  @property({ attribute: 'heading-level', converter: headingLevelConverter }) headingLevel: HeadingLevel = 2;

  /** Presets the central issue ("vraagstuk"); the group can still change it. */
  @property() topic = '';

  /**
   * Shows the filled sheet without editing controls (notes as text, no add, remove or import);
   * print, copy and download still work. Edits that reach the session anyway are ignored.
   * @attr readonly
   */
  @property({ type: Boolean, reflect: true }) readonly = false;

  @state() protected view: 'fill' | 'share' = 'fill';
  @state() protected shareMode: 'side' | 'zones' = 'side';
  /** The zone being worked on: highlighted on the sheet. */
  @state() protected activeZone = '';
  /** A pointer is down on the sheet: nothing in the fill view may be selected until it is let go. */
  @state() private pressed = false;
  @state() protected status = '';
  @state() protected statusIsError = false;
  /** @internal */
  protected readonly printer = new PrintController<'blank' | 'filled'>(this, () =>
    // Bare (the word cloud on a card), the sheet prints as it is on the page around it.
    this.bare ? '' : 'filled',
  );
  /** How the printed sheet lies on A4: a wide shape (the mind map) needs landscape. */
  protected readonly printOrientation: 'portrait' | 'landscape' = 'portrait';
  /** The shared view, print layout and "Bewaren en delen", loaded when first used. */
  private readonly sharePart = new Lazy(this, () => worksheetParts.share());
  private readonly printPart = new Lazy(this, () => worksheetParts.print());
  private readonly toolsPart = new Lazy(this, () => worksheetParts.tools());
  /** "Bewaren en delen" once loaded: its menu, and the import's choice and undo. */
  private tools?: WorksheetTools;
  /** The styles a loaded part brought, adopted once. */
  private readonly partStyles = new Set<CSSResult>();
  /** Notes grow as one types, also where field-sizing is missing. */
  protected readonly grow = new GrowController(this);
  @state() private confirmingRemove = false;
  /** The sheet shown until the first change is saved; kept so its ids stay stable. */
  private unsaved?: WorksheetState;

  // Lifecycle

  /**
   * The field last focused inside the element, until focus goes somewhere else on the page. A host
   * page that moves the element (appendChild, a framework re-rendering) takes focus away from it;
   * the typed text stays in the field, and this puts the cursor back.
   */
  private lastFocus?: HTMLElement;
  private readonly trackFocus = (event: FocusEvent): void => {
    if (event.type === 'focusin') this.lastFocus = event.composedPath()[0] as HTMLElement;
    // Focus to another element, inside or out; being taken out of the page has no relatedTarget.
    else if (event.relatedTarget) this.lastFocus = undefined;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // On the shadow root: a move between two fields inside it never reaches the host.
    this.renderRoot.addEventListener('focusin', this.trackFocus as EventListener);
    this.renderRoot.addEventListener('focusout', this.trackFocus as EventListener);
    const field = this.lastFocus;
    if (!field) return;
    void this.updateComplete.then(() => {
      const lost = !document.activeElement || document.activeElement === document.body;
      if (lost && field.isConnected && this.shadowRoot?.contains(field)) field.focus({ preventScroll: true });
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.renderRoot.removeEventListener('focusin', this.trackFocus as EventListener);
    this.renderRoot.removeEventListener('focusout', this.trackFocus as EventListener);
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // The browser's own print (Ctrl+P) asks for the print layout at once, at `beforeprint`: it is
    // loaded while the page is idle, before anyone prints. Bare, the sheet prints as it is.
    if (!this.bare) whenIdle(() => void (this.isConnected && this.printPart.ready().catch(() => {})));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('topic') && this.unsaved) this.unsaved.topic = this.topic;
  }

  // Derived

  /**
   * The sheet as shown: the session's topic and participants with this format's notes (see
   * sessions/sheets.ts); before anyone is in the session, an empty sheet with the preset topic.
   * @internal
   */
  get worksheet(): WorksheetState {
    const shared = sheetView(this.session.state, this.kind, this.topic);
    // In a live room this device fills in its own sheet: the one of `me`, whoever was active before.
    const me = this.live.inRoom?.me;
    if (shared && me && shared.participants.some((p) => p.id === me)) shared.active = me;
    if (shared) return shared;
    this.unsaved ??= model.emptyWorksheet(this.topic);
    return this.unsaved;
  }

  protected get card(): Card | undefined {
    return findCard(this.decks[this.locale.lang], this.cardId);
  }

  protected t = (key: string, values?: Record<string, string | number>) => this.locale.t(`worksheet.${key}`, values);

  // Handlers

  /** Applies a change to this work format's sheet and saves it. */
  protected change(recipe: (ws: WorksheetState) => void): void {
    // Undo restores the sheet from before the import; after an edit that would lose the edit.
    this.tools?.forgetUndo();
    this.session.update((s) => {
      // The view shares its notes with the draft, so the recipe changes the draft only.
      const ws = sheetView(s, this.kind, this.topic) ?? structuredClone(this.worksheet);
      recipe(ws);
      writeSheet(s, this.kind, ws, this.topic);
    });
  }

  protected say(message: string, isError = false): void {
    this.status = message;
    this.statusIsError = isError;
  }

  /** "Klaar met verplaatsen": lets go of a picked figure or picture, in the panel under the sheet. */
  protected renderPickDone(release: () => void): TemplateResult {
    return html`<button type="button" class="button quiet" data-action="pick-done" @click=${release}>${this.t('pickDone')}</button>`;
  }

  /**
   * What Enter and Space do on a movable item, before and after it is picked (see PickController):
   * the items point at these with aria-describedby, so each is written once per sheet.
   */
  protected renderPickHelp(): TemplateResult {
    return html`<p id="pick-help" hidden>${this.t('pickHelp')}</p>
      <p id="picked-help" hidden>${this.t('pickedHelp')}</p>`;
  }

  /**
   * Tells a screen reader what changed, through the status line (one polite live region per
   * element). The same message twice differs by a space, or the second would not be read.
   */
  protected announce(message: string): void {
    this.say(message === this.status ? `${message}\u00a0` : message);
  }

  /** @internal The live session's news (joins, the reveal, the connection) on the same status line. */
  announceLive(message: string): void {
    this.announce(message);
  }

  /** What is said when a note is added or removed; the word cloud speaks of words. */
  protected noteAnnouncement(change: 'added' | 'removed', zone: Zone, _text: string): string {
    return this.t(change === 'added' ? 'noteAdded' : 'noteRemoved', { zone: zone.label });
  }

  private addNote(zone: Zone, input: HTMLTextAreaElement): void {
    if (!input.value.trim()) return;
    const text = input.value;
    let added: Note | undefined;
    this.change((ws) => void (added = model.addNote(ws, zone.id, text)));
    this.announce(this.noteAnnouncement('added', zone, text.trim()));
    input.value = '';
    const next = added && this.focusAfterAdd(zone, added);
    if (next) void this.focusAfterUpdate(next);
    else input.focus();
  }

  /** Where the cursor goes after a note is added: the add field again, unless a format says (a selector). */
  protected focusAfterAdd(_zone: Zone, _note: Note): string | undefined {
    return undefined;
  }

  private async focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
  }

  private moveNote(zone: Zone, noteId: string, delta: -1 | 1): void {
    this.change((ws) => model.moveNote(ws, zone.id, noteId, delta));
    // At the top (or bottom) the pressed button is disabled and would drop focus: the other one takes it.
    const notes = model.notesIn(model.activeParticipant(this.worksheet), zone.id);
    const index = notes.findIndex((n) => n.id === noteId);
    const atEnd = delta < 0 ? index === 0 : index === notes.length - 1;
    const [pressed, other] = delta < 0 ? ['up', 'down'] : ['down', 'up'];
    void this.focusAfterUpdate(`[data-note="${noteId}"] [data-action="${atEnd ? other : pressed}"]`);
  }

  private removeNote(zone: Zone, noteId: string, index: number): void {
    const removed = model.notesIn(model.activeParticipant(this.worksheet), zone.id).find((n) => n.id === noteId);
    this.change((ws) => model.removeNote(ws, zone.id, noteId));
    this.announce(this.noteAnnouncement('removed', zone, removed?.text.trim() ?? ''));
    const notes = model.notesIn(model.activeParticipant(this.worksheet), zone.id);
    const next = notes[Math.min(index, notes.length - 1)];
    void this.focusAfterUpdate(next ? `[data-note="${next.id}"] textarea` : `#add-${zone.id}`);
  }

  /** A part did not load (offline): said calmly; nothing typed is lost, and the next try loads it again. */
  private partFailed = (): void => this.say(this.t('partUnavailable'), true);

  /** The file chosen to open: read by "Bewaren en delen", loaded for it if need be. */
  private onImport = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    void this.loadTools().then((tools) => tools?.importFile(file), this.partFailed);
  };

  /** "Bewaren en delen", loading it first if need be. */
  private loadTools(): Promise<WorksheetTools> {
    // Printing is in the menu: with the menu open, a print prints at once, idle or not.
    void this.printPart.ready().catch(() => {});
    return this.toolsPart.ready().then((part) => {
      if (!this.tools) {
        this.tools = new part.WorksheetTools({
          element: this,
          kind: this.kind,
          t: this.t,
          translate: this.locale.t,
          lang: () => this.locale.lang,
          readonly: () => this.readonly,
          landscape: () => this.printOrientation === 'landscape',
          worksheet: () => this.worksheet,
          topic: () => this.topic,
          state: () => this.session.state,
          updateSession: (recipe) => this.session.update(recipe),
          say: (message, isError) => this.say(message, isError),
          focus: (selector) => void this.focusAfterUpdate(selector),
          print: (what) => this.print(what),
          toText: () => this.toText(),
          toJson: () => this.toJson(),
          toDocx: () => this.toDocx(),
        });
        this.requestUpdate();
      }
      return this.tools;
    });
  }

  /** On the way to the menu's button (pointer or focus): loads it, so opening it waits for nothing. */
  private preloadTools = (): void => void this.loadTools().catch(() => {});

  /** The menu's button pressed before the menu has loaded: it opens once loaded. */
  private openTools(): void {
    void this.loadTools().then((tools) => tools.menu.setOpen(true), this.partFailed);
  }

  // Public methods

  /** The sheet as plain text: the central issue and every participant's notes per zone. */
  toText(): string {
    return model.worksheetAsText(this.worksheet, this.sheetText(), this.locale.t);
  }

  /** The sheet as Markdown, for developers: the user's words escaped so they show literally. */
  toMarkdown(): string {
    return model.worksheetAsMarkdown(this.worksheet, this.sheetText(), this.locale.t);
  }

  /**
   * The sheet as a Word document (.docx), with headings, bulleted notes and the title in its
   * properties. The Word library is loaded on the first call. In the single-file offline page it
   * rejects with an error named `DocxUnavailableError`, its message in the page's language: offer `toText()` then.
   */
  async toDocx(): Promise<Blob> {
    const doc = model.worksheetDocument(this.worksheet, this.sheetText(), this.locale.t, this.locale.lang);
    try {
      return await docAsDocx(doc);
    } catch (error) {
      throw (error as Error).name === DOCX_UNAVAILABLE ? docxUnavailable(this.locale.t('worksheet.wordUnavailable')) : error;
    }
  }

  /** A file that `importJson` (and the import button) read back. */
  toJson(): string {
    return model.worksheetAsJson(this.worksheet, this.kind);
  }

  /**
   * Prints the blank sheet (for a large paper sheet) or every participant's filled sheet. The
   * print layout is loaded when the element is first idle; if it is not here yet, this prints
   * once it is.
   */
  print(what: 'blank' | 'filled' = 'filled'): void {
    const run = () => {
      // First, so a host lays out for this sheet alone before the browser prints.
      this.dispatchEvent(new CustomEvent('kjk-print', { bubbles: true, composed: true, detail: { what } }));
      this.printer.print(what);
    };
    if (this.printPart.module) run();
    else void this.printPart.ready().then(run, this.partFailed);
  }

  private sheetText(): model.SheetText {
    const card = this.card;
    return {
      title: card ? this.head(card).title : this.kind,
      topicLabel: this.usesTopic ? this.topicText().label : undefined,
      zones: this.currentZones,
      describeItem: (item) => this.describeItem(item),
      lang: this.locale.lang,
    };
  }

  /** How a picture on the sheet is named in text exports; only the mind map has pictures. */
  protected describeItem(item: MapItem): string {
    return item.description;
  }

  private get currentZones(): Zone[] {
    return this.card ? this.zones(this.card) : [];
  }

  // Rendering

  /** Title, lead and instructions from the card; the word cloud, not a card of its own, overrides it. */
  protected head(card: Card): WorksheetHead {
    const lead = card.blocks.find((b) => b.type === 'question');
    return {
      title: card.title,
      lead: lead && 'text' in lead ? lead.text : undefined,
      instructions: card.blocks.filter((b) => b.type !== 'question'),
    };
  }

  /** Label and hint of the central issue field; the mind map calls it the central concept. */
  protected topicText(): { label: string; hint: string } {
    return { label: this.t('topic'), hint: this.t('topicHint') };
  }

  /** Below the central issue, e.g. the mind map's example concepts. */
  protected renderTopicExtras(): TemplateResult | typeof nothing {
    return nothing;
  }

  /** At the top of the fill view, e.g. the action card's gespreksplan. */
  protected renderIntro(_ws: WorksheetState): TemplateResult | typeof nothing {
    return nothing;
  }

  /** Above the zones, e.g. Terugkijken's guide through the questions. */
  protected renderBeforeZones(_participant: Participant, _zones: Zone[]): TemplateResult | typeof nothing {
    return nothing;
  }

  /** Below a note's text, e.g. who and when of an action. */
  protected renderNoteExtras(_zone: Zone, _note: Note, _index: number): TemplateResult | typeof nothing {
    return nothing;
  }

  /** Extra controls below the zones, e.g. the octagon's person figures. */
  protected renderExtras(_participant: Participant): TemplateResult | typeof nothing {
    return nothing;
  }

  /** A note as one line: its text, and who and when when they are filled in. */
  protected noteLine = (note: Note): string => model.noteLine(note, this.locale.t, this.locale.lang);

  /**
   * In a live room each device is one participant: no switching, adding or removing people here
   * (the name is asked when joining). Once the facilitator shared the findings, every sheet is in
   * the state and "Bekijk alle bladen" opens the shared view; it does not open by itself, so no one
   * loses their place while typing.
   */
  private renderLiveParticipants(ws: WorksheetState): TemplateResult | typeof nothing {
    const live = this.live.inRoom;
    if (!live?.revealed || ws.participants.length < 2) return nothing;
    return html`<div class="participants" part="participants">
      <div class="participant-actions">
        <button
          type="button"
          class="button ${this.view === 'share' ? 'quiet' : ''}"
          data-action="share"
          aria-pressed=${this.view === 'share' ? 'true' : 'false'}
          @pointerenter=${this.preloadShare}
          @focus=${this.preloadShare}
          @click=${this.toggleShare}
        >
          ${this.live.seeAllLabel}
        </button>
      </div>
    </div>`;
  }

  private renderParticipants(ws: WorksheetState): TemplateResult | typeof nothing {
    if (this.live.inRoom || this.live.joining) return this.renderLiveParticipants(ws);
    const t = this.t;
    const active = model.activeParticipant(ws);
    const several = ws.participants.length > 1;
    const activeName = model.participantName(ws, active, this.locale.t);
    return html`<div class="participants" part="participants">
      ${several
        ? html`<div class="participant-tabs" role="group" aria-label=${t('participants')}>
            ${ws.participants.map(
              (p) => html`<button
                type="button"
                class="chip"
                aria-pressed=${p.id === ws.active && this.view === 'fill' ? 'true' : 'false'}
                @click=${() => {
                  this.view = 'fill';
                  this.confirmingRemove = false;
                  this.change((w) => void (w.active = p.id));
                }}
              >
                ${model.participantName(ws, p, this.locale.t)}
              </button>`,
            )}
          </div>`
        : nothing}
      <div class="participant-actions">
        <button
          type="button"
          class="button quiet"
          data-action="add-participant"
          @click=${() => {
            this.view = 'fill';
            this.change((w) => void model.addParticipant(w));
            void this.focusAfterUpdate('#participant-name');
          }}
        >
          + ${t('addParticipant')}
        </button>
        ${several
          ? html`<button
              type="button"
              class="button ${this.view === 'share' ? '' : 'quiet'}"
              data-action="share"
              aria-pressed=${this.view === 'share' ? 'true' : 'false'}
              @pointerenter=${this.preloadShare}
              @focus=${this.preloadShare}
              @click=${this.toggleShare}
            >
              ${t('share')}
            </button>`
          : nothing}
      </div>
      ${several && this.view === 'fill'
        ? html`<div class="participant-name">
            <label for="participant-name">${t('participantName')}</label>
            <div class="row">
              <input
                id="participant-name"
                class="field"
                maxlength="80"
                .value=${active.name}
                @input=${(e: Event) => this.change((w) => void (model.activeParticipant(w).name = (e.target as HTMLInputElement).value))}
              />
              ${this.confirmingRemove
                ? html`<span class="confirm" role="group" aria-labelledby="confirm-remove" tabindex="-1" data-confirm="remove-participant">
                    <span id="confirm-remove">${t('confirmRemove', { name: activeName })}</span>
                    <button
                      type="button"
                      class="button danger"
                      @click=${() => {
                        this.confirmingRemove = false;
                        this.change((w) => model.removeParticipant(w, active.id));
                        void this.focusAfterUpdate('[data-action="add-participant"]');
                      }}
                    >
                      ${t('confirmYes')}
                    </button>
                    <button
                      type="button"
                      class="button quiet"
                      @click=${() => {
                        this.confirmingRemove = false;
                        void this.focusAfterUpdate('[data-action="remove-participant"]');
                      }}
                    >
                      ${t('confirmNo')}
                    </button>
                  </span>`
                : html`<button
                    type="button"
                    class="button quiet"
                    data-action="remove-participant"
                    @click=${() => {
                      // The button gives way to the question: focus goes to the question, which is read out.
                      this.confirmingRemove = true;
                      void this.focusAfterUpdate('[data-confirm="remove-participant"]');
                    }}
                  >
                    ${t('removeParticipant', { name: activeName })}
                  </button>`}
            </div>
          </div>`
        : nothing}
    </div>`;
  }

  private renderZone(zone: Zone, index: number, participant: Participant, count: number): TemplateResult {
    const t = this.t;
    const notes = model.notesIn(participant, zone.id);
    // The number finds the zone on the sheet; with one zone (the word cloud) it points at nothing.
    const number = count > 1 ? html`<span class="zone-number" aria-hidden="true">${index + 1}</span>` : nothing;
    // A section without a name: its heading structures it, a landmark per zone would be noise.
    return html`<section class="zone ${this.activeZone === zone.id ? 'active' : ''}" data-zone=${zone.id} @focusin=${() => (this.activeZone = zone.id)}>
      ${renderHeading(this.headingLevel + 1, html`${number}${zone.label}`, {
        id: `zone-${zone.id}`,
        className: 'zone-title',
      })}
      <p class="zone-question" id="zone-question-${zone.id}">${zone.question}</p>
      ${notes.length
        ? html`<ol class="notes" aria-label=${t('notesFor', { zone: zone.label })}>
            ${repeat(
              notes,
              (note) => note.id,
              (note, i) => html`<li class="note" data-note=${note.id}>
                <textarea
                  class="slip"
                  rows="2"
                  maxlength="5000"
                  aria-label=${t('note', { n: i + 1, zone: zone.label })}
                  .value=${note.text}
                  @input=${(e: Event) =>
                    this.change((w) => model.editNote(w, zone.id, note.id, (e.target as HTMLTextAreaElement).value))}
                  @keydown=${(e: KeyboardEvent) => {
                    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
                      e.preventDefault();
                      this.moveNote(zone, note.id, e.key === 'ArrowUp' ? -1 : 1);
                      void this.focusAfterUpdate(`[data-note="${note.id}"] textarea`);
                    }
                  }}
                ></textarea>
                ${this.renderNoteExtras(zone, note, i)}
                <span class="note-actions">
                  <button
                    type="button"
                    class="icon"
                    data-action="up"
                    aria-label=${t('moveUp', { n: i + 1 })}
                    ?disabled=${i === 0}
                    @click=${() => this.moveNote(zone, note.id, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    class="icon"
                    data-action="down"
                    aria-label=${t('moveDown', { n: i + 1 })}
                    ?disabled=${i === notes.length - 1}
                    @click=${() => this.moveNote(zone, note.id, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    class="icon"
                    data-action="remove"
                    aria-label=${t('remove', { n: i + 1 })}
                    @click=${() => this.removeNote(zone, note.id, i)}
                  >
                    ✕
                  </button>
                </span>
              </li>`,
            )}
          </ol>`
        : nothing}
      ${renderAddRow({
        id: `add-${zone.id}`,
        // Named by the zone's visible heading and described by its question, not by the placeholder alone.
        labelledBy: `zone-${zone.id}`,
        describedBy: `zone-question-${zone.id}`,
        buttonLabel: t('add'),
        maxLength: 5000,
        multiline: !zone.singleLine,
        placeholder: zone.placeholder ?? t('newNote', { zone: zone.label }),
        action: 'add-note',
        onAdd: (field) => this.addNote(zone, field as HTMLTextAreaElement),
      })}
    </section>`;
  }

  /** The sheet and its zones while filling in; the word cloud puts its field above the cloud. */
  protected renderFill(ws: WorksheetState, zones: Zone[]): TemplateResult {
    const participant = model.activeParticipant(ws);
    // Capture phase: the mind map's shapes stop their pointerdown from bubbling.
    const onPress = { handleEvent: (e: PointerEvent) => trackPress(e, (on) => (this.pressed = on)), capture: true };
    const sheet = html`<figure class="sheet" part="sheet" @pointerdown=${onPress}>${this.renderSheet(participant, zones, { interactive: true })}</figure>`;
    // The privacy tip once per element, above all its zones: in every zone it would be noise.
    const notes = html`<div class="zones">
      <p class="hint" data-hint="no-names">${this.locale.t('privacy.noNames')}</p>
      ${this.renderBeforeZones(participant, zones)} ${zones.map((zone, i) => this.renderZone(zone, i, participant, zones.length))}
      ${this.renderExtras(participant)}
    </div>`;
    return html`<div class="fill ${this.pressed ? 'pressed' : ''} ${this.sheetFirst ? '' : 'notes-first'}">
      ${this.sheetFirst ? html`${sheet}${notes}` : html`${notes}${sheet}`}
    </div>`;
  }

  /** The shared view closes with its button: focus goes to "Deel jullie bevindingen", which opens it again. */
  private backToFill = (): void => {
    this.view = 'fill';
    void this.focusAfterUpdate('[data-action="share"]');
  };

  /** Notes as a list, or "Geen notities": an empty list says nothing to a screen reader, or worse, "list, 0 items". */
  private renderNoteList(items: Array<Note | TemplateResult>): TemplateResult {
    if (!items.length) return html`<p class="no-notes">${this.t('noNotesShared')}</p>`;
    return html`<ul>
      ${items.map((item) => html`<li>${'text' in item ? this.noteLine(item) : item}</li>`)}
    </ul>`;
  }

  /**
   * Adds a loaded part's styles to the shadow root, before the part is first drawn. Where a
   * browser cannot adopt style sheets, a <style> as Lit's own fallback, with its CSP nonce.
   */
  private adoptPartStyles(styles: CSSResult): void {
    const root = this.renderRoot;
    if (this.partStyles.has(styles) || !(root instanceof ShadowRoot)) return;
    this.partStyles.add(styles);
    adoptStyles(root, styles);
  }

  /** What a format prints with a zone's notes (index -1: outside every zone); the octagon lists its figures. */
  protected renderZoneExtras(_participant: Participant, _index: number): TemplateResult | typeof nothing {
    return nothing;
  }

  /** What the parts loaded on first use draw with. */
  private sheetParts(): SheetParts {
    return {
      t: this.t,
      translate: this.locale.t,
      headingLevel: this.headingLevel,
      sheet: (participant, zones, blank) => this.renderSheet(participant, zones, { interactive: false, blank }),
      noteList: (items) => this.renderNoteList(items),
      noteLine: this.noteLine,
      zoneExtras: (participant, index) => this.renderZoneExtras(participant, index),
    };
  }

  private preloadShare = (): void => void this.sharePart.ready().catch(() => {});

  /**
   * Opens or closes the shared view. The fill view stays, with whatever is being typed, until
   * the shared view has loaded; if it cannot load, it says so and the fill view stays.
   */
  private toggleShare = (): void => {
    if (this.view === 'share') {
      this.view = 'fill';
      return;
    }
    this.view = 'share';
    this.sharePart.ready().catch(() => {
      this.view = 'fill';
      this.partFailed();
    });
  };

  /** The shared view, or undefined while it loads (the fill view stays until then). */
  private renderShare(ws: WorksheetState, zones: Zone[]): TemplateResult | undefined {
    const part = this.sharePart.module;
    if (!part) return undefined;
    this.adoptPartStyles(part.shareStyles);
    return part.renderShare(
      {
        ...this.sheetParts(),
        mode: this.shareMode,
        setMode: (mode) => (this.shareMode = mode),
        readonly: this.readonly,
        back: this.backToFill,
      },
      ws,
      zones,
    );
  }

  /** Read-only: the shared view (every participant's sheet with the notes as text); bare, only the sheet. */
  private renderReadonly(ws: WorksheetState, zones: Zone[]): TemplateResult | typeof nothing {
    if (this.bare) {
      return html`<figure class="sheet" part="sheet">${this.renderSheet(model.activeParticipant(ws), zones, { interactive: false })}</figure>`;
    }
    return this.renderShare(ws, zones) ?? (this.sharePart.error ? html`<p class="hint">${this.t('partUnavailable')}</p>` : nothing);
  }

  /**
   * "Bewaren en delen": print, copy, save as a file and (unless read-only) continue from a file.
   * Its button and (hidden) panel are drawn at once; the buttons in the panel come when the menu
   * has loaded, which starts as the pointer or focus reaches its button.
   */
  private renderTools(): TemplateResult {
    const tools = this.tools;
    const input = this.readonly
      ? nothing
      : html`<input id="import" class="file" type="file" accept=".json,application/json" hidden @change=${this.onImport} />`;
    return html`<div class="tools" part="tools">
      ${renderShareMenuFrame({
        id: 'share',
        label: this.locale.t('share.menu'),
        open: tools?.menu.open ?? false,
        onToggle: () => (tools ? tools.menu.setOpen(!tools.menu.open) : this.openTools()),
        onKeyDown: tools?.menu.onKeyDown,
        onApproach: tools ? undefined : this.preloadTools,
        panel: tools?.renderPanel() ?? nothing,
        after: html`${input}${this.readonly ? nothing : (tools?.renderImportChoice() ?? nothing)}`,
      })}
    </div>`;
  }

  /** The print layout, once loaded (see print()). */
  private renderPrint(ws: WorksheetState, zones: Zone[], card: Card): TemplateResult | typeof nothing {
    const part = this.printPart.module;
    const mode = this.printer.mode;
    if (!part || !mode) return nothing;
    this.adoptPartStyles(part.printStyles);
    return part.renderPrint(
      {
        ...this.sheetParts(),
        mode,
        title: this.head(card).title,
        topicLabel: this.usesTopic ? this.topicText().label : '',
        orientation: this.printOrientation,
      },
      ws,
      zones,
    );
  }

  protected override render(): TemplateResult {
    const card = this.card;
    if (!card) return html``;
    const ws = this.worksheet;
    const zones = this.zones(card);
    const deck = this.decks[this.locale.lang];
    const section = deck.sections.find((s) => s.id === card.section);
    const { title, lead, instructions } = this.head(card);
    const topic = this.topicText();
    // Without its layout (not loaded, offline) the sheet prints as it is on the screen.
    const printing = this.printer.mode && this.printPart.module ? this.printer.mode : '';
    // Its own language on its own UI, also on the privacy line beside the sheet.
    return html`<div class="worksheet ${printing ? `printing printing-${printing}` : ''}" data-section=${this.section} lang=${deck.lang}>
      ${this.readonly ? nothing : this.live.render('top')}
      <article class="ws ${this.bare ? 'bare' : ''}" aria-labelledby="ws-title">
        <header class="ws-head" ?hidden=${this.bare}>
          <p class="meta">${section?.itemLabel ?? ''} ${card.number ?? ''}</p>
          ${renderHeading(this.headingLevel, title, { id: 'ws-title', className: 'ws-title' })}
          ${lead ? html`<p class="lead">${lead}</p>` : nothing}
        </header>
        <div class="ws-layout">
          <details class="instructions" part="instructions" ?hidden=${this.bare}>
            <summary>${this.t('instructions')}</summary>
            <div class="instructions-body">${instructions.map((b) => renderBlock(b, this.locale, this.headingLevel + 1))}</div>
          </details>
          <div class="ws-main">
            ${this.renderIntro(ws)}
            ${this.usesTopic && this.readonly
              ? html`<p class="topic"><strong>${topic.label}:</strong> ${ws.topic}</p>`
              : this.usesTopic
              ? html`<div class="topic">
                  <label for="topic">${topic.label}</label>
                  <input
                    id="topic"
                    class="field"
                    maxlength="300"
                    aria-describedby="topic-hint"
                    .value=${ws.topic}
                    @input=${(e: Event) => this.change((w) => void (w.topic = (e.target as HTMLInputElement).value))}
                  />
                  <p class="hint" id="topic-hint">${topic.hint}</p>
                  ${this.renderTopicExtras()}
                </div>`
              : nothing}
            ${this.readonly ? this.renderReadonly(ws, zones) : html`${this.bare ? nothing : this.renderParticipants(ws)} ${(this.view === 'share' && this.renderShare(ws, zones)) || this.renderFill(ws, zones)}`}
          </div>
        </div>
        ${this.bare ? nothing : this.renderTools()}
        <p class="status ${this.statusIsError ? 'error' : ''}" role="status">${this.status}</p>
      </article>
      ${this.readonly ? nothing : this.live.render('bottom')}
      ${this.readonly ? nothing : this.session.renderFooter(this.locale, { clearWhenEmpty: false })} ${printing ? this.renderPrint(ws, zones, card) : nothing}
    </div>`;
  }
}
