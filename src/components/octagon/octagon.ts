import { html, nothing, svg, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { WorksheetElement, type SheetOptions } from '../../internal/worksheet/worksheet-element.js';
import { octagonDecks } from '../../internal/content/work-format-decks.js';
import type { Card } from '../../internal/content/deck-schema.js';
import type { Figure, Participant } from '../../internal/session/state.js';
import { labelWithBadge, renderNoteBadge } from '../../internal/worksheet/render-sheet.js';
import { newId, notesIn, activeParticipant, type Zone } from '../../internal/worksheet/model.js';
import { octagonStyles } from './octagon.styles.js';
import { renderAddRow } from '../../internal/render-add-row.js';
import { OCTAGON_APOTHEMS, OCTAGON_RADII, zoneIndexAt, zonesOf } from '../../internal/worksheet/zones.js';
import { PickController, arrowMove, capturePointer, toSheetPoint } from '../../internal/svg-pointer.js';
import { renderHeading } from '../../internal/heading.js';

const RADII = OCTAGON_RADII;
const APOTHEMS = OCTAGON_APOTHEMS;
const STEP = 6;

function octagonPoints(radius: number): string {
  return Array.from({ length: 8 }, (_, i) => {
    const angle = ((22.5 + i * 45) * Math.PI) / 180;
    return `${(radius * Math.cos(angle)).toFixed(1)},${(radius * Math.sin(angle)).toFixed(1)}`;
  }).join(' ');
}

// Kept here too: tests and pages imported it from the element.
export { zoneIndexAt };

/**
 * A point in the middle of zone `index`'s ring, in the direction of (x, y): "Zet in zone…" moves a
 * figure in or out along its own line from the core, so it stays on its side of the octagon.
 */
export function spotInZone(index: number, x: number, y: number): { x: number; y: number } {
  const angle = x || y ? Math.atan2(y, x) : 0;
  // How far the octagon's edge lies at this angle, per unit of apothem: 1 facing a side, more towards a corner.
  const eighth = Math.PI / 4;
  const off = (((angle % eighth) + eighth) % eighth);
  const stretch = 1 / Math.cos(Math.min(off, eighth - off));
  const inner = index === 0 ? 0 : APOTHEMS[index - 1];
  const r = ((inner + APOTHEMS[index]) / 2) * stretch;
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

/** How far a figure's middle keeps from a ring's border: its body (22 units high, 14 wide) then stays clear of the line. */
const CLEAR = 12;
/** A figure's middle lies this far above the point it stands on (its head at -16.5, its feet at 6). */
const MIDDLE = 5;
const LIMIT = 160;
const clamp = (v: number) => Math.max(-LIMIT, Math.min(LIMIT, v));
/** How far out a point lies, in the octagon's own measure: the apothem of the octagon through it. */
const octagonNorm = (x: number, y: number) => Math.max(Math.abs(x), Math.abs(y), Math.abs(x + y) / Math.SQRT2, Math.abs(x - y) / Math.SQRT2);
/** The border (an apothem, or the octagon's edge) a figure standing at (x, y) would be drawn over. */
function borderUnder(x: number, y: number): number | undefined {
  const n = octagonNorm(x, y - MIDDLE);
  return APOTHEMS.find((a) => Math.abs(n - a) < CLEAR);
}

/**
 * Where a figure let go at (x, y) stands: inside a zone, never on a border between two. A drop
 * on a border goes to the nearer side, along its line from the core; a step by the arrow keys
 * (`step`) that would land on a border goes on in its direction until it is clear, so the arrows
 * cross into the next zone instead of stopping on the line.
 */
export function snapIntoZone(x: number, y: number, step?: [number, number]): { x: number; y: number } {
  let point = { x: clamp(x), y: clamp(y) };
  for (let i = 0; step && i < 8 && borderUnder(point.x, point.y) !== undefined; i++) {
    const next = { x: clamp(point.x + step[0]), y: clamp(point.y + step[1]) };
    if (next.x === point.x && next.y === point.y) break;
    point = next;
  }
  const border = borderUnder(point.x, point.y);
  if (border === undefined) return { x: Math.round(point.x), y: Math.round(point.y) };
  const middle = { x: point.x, y: point.y - MIDDLE };
  const n = octagonNorm(middle.x, middle.y);
  const to = (target: number) => ({ x: Math.round((middle.x * target) / n), y: Math.round((middle.y * target) / n + MIDDLE) });
  const outer = to(border + CLEAR);
  // Outside the edge there may be no room left on the sheet: then just inside it.
  const fits = Math.abs(outer.x) <= LIMIT && Math.abs(outer.y) <= LIMIT;
  return n >= border && fits ? outer : to(border - CLEAR);
}

/**
 * @tag kjk-octagon
 * @summary Werkvorm 2, Bekrachtigen (Golden Circle): an octagon with four zones from the core outwards —
 * why, how, results, conditions — where each participant writes notes and places person figures.
 *
 * @attr lang - `nl` (default) or `en`, here or on an ancestor.
 * @csspart sheet - The drawn octagon.
 * @csspart participants - Participants and "Deel je bevindingen".
 * @csspart instructions - The card's instructions, foldable.
 * @csspart tools - Print, copy, download and import.
 * @csspart share - The shared view of every participant's sheet.
 * @csspart session - The privacy line (only when the worksheet keeps its own session).
 * @event {CustomEvent<{ state: SessionState }>} kjk-change - Any change to the saved state (when it keeps its own session).
 * @cssprop [--kjk-section-work-format=#3f7fc6] - Colour of the sheet; `--kjk-section-work-format-ink` for lines and text.
 * @cssprop [--kjk-paper=#ffffff] - Background of zones and fields (dark: #2d2a26).
 * @cssprop [--kjk-slip=#fff8d6] - The paper of a note; `--kjk-slip-text` for its text.
 * @cssprop [--kjk-section-action=#cf4f86] - Colour of the person figures.
 */
export class KjkOctagon extends WorksheetElement {
  static override styles = [...WorksheetElement.styles, octagonStyles];

  protected readonly kind = 'octagon';
  protected readonly cardId = 'work-format-2';
  protected readonly decks = octagonDecks;

  /** A figure being dragged: drawn here, saved when it is let go. */
  @state() private dragging?: { id: string; x: number; y: number };
  /** A figure picked to move by a tap, Enter or Space: a tap on a place or a zone puts it there. */
  private readonly pick = new PickController(this, (spot) => {
    const figure = this.figureById(spot.id);
    if (figure) this.moveFigure(figure, spot.x, spot.y, this.card ? this.zones(this.card) : []);
  });

  protected zones(card: Card): Zone[] {
    return zonesOf(card);
  }

  private zoneName(x: number, y: number, zones: Zone[]): string {
    const index = zoneIndexAt(x, y);
    return index < 0 ? this.t('outside') : zones[index]?.label ?? '';
  }

  private figureById(id: string): Figure | undefined {
    return activeParticipant(this.worksheet).figures.find((f) => f.id === id);
  }

  /** Moves a figure and says where it is now; it lands inside a zone (snapIntoZone), `step` for the arrow keys. */
  private moveFigure(figure: Figure, x: number, y: number, zones: Zone[], step?: [number, number]): void {
    const spot = snapIntoZone(x, y, step);
    this.change((ws) => {
      const f = activeParticipant(ws).figures.find((g) => g.id === figure.id);
      if (f) Object.assign(f, spot);
    });
    this.announce(this.t('figureMoved', {
      label: figure.label || this.t('figure'),
      zone: this.zoneName(spot.x, spot.y, zones),
    }));
  }

  private onFigureKey(event: KeyboardEvent, figure: Figure, zones: Zone[]): void {
    if (this.pick.key(event, figure)) {
      // Escape has put it back and said where.
      if (event.key !== 'Escape') this.saidPicked(figure, zones);
      return;
    }
    const move = arrowMove(event, STEP);
    if (!move) return;
    event.preventDefault();
    this.moveFigure(figure, figure.x + move[0], figure.y + move[1], zones, move);
  }

  /** After a tap, Enter or Space on a figure: says it is picked, or where it stays. */
  private saidPicked(figure: Figure, zones: Zone[]): void {
    const label = figure.label || this.t('figure');
    this.announce(
      this.pick.isPicked(figure.id)
        ? this.t('figurePicked', { label })
        : this.t('figureMoved', { label, zone: this.zoneName(figure.x, figure.y, zones) }),
    );
  }

  /** Puts the picked figure at a place on the sheet (a tap) and lets go of it. */
  private place(x: number, y: number, zones: Zone[]): void {
    const figure = this.pick.picked && this.figureById(this.pick.picked.id);
    if (!figure) return;
    this.pick.release();
    this.moveFigure(figure, x, y, zones);
    this.focusFigure(figure.id);
  }

  /** The panel goes away once the figure is placed: focus goes back to the figure, not to the page. */
  private focusFigure(id: string): void {
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<SVGGElement>(`[data-figure="${id}"]`)?.focus());
  }

  private renderFigure(figure: Figure, zones: Zone[], interactive: boolean): TemplateResult {
    const position = this.dragging?.id === figure.id ? this.dragging : figure;
    const picked = this.pick.isPicked(figure.id);
    const label = figure.label || this.t('figure');
    const body = svg`<circle class="figure-ring" r="15" cy="-3"></circle>
      <circle class="figure-body" cy="-12" r="4.5"></circle>
      <path class="figure-body" d="M-7 6 Q-7 -5 0 -5 Q7 -5 7 6 Z"></path>
      <text class="figure-label" y="15" text-anchor="middle">${label}</text>`;
    if (!interactive) return svg`<g class="figure" transform="translate(${position.x} ${position.y})">${body}</g>`;
    // A press is a drag only once the pointer has gone further than a tap goes: a tap picks the figure.
    return svg`<g
      class="figure ${picked ? 'picked' : ''}"
      data-figure=${figure.id}
      transform="translate(${position.x} ${position.y})"
      tabindex="0"
      role="button"
      aria-pressed=${picked ? 'true' : 'false'}
      aria-label=${this.t('figureName', { label, zone: this.zoneName(figure.x, figure.y, zones) })}
      aria-describedby=${picked ? 'picked-help' : 'pick-help'}
      @keydown=${(e: KeyboardEvent) => this.onFigureKey(e, figure, zones)}
      @pointerdown=${(e: PointerEvent) => {
        capturePointer(e);
        this.pick.down(e, figure.id);
      }}
      @pointermove=${(e: PointerEvent) => {
        if (this.pick.dragging(e, figure.id)) this.dragging = { id: figure.id, ...toSheetPoint(e) };
      }}
      @pointerup=${(e: PointerEvent) => {
        const press = this.pick.up(e, figure.id);
        if (press === 'tap') {
          this.pick.toggle(figure);
          this.saidPicked(figure, zones);
          (e.currentTarget as SVGGElement).focus();
        } else if (press === 'drag' && this.dragging?.id === figure.id) {
          const { x, y } = this.dragging;
          this.dragging = undefined;
          if (picked) this.pick.release();
          this.moveFigure(figure, x, y, zones);
        }
      }}
      @pointercancel=${() => {
        this.pick.lost();
        this.dragging = undefined;
      }}
    >${body}</g>`;
  }

  protected renderSheet(participant: Participant, zones: Zone[], options: SheetOptions): TemplateResult {
    const outerFirst = zones.map((zone, i) => ({ zone, i })).reverse();
    const label = zones.map((z, i) => `${i + 1} ${z.label}`).join(', ');
    // With figures to move, the drawing holds controls: a group, not an image.
    const role = options.interactive && participant.figures.length ? 'group' : 'img';
    // With a figure picked, a tap on a place puts it there; the figure under a press keeps that press.
    const placing = options.interactive && !!this.pick.picked;
    return html`<svg
      viewBox="-165 -165 330 330"
      role=${role}
      aria-label=${label}
      class=${placing ? 'placing' : ''}
      @pointerdown=${(e: PointerEvent) => placing && this.pick.down(e)}
      @pointerup=${(e: PointerEvent) => {
        if (placing && this.pick.up(e) === 'tap') {
          const { x, y } = toSheetPoint(e);
          this.place(x, y, zones);
        }
      }}
    >
      ${outerFirst.map(
        ({ zone, i }) => svg`<polygon
          class="zone-shape level-${i} ${this.activeZone === zone.id && options.interactive ? 'active' : ''}"
          points=${octagonPoints(RADII[i])}
        ></polygon>`,
      )}
      ${zones.map((zone, i) => {
        const inner = i === 0 ? 0 : APOTHEMS[i - 1];
        const text = `${i + 1}. ${zone.label}`;
        const count = options.blank ? 0 : notesIn(participant, zone.id).length;
        // The rings are too narrow for readable notes: a count beside the label, the notes in the zone panels.
        // In the core it hangs at the label's lower right, clear of the core's slanted sides and of a figure in its middle.
        const labelY = i === 0 ? -APOTHEMS[0] + 20 : -(APOTHEMS[i] + inner) / 2 + 4;
        const ring = labelWithBadge(text, labelY, 11);
        const badge = i === 0 ? { x: 26, y: -8 } : ring.badge;
        // With a count the label ends where its badge begins; without one it is centred.
        const [x, anchor] = i > 0 && count ? [ring.end, 'end'] : [0, 'middle'];
        return svg`<text class="sheet-label" x=${x} y=${labelY.toFixed(1)} text-anchor=${anchor}>${text}</text>
          ${renderNoteBadge(count, badge, this.t(count === 1 ? 'noteCountOne' : 'noteCount', { n: count }))}`;
      })}
      ${options.blank ? nothing : participant.figures.map((f) => this.renderFigure(f, zones, options.interactive))}
    </svg>
    ${options.interactive ? this.renderPickPanel(zones) : nothing}`;
  }

  /** While a figure is picked: what to do next, and "Zet in zone…" to place it without pointing at the shape. */
  private renderPickPanel(zones: Zone[]): TemplateResult {
    const figure = this.pick.picked && this.figureById(this.pick.picked.id);
    if (!figure) return this.renderPickHelp();
    const t = this.t;
    const label = figure.label || t('figure');
    const current = zoneIndexAt(figure.x, figure.y);
    return html`${this.renderPickHelp()}
      <div
        class="pick-panel"
        role="group"
        aria-labelledby="pick-title"
        @keydown=${(e: KeyboardEvent) => {
          if (e.key !== 'Escape') return;
          e.stopPropagation();
          this.pick.cancel();
          this.focusFigure(figure.id);
        }}
      >
        <p id="pick-title">${t('figurePicked', { label })}</p>
        <label for="figure-zone">${t('figureZone')}</label>
        <select
          id="figure-zone"
          class="field"
          @change=${(e: Event) => {
            const { value } = e.target as HTMLSelectElement;
            if (value === '') return;
            const index = Number(value);
            const spot = index === current ? figure : spotInZone(index, figure.x, figure.y);
            this.place(spot.x, spot.y, zones);
          }}
        >
          <option value="" selected>${t('chooseZone')}</option>
          ${zones.map((zone, i) => html`<option value=${i}>${i + 1}. ${zone.label}</option>`)}
        </select>
        ${this.renderPickDone(() => {
          this.pick.release();
          this.saidPicked(figure, zones);
          this.focusFigure(figure.id);
        })}
      </div>`;
  }

  /** In the print, with each zone's notes: the figures standing in it; after the zones, those outside. */
  protected override renderZoneExtras(participant: Participant, index: number): TemplateResult | typeof nothing {
    const names = participant.figures.filter((f) => zoneIndexAt(f.x, f.y) === index).map((f) => f.label || this.t('figure'));
    if (!names.length) return nothing;
    return html`<p class="print-extra" data-figures=${index}>${this.t(index < 0 ? 'figuresOutside' : 'figuresInZone', { names: names.join(', ') })}</p>`;
  }

  protected override renderExtras(participant: Participant): TemplateResult {
    const t = this.t;
    const zones = this.card ? this.zones(this.card) : [];
    const add = (input: HTMLInputElement) => {
      const id = newId('f');
      // New figures line up on the right, in the outer ring, clear of the zone labels.
      const x = Math.round((APOTHEMS[2] + APOTHEMS[3]) / 2);
      const y = ((participant.figures.length % 5) - 2) * 24;
      const label = input.value.trim();
      this.change((ws) => activeParticipant(ws).figures.push({ id, label, x, y }));
      this.announce(t('figureAdded', { label: label || t('figure') }));
      input.value = '';
      this.updateComplete.then(() => this.shadowRoot?.querySelector<SVGGElement>(`[data-figure="${id}"]`)?.focus());
    };
    return html`<section class="zone figures">
      ${renderHeading(this.headingLevel + 1, t('figures'), { id: 'figures-title', className: 'zone-title' })}
      <p class="zone-question">${t('figuresHint')}</p>
      ${participant.figures.length
        ? html`<ul class="figure-list">
            ${participant.figures.map(
              (f) => html`<li>
                <span>${f.label || t('figure')} — ${this.zoneName(f.x, f.y, zones)}</span>
                <button
                  type="button"
                  class="button quiet"
                  data-action="remove-figure"
                  @click=${() => {
                    this.change((ws) => {
                      if (this.pick.isPicked(f.id)) this.pick.release();
                      const p = activeParticipant(ws);
                      p.figures = p.figures.filter((g) => g.id !== f.id);
                    });
                    this.announce(t('figureRemoved', { label: f.label || t('figure') }));
                    // The button is gone with its figure: the cursor goes to the field that adds one.
                    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('#figure-label')?.focus());
                  }}
                >
                  ${t('removeFigure', { label: f.label || t('figure') })}
                </button>
              </li>`,
            )}
          </ul>`
        : nothing}
      <label class="figure-name" for="figure-label">${t('figureLabel')}</label>
      ${renderAddRow({
        id: 'figure-label',
        buttonLabel: t('addFigure'),
        maxLength: 80,
        action: 'add-figure',
        onAdd: (field) => add(field as HTMLInputElement),
      })}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kjk-octagon': KjkOctagon;
  }
}
