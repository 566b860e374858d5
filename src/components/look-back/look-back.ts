import { html, svg, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { WorksheetElement, type SheetOptions } from '../../internal/worksheet/worksheet-element.js';
import { lookBackDecks } from '../../internal/content/work-format-decks.js';
import type { Card } from '../../internal/content/deck-schema.js';
import type { Participant } from '../../internal/session/state.js';
import type { Messages } from '../../internal/i18n.js';
import { lookBackMessages } from '../../internal/messages.js';
import { notesIn, type Zone } from '../../internal/worksheet/model.js';
import { zonesOf } from '../../internal/worksheet/zones.js';
import { lookBackStyles } from './look-back.styles.js';
import { renderHeading } from '../../internal/heading.js';

/** Where the stones of the story lie on the sheet: two rows walked as a path, then the two together. */
const STONES: Array<[number, number]> = [
  [-110, -80],
  [0, -95],
  [110, -80],
  [110, 5],
  [0, 20],
  [-110, 5],
];
/**
 * Questions 7 and 8 are stones like the others, numbered as their zones below: a box with "+" or
 * "↻" looked like a button, and the sheet is a picture of where the story is, not a control.
 */
const TOGETHER: Array<[number, number]> = [
  [-60, 124],
  [60, 124],
];

/**
 * @tag kjk-look-back
 * @summary Werkvorm 1, Terugkijken (Critical Incidents): one person tells about a situation, led by the card's
 * six questions one at a time while the others take notes; then together: what went well, what could be better.
 *
 * @attr lang - `nl` (default) or `en`, here or on an ancestor.
 * @csspart sheet - The drawn path of the story.
 * @csspart participants - Participants and "Deel je bevindingen".
 * @csspart instructions - The card's instructions, foldable.
 * @csspart tools - Print, copy, download and import.
 * @csspart share - The shared view of every participant's notes.
 * @csspart guide - "Vraag 2 van 6": the question being told now, with previous and next.
 * @csspart session - The privacy line (only when the worksheet keeps its own session).
 * @event {CustomEvent<{ state: SessionState }>} kjk-change - Any change to the saved state (when it keeps its own session).
 * @cssprop [--kjk-section-work-format=#3f7fc6] - Colour of the sheet; `--kjk-section-work-format-ink` for lines and text.
 * @cssprop [--kjk-paper=#ffffff] - Background of zones and fields (dark: #2d2a26).
 * @cssprop [--kjk-slip=#fff8d6] - The paper of a note; `--kjk-slip-text` for its text.
 */
export class KjkLookBack extends WorksheetElement {
  static override styles = [...WorksheetElement.styles, lookBackStyles];

  protected readonly kind = 'look-back';
  protected readonly cardId = 'work-format-1';
  protected readonly decks = lookBackDecks;

  protected override messages(): Messages[] {
    return [lookBackMessages];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The story starts at its first question.
    if (!this.activeZone && this.card) this.activeZone = this.zones(this.card)[0]?.id ?? '';
  }

  /** The six story questions, then the two answered together. */
  protected zones(card: Card): Zone[] {
    return zonesOf(card);
  }

  private get storyCount(): number {
    return this.card?.worksheet?.kind === 'questions' ? this.card.worksheet.story.length : 0;
  }

  /** Makes question `index` the one being told, and puts the cursor where its notes go. */
  private goTo(zones: Zone[], index: number): void {
    const zone = zones[Math.max(0, Math.min(zones.length - 1, index))];
    this.activeZone = zone.id;
    void this.updateComplete.then(() => {
      const field = this.shadowRoot?.querySelector<HTMLElement>(`#add-${zone.id}`);
      field?.focus();
      field?.scrollIntoView?.({ block: 'nearest' });
    });
  }

  protected override renderBeforeZones(_participant: Participant, zones: Zone[]): TemplateResult | typeof nothing {
    if (!zones.length) return nothing;
    const t = (key: string, values?: Record<string, string | number>) => this.locale.t(`lookBack.${key}`, values);
    const index = Math.max(0, zones.findIndex((z) => z.id === this.activeZone));
    const zone = zones[index];
    const inStory = index < this.storyCount;
    return html`<section class="guide" part="guide">
      ${renderHeading(this.headingLevel + 1, t('guide'), { id: 'guide-title', className: 'guide-kicker' })}
      <p class="guide-phase">${inStory ? t('storyPhase') : t('togetherPhase')}</p>
      <p class="guide-progress">${t('progress', { n: index + 1, total: zones.length })}</p>
      <p class="guide-question" aria-live="polite">${zone.question}</p>
      <div class="guide-nav">
        <button type="button" class="button quiet" data-action="previous-question" ?disabled=${index === 0} @click=${() => this.goTo(zones, index - 1)}>
          ← ${t('previous')}
        </button>
        <button
          type="button"
          class="button"
          data-action="next-question"
          ?disabled=${index === zones.length - 1}
          @click=${() => this.goTo(zones, index + 1)}
        >
          ${t('next')} →
        </button>
      </div>
    </section>`;
  }

  protected renderSheet(participant: Participant, zones: Zone[], options: SheetOptions): TemplateResult {
    const story = zones.slice(0, this.storyCount);
    const together = zones.slice(this.storyCount);
    const label = this.locale.t('lookBack.sheetLabel', {
      n: story.length,
      zones: zones.map((z, i) => `${i + 1} ${z.label}`).join(', '),
    });
    const active = (zone: Zone) => (options.interactive && this.activeZone === zone.id ? 'active' : '');
    const count = (zone: Zone) => (options.blank ? 0 : notesIn(participant, zone.id).length);
    const path = `M${STONES.map(([x, y], i) => (i === 0 ? `${x} ${y}` : `L${x} ${y}`)).join(' ')}`;
    return html`<svg viewBox="-175 -140 350 314" role="img" aria-label=${label}>
      <path class="story-path" d=${path}></path>
      <path class="story-path together-path" d="M-110 5 C-160 40 -150 124 -84 124 M-36 124 L36 124"></path>
      <text class="sheet-label together-label" x="0" y="90" text-anchor="middle">${this.locale.t('lookBack.together')}</text>
      ${story.map((zone, i) => {
        const [x, y] = STONES[i] ?? [0, 0];
        const n = count(zone);
        return svg`<g class="stone ${active(zone)}" transform="translate(${x} ${y})">
          <circle class="zone-shape" r="24"></circle>
          <text class="stone-number" y="7" text-anchor="middle">${i + 1}</text>
          <text class="sheet-label" y=${i < 3 ? -32 : 40} text-anchor="middle">${zone.label}</text>
          ${n ? svg`<g class="badge" transform="translate(18 -18)"><circle r="9"></circle><text y="3.5" text-anchor="middle">${n}</text></g>` : nothing}
        </g>`;
      })}
      ${together.map((zone, i) => {
        const [x, y] = TOGETHER[i] ?? [0, 0];
        const n = count(zone);
        return svg`<g class="stone together ${active(zone)}" transform="translate(${x} ${y})">
          <circle class="zone-shape" r="24"></circle>
          <text class="stone-number" y="7" text-anchor="middle">${story.length + i + 1}</text>
          <text class="sheet-label" y="42" text-anchor="middle">${zone.label}</text>
          ${n ? svg`<g class="badge" transform="translate(18 -18)"><circle r="9"></circle><text y="3.5" text-anchor="middle">${n}</text></g>` : nothing}
        </g>`;
      })}
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kjk-look-back': KjkLookBack;
  }
}
