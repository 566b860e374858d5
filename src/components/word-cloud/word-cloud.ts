import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { property, state } from 'lit/decorators.js';
import { WorksheetElement, type SheetOptions, type WorksheetHead } from '../../internal/worksheet/worksheet-element.js';
import { wordCloudDecks } from '../../internal/content/work-format-decks.js';
import type { Card } from '../../internal/content/deck-schema.js';
import type { Participant, WorksheetState } from '../../internal/session/state.js';
import type { Messages } from '../../internal/i18n.js';
import { wordCloudMessages } from '../../internal/messages.js';
import * as model from '../../internal/worksheet/model.js';
import { notesIn, type Zone } from '../../internal/worksheet/model.js';
import { renderAddRow } from '../../internal/render-add-row.js';
import { zonesOf } from '../../internal/worksheet/zones.js';
import { layout, tally, type Tally } from '../../internal/word-cloud/layout.js';
import { wordCloudStyles } from './word-cloud.styles.js';
import { renderHeading } from '../../internal/heading.js';

const BOX = { width: 400, height: 240, minSize: 13, maxSize: 46 };
/**
 * A phone's cloud: narrower and taller, so a 260-unit-wide cloud drawn about 250 px wide keeps
 * its smallest word at about 14 px, where the wide cloud's would shrink to 9 px.
 */
const NARROW_BOX = { width: 260, height: 300, minSize: 15, maxSize: 44 };
/** Below this width of the element the cloud is laid out for a phone. */
const NARROW_WIDTH = 480;

/**
 * @tag kjk-word-cloud
 * @summary The intro card's question "Wat versta jij onder 'eigen kracht'?" as a live word cloud: everyone adds
 * words or short phrases, sized by how often they are named. The field comes first, each participant's words
 * below it as chips to remove, then the cloud; a list with counts for screen readers (and to show instead of
 * the cloud). Drawn by the library itself; nothing leaves the device.
 *
 * @attr lang - `nl` (default) or `en`, here or on an ancestor.
 * @attr compact - Only the field, the words and the cloud: for the intro card, which asks the question itself.
 * @csspart sheet - The cloud and the list.
 * @csspart words - The field to add a word and the participant's words as removable chips.
 * @csspart participants - Participants and "Deel je bevindingen".
 * @csspart instructions - How it works, foldable.
 * @csspart tools - Print, copy, download and import.
 * @csspart share - The shared view of every participant's words.
 * @csspart session - The privacy line (only when the cloud keeps its own session).
 * @event {CustomEvent<{ state: SessionState }>} kjk-change - Any change to the saved state (when it keeps its own session).
 * @cssprop [--kjk-section-introduction=#e49a2f] - Colour of the cloud's frame; `--kjk-section-introduction-ink` for its text.
 * @cssprop [--kjk-paper=#ffffff] - Background of the cloud and the fields (dark: #2d2a26).
 */
export class KjkWordCloud extends WorksheetElement {
  static override styles = [...WorksheetElement.styles, wordCloudStyles];

  protected readonly kind = 'word-cloud';
  protected readonly cardId = 'intro';
  protected readonly decks = wordCloudDecks;
  protected override readonly usesTopic = false;
  protected override readonly section = 'introduction';
  /** In a live room words are shared as they come: nothing to reveal. @internal */
  readonly liveContent = 'words';

  /**
   * Only the cloud, its list and the field to add a word: for a place that already asks the
   * question, like the intro card. Saving, printing and participants stay with the full element.
   */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** The cloud, or the list with counts. */
  @state() private display: 'cloud' | 'list' = 'cloud';
  /** Laid out for a phone: the element is narrower than NARROW_WIDTH. */
  @state() private narrow = false;

