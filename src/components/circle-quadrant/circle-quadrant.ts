import { html, svg, type TemplateResult } from 'lit';
import { WorksheetElement, type SheetOptions } from '../../internal/worksheet/worksheet-element.js';
import { circleDecks } from '../../internal/content/work-format-decks.js';
import type { Card } from '../../internal/content/deck-schema.js';
import type { Participant } from '../../internal/session/state.js';
import { renderNoteBadge, renderSlips } from '../../internal/worksheet/render-sheet.js';
import { quadrantCorner, quadrantPath, renderCircleAxes } from '../../internal/content/render-card.js';
import { notesIn, type Zone } from '../../internal/worksheet/model.js';
import { zonesOf } from '../../internal/worksheet/zones.js';
import { circleQuadrantStyles } from './circle-quadrant.styles.js';

const R = 140;

/**
 * @tag kjk-circle-quadrant
 * @summary Werkvorm 3, Cirkelen: a circle in four quadrants on the axes now–future and opportunities–concerns
 * (trots op, lastig, nachtmerrie, toekomstdroom), walked in that order by each participant.
 *
 * @attr lang - `nl` (default) or `en`, here or on an ancestor.
 * @csspart sheet - The drawn circle.
 * @csspart participants - Participants and "Deel je bevindingen".
 * @csspart instructions - The card's instructions, foldable.
 * @csspart tools - Print, copy, download and import.
 * @csspart share - The shared view of every participant's circle.
 * @csspart session - The privacy line (only when the worksheet keeps its own session).
 * @event {CustomEvent<{ state: SessionState }>} kjk-change - Any change to the saved state (when it keeps its own session).
 * @cssprop [--kjk-section-work-format=#3f7fc6] - Colour of the sheet; `--kjk-section-work-format-ink` for lines and text.
 * @cssprop [--kjk-paper=#ffffff] - Background of zones and fields (dark: #2d2a26).
 * @cssprop [--kjk-slip=#fff8d6] - The paper of a note; `--kjk-slip-text` for its text.
 */
export class KjkCircleQuadrant extends WorksheetElement {
  static override styles = [...WorksheetElement.styles, circleQuadrantStyles];

  protected readonly kind = 'circle-quadrant';
  protected readonly cardId = 'work-format-3';
  protected readonly decks = circleDecks;

  /** Each quadrant's question is where it lies on the two axes: "Heden · Kansen". */
  protected zones(card: Card): Zone[] {
    return zonesOf(card);
  }

  protected renderSheet(participant: Participant, zones: Zone[], options: SheetOptions): TemplateResult {
    const card = this.card;
    if (card?.worksheet?.kind !== 'circle') return html``;
    const { axes, quadrants } = card.worksheet;
    const label = `${axes.time.future} – ${axes.time.present}, ${axes.outlook.opportunities} – ${axes.outlook.concerns}: ${zones
      .map((z, i) => `${i + 1} ${z.label}`)
      .join(', ')}`;
    return html`<svg viewBox="-170 -170 340 340" role="img" aria-label=${label}>
      ${quadrants.map((q, i) => {
        const { x: sx, y: sy } = quadrantCorner(q);
        const active = this.activeZone === q.id && options.interactive ? 'active' : '';
        const notes = options.blank ? [] : notesIn(participant, q.id);
        // The notes sit in their own quadrant, between the axes and the rim; the label and the count on the rim's side.
        const box = { x: sx < 0 ? -102 : 6, y: sy < 0 ? -92 : 6, width: 96, height: 86 };
        // The label sits in the sheet's corner, outside the circle, where the longest fits whole on a phone too; the count inside the quadrant.
        const labelY = sy < 0 ? -150 : 160;
        return svg`<path class="zone-shape ${active}" d=${quadrantPath(q, R)}></path>
          <text class="sheet-label quadrant-label" x=${sx * 168} y=${labelY} text-anchor=${sx < 0 ? 'start' : 'end'}>${i + 1}. ${q.label}…</text>
          ${renderNoteBadge(notes.length, { x: sx * 52, y: sy < 0 ? -106 : 110 }, this.t(notes.length === 1 ? 'noteCountOne' : 'noteCount', { n: notes.length }))}
          ${renderSlips(notes, box, (n) => this.t('moreNotes', { n }))}`;
      })}
      ${renderCircleAxes(axes, 160)}
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kjk-circle-quadrant': KjkCircleQuadrant;
  }
}
