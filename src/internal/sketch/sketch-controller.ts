import { html, svg, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { PENS, type Drawing, type Pen, type Stroke } from '../session/state.js';
import type { LocaleController } from '../i18n.js';
import { newId } from '../worksheet/model.js';
import { TAP_SLOP, capturePointer, toSheetPoint } from '../svg-pointer.js';
import { RovingTabindexController } from '../roving-tabindex.js';

export const PEN_WIDTHS = [2, 5, 10] as const;
export type PenWidth = (typeof PEN_WIDTHS)[number];

/** Points closer than this (in sheet units) add nothing to a line but bytes. */
const MIN_STEP = 1.5;

/** A pen line as an SVG path of straight segments, one decimal: small to store, valid for the schema. */
export function pathOf(points: Array<[number, number]>): string {
  const [first, ...rest] = points.map(([x, y]) => `${Math.round(x * 10) / 10} ${Math.round(y * 10) / 10}`);
  return `M${first}${rest.map((p) => ` L${p}`).join('')}`;
}

export function emptyDrawing(): Drawing {
  return { strokes: [], items: [] };
}

/**
 * Freehand drawing with a pen in colours and widths, by mouse, touch and stylus, with undo:
 * written once for the mind map and the action card's sketch. The line being drawn lives
 * here; it is saved through `save` when the pen is lifted.
 */
export class SketchController {
  pen: Pen = 'ink';
  width: PenWidth = 5;
  /** The mind map also moves its pictures; the sketch only draws. */
  tool: 'pen' | 'move' = 'pen';
  announcement = '';
  private live?: { id: number; points: Array<[number, number]>; from: [number, number]; far: boolean };
  /** Thirteen controls, one tab stop: the arrow keys move among them. */
  private readonly roving: RovingTabindexController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly locale: LocaleController,
    private readonly save: (recipe: (drawing: Drawing) => void) => void,
    /**
     * A tap (no movement) with the pen: true when the host took it (the mind map picks the picture
     * under it), so no dot is drawn. A drag always draws.
     */
    private readonly tapped?: (event: PointerEvent) => boolean,
  ) {
    this.roving = new RovingTabindexController(host, () => host.shadowRoot?.querySelector<HTMLElement>('.sketch-tools'));
  }

  private t = (key: string, values?: Record<string, string | number>) => this.locale.t(`sketch.${key}`, values);

  private toSheet(event: PointerEvent): [number, number] {
    const { x, y } = toSheetPoint(event);
    return [x, y];
  }

  private down = (event: PointerEvent) => {
    if (event.button > 0) return;
    capturePointer(event);
    this.live = { id: event.pointerId, points: [this.toSheet(event)], from: [event.clientX, event.clientY], far: false };
    this.host.requestUpdate();
  };

  private move = (event: PointerEvent) => {
    if (!this.live || this.live.id !== event.pointerId) return;
    this.live.far ||= Math.hypot(event.clientX - this.live.from[0], event.clientY - this.live.from[1]) > TAP_SLOP;
    const [x, y] = this.toSheet(event);
    const [lx, ly] = this.live.points[this.live.points.length - 1];
    if (Math.hypot(x - lx, y - ly) < MIN_STEP) return;
    this.live.points.push([x, y]);
    this.host.requestUpdate();
  };

  private up = (event: PointerEvent) => {
    const live = this.live;
    if (!live || live.id !== event.pointerId) return;
    const far = live.far || Math.hypot(event.clientX - live.from[0], event.clientY - live.from[1]) > TAP_SLOP;
    if (!far && this.tapped?.(event)) {
      this.live = undefined;
      this.host.requestUpdate();
      return;
    }
    this.end();
  };

  /** The pen is lifted (or the browser took the pointer): the line is kept. */
  private end = () => {
    const live = this.live;
    this.live = undefined;
    if (!live) return;
    // A tap is a dot: a line of two points on one spot.
    const points = live.points.length > 1 ? live.points : [live.points[0], [live.points[0][0] + 0.1, live.points[0][1]] as [number, number]];
    const stroke: Stroke = { id: newId('s'), pen: this.pen, width: this.width, d: pathOf(points) };
    this.save((drawing) => drawing.strokes.push(stroke));
    this.announcement = this.t('drawn');
  };

  undo(): void {
    this.save((drawing) => void drawing.strokes.pop());
    this.announcement = this.t('undone');
  }

  /** Pens, widths, (pen or move) and undo. */
  renderToolbar(drawing: Drawing | undefined, options: { move?: boolean; extra?: TemplateResult } = {}): TemplateResult {
    const t = this.t;
    const pressed = (on: boolean) => (on ? 'true' : 'false');
    const set = (change: () => void) => () => {
      change();
      this.host.requestUpdate();
    };
    return html`<div
      class="sketch-tools"
      role="toolbar"
      aria-label=${t('tools')}
      @keydown=${this.roving.keydown}
      @focusin=${this.roving.focusin}
    >
      ${options.move
        ? html`<span class="tool-group" role="group" aria-label=${t('tools')}>
            ${(['pen', 'move'] as const).map(
              (tool) => html`<button
                type="button"
                class="chip"
                data-tool=${tool}
                aria-pressed=${pressed(this.tool === tool)}
                @click=${set(() => (this.tool = tool))}
              >
                ${t(tool)}
              </button>`,
            )}
          </span>`
        : nothing}
      <span class="tool-group pens" role="group" aria-label=${t('colour')}>
        ${PENS.map(
          (pen) => html`<button
            type="button"
            class="pen-button"
            data-pen=${pen}
            aria-label=${t(pen)}
            title=${t(pen)}
            aria-pressed=${pressed(this.pen === pen)}
            @click=${set(() => {
              this.pen = pen;
              this.tool = 'pen';
            })}
          >
            <svg viewBox="0 0 20 20" aria-hidden="true"><circle class="swatch pen-${pen}" cx="10" cy="10" r="7"></circle></svg>
          </button>`,
        )}
      </span>
      <span class="tool-group" role="group" aria-label=${t('width')}>
        ${PEN_WIDTHS.map(
          (width, i) => html`<button
            type="button"
            class="pen-button"
            data-width=${width}
            aria-label=${t(['thin', 'medium', 'thick'][i])}
            title=${t(['thin', 'medium', 'thick'][i])}
            aria-pressed=${pressed(this.width === width)}
            @click=${set(() => {
              this.width = width;
              this.tool = 'pen';
            })}
          >
            <svg viewBox="0 0 20 20" aria-hidden="true"><line class="width-sample" x1="4" y1="10" x2="16" y2="10" stroke-width=${width}></line></svg>
          </button>`,
        )}
      </span>
      <button
        type="button"
        class="button quiet"
        data-action="undo"
        ?disabled=${!drawing?.strokes.length}
        @click=${() => this.undo()}
      >
        ↶ ${t('undo')}
      </button>
      ${options.extra ?? nothing}
      <span class="visually-hidden" aria-live="polite">${this.announcement}</span>
    </div>`;
  }

  renderStrokes(drawing: Drawing | undefined) {
    const live = this.live;
    return svg`<g class="strokes">
      ${(drawing?.strokes ?? []).map((s) => svg`<path class="stroke pen-${s.pen}" stroke-width=${s.width} d=${s.d}></path>`)}
      ${live && live.points.length > 1
        ? svg`<path class="stroke pen-${this.pen}" stroke-width=${this.width} d=${pathOf(live.points)}></path>`
        : nothing}
    </g>`;
  }

  /** The surface the pen draws on; it lies on top only while the pen is the tool. */
  renderSurface(box: { x: number; y: number; width: number; height: number }) {
    if (this.tool !== 'pen') return nothing;
    return svg`<rect
      class="draw-surface"
      x=${box.x}
      y=${box.y}
      width=${box.width}
      height=${box.height}
      @pointerdown=${this.down}
      @pointermove=${this.move}
      @pointerup=${this.up}
      @pointercancel=${this.end}
    ></rect>`;
  }
}