  /**
   * Watches the element's own width, not the window's: a cloud in a sidebar is narrow on a wide
   * screen. Made when connected, as a server rendering the element has no ResizeObserver.
   */
  private resize?: ResizeObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    this.resize ??= new ResizeObserver(([entry]) => {
      const narrow = entry.contentRect.width > 0 && entry.contentRect.width < NARROW_WIDTH;
      // In the next frame: a new cloud changes the element's height inside the observer's own
      // callback otherwise, which browsers report as a "ResizeObserver loop" error.
      if (narrow !== this.narrow) requestAnimationFrame(() => (this.narrow = narrow));
    });
    this.resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize?.disconnect();
  }

  protected override messages(): Messages[] {
    return [wordCloudMessages];
  }

  protected override get bare(): boolean {
    return this.compact;
  }

  private w = (key: string, values?: Record<string, string | number>) => this.locale.t(`wordCloud.${key}`, values);

  /** The intro card is not this element's own card: its figure's question is the title. */
  protected override head(card: Card): WorksheetHead {
    const figure = card.blocks.find((b) => b.type === 'figure');
    return {
      title: figure?.type === 'figure' && figure.question ? figure.question : card.title,
      instructions: [{ type: 'paragraph', text: this.w('instructions') }],
    };
  }

  /** "Woord toegevoegd: samen": the word itself says more than the cloud's one zone. */
  protected override noteAnnouncement(change: 'added' | 'removed', _zone: Zone, text: string): string {
    return this.w(change === 'added' ? 'wordAdded' : 'wordRemoved', { word: text });
  }

  protected zones(card: Card): Zone[] {
    return zonesOf(card).map((z) => ({ ...z, singleLine: true, placeholder: this.w('add') }));
  }

  /** The last layout: typing elsewhere re-renders, and a cloud of many words takes a while to lay out. */
  private laidOut?: { key: string; result: ReturnType<typeof layout> };

  private layoutOf(words: Tally[], box: typeof BOX): ReturnType<typeof layout> {
    const key = JSON.stringify([words, box]);
    if (this.laidOut?.key !== key) this.laidOut = { key, result: layout(words, box) };
    return this.laidOut.result;
  }

  private addWord(zone: Zone, input: HTMLInputElement): void {
    const text = input.value;
    if (!text.trim()) return;
    this.change((ws) => model.addNote(ws, zone.id, text));
    this.announce(this.noteAnnouncement('added', zone, text.trim()));
    input.value = '';
    input.focus();
  }

  /** Focus stays in the row of words: on the next chip, else the one before, else the field. */
  private async removeWord(zone: Zone, noteId: string, index: number): Promise<void> {
    const removed = notesIn(model.activeParticipant(this.worksheet), zone.id).find((n) => n.id === noteId);
    this.change((ws) => model.removeNote(ws, zone.id, noteId));
    this.announce(this.noteAnnouncement('removed', zone, removed?.text.trim() ?? ''));
    const notes = notesIn(model.activeParticipant(this.worksheet), zone.id);
    const next = notes[Math.min(index, notes.length - 1)];
    await this.updateComplete;
    this.shadowRoot
      ?.querySelector<HTMLElement>(next ? `[data-note="${next.id}"] [data-action="remove"]` : `#add-${zone.id}`)
      ?.focus();
  }

  /**
   * The field on top, the participant's words as chips, then the cloud as the hero. A cloud has
   * no order, so the words cannot be moved; a word is fixed by removing it and adding it again.
   */
  protected override renderFill(ws: WorksheetState, zones: Zone[]): TemplateResult {
    const participant = model.activeParticipant(ws);
    const zone = zones[0];
    return html`<div class="fill cloud-fill">
      ${zone ? this.renderWords(zone, participant) : nothing}
      <figure class="sheet" part="sheet">${this.renderSheet(participant, zones, { interactive: true })}</figure>
    </div>`;
  }

  private renderWords(zone: Zone, participant: Participant): TemplateResult {
    const notes = notesIn(participant, zone.id);
    // The suite of work formats finds a zone by .zone[data-zone]; the field keeps its id add-<zone>.
    // Not a named section: that would make a landmark region inside the fan's step.
    // The privacy tip once per element, outside the zone, as in every work format.
    return html`<div class="zones" part="words">
      <p class="hint" data-hint="no-names">${this.locale.t('privacy.noNames')}</p>
      <div class="zone words" data-zone=${zone.id} @focusin=${() => (this.activeZone = zone.id)}>
        <label class="words-label" id="zone-${zone.id}" for="add-${zone.id}">${this.w('add')}</label>
        <p class="zone-question" id="zone-question-${zone.id}">${zone.question}</p>
        ${renderAddRow({
          id: `add-${zone.id}`,
          describedBy: `zone-question-${zone.id}`,
          buttonLabel: this.t('add'),
          maxLength: 200,
          action: 'add-note',
          onAdd: (field) => this.addWord(zone, field as HTMLInputElement),
        })}
        ${notes.length
          ? html`<ul class="word-chips" aria-label=${this.w('yourWords')}>
              ${repeat(
                notes,
                (note) => note.id,
                (note, i) => html`<li class="word-chip" data-note=${note.id}>
                  <span class="chip-word">${note.text}</span>
                  <button
                    type="button"
                    class="chip-remove"
                    data-action="remove"
                    aria-label=${this.w('removeWord', { word: note.text.trim() })}
                    @click=${() => void this.removeWord(zone, note.id, i)}
                  >
                    <span aria-hidden="true">✕</span>
                  </button>
                </li>`,
              )}
            </ul>`
          : nothing}
      </div>
    </div>`;
  }

  /** In the fill view everyone's words together; shared and printed, each participant's own. */
  protected renderSheet(participant: Participant, zones: Zone[], options: SheetOptions): TemplateResult {
    const zone = zones[0]?.id ?? 'words';
    const people = options.interactive ? this.worksheet.participants : [participant];
    const words = tally(options.blank ? [] : people.flatMap((p) => notesIn(p, zone).map((n) => n.text)));
    // Printed and shared, the wide cloud: paper is not a phone.
    const box = this.narrow && options.interactive ? NARROW_BOX : BOX;
    const { placed, left } = this.layoutOf(words, box);
    const [w2, h2] = [box.width / 2, box.height / 2];
    const list = this.display === 'list' || !options.interactive;
    return html`<div class="cloud ${list ? 'show-list' : 'show-cloud'}">
      ${options.interactive
        ? html`<div class="cloud-view" role="group" aria-label=${this.w('view')}>
            ${(['cloud', 'list'] as const).map(
              (display) => html`<button
                type="button"
                class="chip"
                data-display=${display}
                aria-pressed=${this.display === display ? 'true' : 'false'}
                @click=${() => (this.display = display)}
              >
                ${this.w(display === 'cloud' ? 'cloudView' : 'listView')}
              </button>`,
            )}
          </div>`
        : ''}
      <svg
        class="cloud-svg ${box === NARROW_BOX ? 'narrow' : ''}"
        viewBox="${-w2} ${-h2} ${box.width} ${box.height}"
        role="img"
        aria-label=${this.w('cloudLabel', { n: words.length })}
      >
        <rect class="cloud-paper" x=${-w2} y=${-h2} width=${box.width} height=${box.height} rx="18"></rect>
        ${placed.map(
          (word) => svg`<text class="word tone-${word.tone}" x=${word.x.toFixed(1)} y=${word.y.toFixed(1)} font-size=${word.size} text-anchor="middle">${word.word}</text>`,
        )}
        ${words.length
          ? ''
          : // The whole cloud, so the message has room with a user's larger text spacing (WCAG 1.4.12);
            // a div, not a p: inside role="img" a paragraph's role is dropped (the list below says it too).
            svg`<foreignObject x=${10 - w2} y=${10 - h2} width=${box.width - 20} height=${box.height - 20}>${html`<div class="cloud-empty">${this.w('empty')}</div>`}</foreignObject>`}
      </svg>
      ${left.length ? html`<p class="hint">${this.w('notShown', { n: left.length })}</p>` : ''}
      <div class="word-list">
        ${renderHeading(this.headingLevel + 1, this.w('listTitle'), { className: 'list-title' })}
        ${words.length
          ? html`<ol>
              ${words.map(
                (w) => html`<li>
                  <span class="list-word">${w.word}</span>
                  <span class="list-count" aria-hidden="true">${this.w('count', { n: w.count })}</span>
                  <span class="visually-hidden">, ${this.w('countLabel', { n: w.count })}</span>
                </li>`,
              )}
            </ol>`
          : html`<p class="hint">${this.w('empty')}</p>`}
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kjk-word-cloud': KjkWordCloud;
  }
}
