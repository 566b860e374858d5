import { html, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { WorksheetElement, type SheetOptions, type WorksheetHead } from '../../internal/worksheet/worksheet-element.js';
import { wordCloudDecks } from '../../internal/content/work-format-decks.js';
import type { Card } from '../../internal/content/deck-schema.js';
import type { Participant } from '../../internal/session/state.js';
import type { Messages } from '../../internal/i18n.js';
import { wordCloudMessages } from '../../internal/messages.js';
import { notesIn, type Zone } from '../../internal/worksheet/model.js';
import { zonesOf } from '../../internal/worksheet/zones.js';
import { layout, tally, type Tally } from '../../internal/word-cloud/layout.js';
import { wordCloudStyles } from './word-cloud.styles.js';
import { renderHeading } from '../../internal/heading.js';

const BOX = { width: 400, height: 240, minSize: 13, maxSize: 46 };

/**
 * @tag kjk-word-cloud
 * @summary The intro card's question "Wat versta jij onder 'eigen kracht'?" as a live word cloud: everyone adds
 * words or short phrases, sized by how often they are named; a list with counts beside it for screen readers
 * and small screens. Drawn by the library itself; nothing leaves the device.
 *
 * @attr lang - `nl` (default) or `en`, here or on an ancestor.
 * @attr compact - Only the cloud, the list and the field: for the intro card, which asks the question itself.
 * @csspart sheet - The cloud and the list.
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

  /**
   * Only the cloud, its list and the field to add a word: for a place that already asks the
   * question, like the intro card. Saving, printing and participants stay with the full element.
   */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** The cloud, or the list with counts. */
  @state() private display: 'cloud' | 'list' = 'cloud';

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

  private layoutOf(words: Tally[]): ReturnType<typeof layout> {
    const key = JSON.stringify(words);
    if (this.laidOut?.key !== key) this.laidOut = { key, result: layout(words, BOX) };
    return this.laidOut.result;
  }

  /** In the fill view everyone's words together; shared and printed, each participant's own. */
  protected renderSheet(participant: Participant, zones: Zone[], options: SheetOptions): TemplateResult {
    const zone = zones[0]?.id ?? 'words';
    const people = options.interactive ? this.worksheet.participants : [participant];
    const words = tally(options.blank ? [] : people.flatMap((p) => notesIn(p, zone).map((n) => n.text)));
    const { placed, left } = this.layoutOf(words);
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
      <svg class="cloud-svg" viewBox="-200 -120 400 240" role="img" aria-label=${this.w('cloudLabel', { n: words.length })}>
        <rect class="cloud-paper" x="-200" y="-120" width="400" height="240" rx="18"></rect>
        ${placed.map(
          (word) => svg`<text class="word tone-${word.tone}" x=${word.x.toFixed(1)} y=${word.y.toFixed(1)} font-size=${word.size} text-anchor="middle">${word.word}</text>`,
        )}
        ${words.length
          ? ''
          : // The whole cloud, so the message has room with a user's larger text spacing (WCAG 1.4.12);
            // a div, not a p: inside role="img" a paragraph's role is dropped (the list below says it too).
            svg`<foreignObject x="-190" y="-110" width="380" height="220">${html`<div class="cloud-empty">${this.w('empty')}</div>`}</foreignObject>`}
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
