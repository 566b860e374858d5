import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { WorksheetElement, type SheetOptions } from '../../internal/worksheet/worksheet-element.js';
import { mindmapDecks } from '../../internal/content/work-format-decks.js';
import type { Card } from '../../internal/content/deck-schema.js';
import type { Drawing, MapItem, Participant } from '../../internal/session/state.js';
import type { Messages } from '../../internal/i18n.js';
import { mindmapMessages, sketchMessages } from '../../internal/messages.js';
import { activeParticipant, newId, type Zone } from '../../internal/worksheet/model.js';
import { zonesOf } from '../../internal/worksheet/zones.js';
import { SketchController, emptyDrawing } from '../../internal/sketch/sketch-controller.js';
import { PickController, arrowMove, capturePointer, toSheetPoint } from '../../internal/svg-pointer.js';
import { sketchStyles } from '../../internal/sketch/sketch.styles.js';
import { PICTOGRAMS, PICTOGRAM_NAMES } from '../../internal/mindmap/pictograms.js';
import { downscalePicture, paintPictures } from '../../internal/mindmap/picture.js';
import { extent, freeSpot } from '../../internal/mindmap/placement.js';
import { mindmapStyles } from './mindmap.styles.js';
import { renderHeading } from '../../internal/heading.js';

/** The sheet: 400 × 300 around its centre. */
const SHEET = { x: -200, y: -150, width: 400, height: 300 };
const MAX_ITEMS = 40;
const STEP = 8;
/** A move button goes as far as Shift with an arrow key: a tap is coarser than a key. */
const BUTTON_STEP = STEP * 3;
const clamp = (v: number, min: number, max: number) => Math.round(Math.max(min, Math.min(max, v)));
/**
 * @tag kjk-mindmap
 * @summary Werkvorm 4, Beeldvormen: a visual mind map in images, not words. The central concept in the middle;
 * each participant draws with pens in colours (mouse, touch, stylus; undo) and adds photos from their own device
 * (downscaled, never uploaded) and pictograms; then they ask each other open questions.
 *
 * A new picture or pictogram lands in free space near the central concept, never on another item.
 * Layers, bottom first: pictures (photos) lie under the pen lines, so you can draw on and around a photo;
 * pictograms lie on top of the lines, like stickers; the item picked to move comes in front of everything
 * until it is let go (the saved order does not change). A tap on an item picks it in either tool; with the
 * pen, a drag that starts on an item draws. On a narrow screen the map spans the element edge to edge.
 *
 * @attr lang - `nl` (default) or `en`, here or on an ancestor.
 * @csspart sheet - The mind map with its drawing tools.
 * @csspart participants - Participants and "Deel je bevindingen".
 * @csspart instructions - The card's instructions, foldable.
 * @csspart tools - Print, copy, download and import.
 * @csspart share - The shared view of every participant's mind map.
 * @csspart session - The privacy line (only when the worksheet keeps its own session).
 * @event {CustomEvent<{ state: SessionState }>} kjk-change - Any change to the saved state (when it keeps its own session).
 * @cssprop [--kjk-section-work-format=#3f7fc6] - Colour of the sheet; `--kjk-section-work-format-ink` for lines and text.
 * @cssprop [--kjk-paper=#ffffff] - Background of the sheet and the fields (dark: #2d2a26).
 * @cssprop [--kjk-pen-ink=#24211d] - The pens: also `--kjk-pen-red`, `-orange`, `-green`, `-blue`, `-purple`.
 */
export class KjkMindmap extends WorksheetElement {
  static override styles = [...WorksheetElement.styles, sketchStyles, mindmapStyles];

  protected readonly kind = 'mindmap';
  protected readonly cardId = 'work-format-4';
  protected readonly decks = mindmapDecks;
  /** The map is wider than high: on A4 it only fits at a readable size lying down. */
  protected override readonly printOrientation = 'landscape';

  /** @internal */
  protected readonly sketch = new SketchController(
    this,
    this.locale,
    (recipe) => this.changeDrawing(recipe),
    (event) => this.tapWithPen(event),
  );

  @state() private picking = false;
  /** An item being moved or resized by pointer: drawn here, saved when it is let go. */
  @state() private dragging?: { id: string; x: number; y: number; size: number; mode: 'move' | 'size'; dx: number; dy: number };
  /** An item picked to move by a tap, Enter or Space: a tap on a place or a move button moves it. */
  private readonly pick = new PickController(this, (spot) => {
    const item = this.items.find((i) => i.id === spot.id);
    if (item) this.moveItem(item, spot.x, spot.y);
  });

  protected override messages(): Messages[] {
    return [mindmapMessages, sketchMessages];
  }

  private m = (key: string, values?: Record<string, string | number>) => this.locale.t(`mindmap.${key}`, values);

  protected override topicText(): { label: string; hint: string } {
    return { label: this.m('topic'), hint: this.m('topicHint') };
  }

  protected zones(card: Card): Zone[] {
    return zonesOf(card);
  }

  protected override describeItem(item: MapItem): string {
    return this.itemName(item);
  }

  private itemName(item: MapItem): string {
    if (item.description.trim()) return item.description.trim();
    return item.kind === 'pictogram' ? this.m(item.name) : this.m('photo');
  }

  private changeDrawing(recipe: (drawing: Drawing) => void): void {
    this.change((ws) => recipe((activeParticipant(ws).drawing ??= emptyDrawing())));
  }

  private changeItem(id: string, recipe: (item: MapItem) => void): void {
    this.changeDrawing((d) => {
      const item = d.items.find((i) => i.id === id);
      if (item) recipe(item);
    });
  }

  private get items(): MapItem[] {
    return activeParticipant(this.worksheet).drawing?.items ?? [];
  }

  private async focusItem(id: string | undefined): Promise<void> {
    await this.updateComplete;
    const target = id ? `[data-item="${id}"]` : '[data-action="add-pictogram"]';
    this.shadowRoot?.querySelector<HTMLElement | SVGElement>(target)?.focus();
  }

  private addItem(item: MapItem): boolean {
    if (this.items.length >= MAX_ITEMS) {
      this.say(this.m('tooMany', { n: MAX_ITEMS }), true);
      return false;
    }
    this.changeDrawing((d) => d.items.push(item));
    this.announce(this.m('added', { name: this.itemName(item) }));
    return true;
  }

  /** New items land in free space near the centre, so they do not cover each other, the concept or the drawing. */
  private freeSpot(size: { width: number; height: number }): { x: number; y: number } {
    return freeSpot(SHEET, size, this.items, activeParticipant(this.worksheet).drawing?.strokes ?? []);
  }

  private addPictogram(name: string): void {
    const id = newId('i');
    const size = 48;
    const added = this.addItem({ kind: 'pictogram', id, name, pen: this.sketch.pen, ...this.freeSpot({ width: size, height: size }), size, description: '' });
    this.picking = false;
    if (added) void this.focusItem(id);
  }

  private onPicture = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const picture = await downscalePicture(file);
    if (!picture) {
      this.say(this.m('notAPicture'), true);
      return;
    }
    const id = newId('i');
    const photos = this.items.filter((i) => i.kind === 'picture').length;
    const size = 110;
    const spot = this.freeSpot(extent({ kind: 'picture', size, ratio: picture.ratio }));
    if (!this.addItem({ kind: 'picture', id, src: picture.src, ratio: picture.ratio, ...spot, size, description: this.m('photoN', { n: photos + 1 }) })) return;
    await this.updateComplete;
    // Storage may be full: the photo stays on screen and what was saved before is untouched.
    if (this.session.store?.problem === 'quota') this.say(this.m('quota'), true);
    else this.say(this.m('pictureSaved'));
    void this.focusItem(id);
  };

  private removeItem(item: MapItem): void {
    const index = this.items.findIndex((i) => i.id === item.id);
    if (this.pick.isPicked(item.id)) this.pick.release();
    this.changeDrawing((d) => void (d.items = d.items.filter((i) => i.id !== item.id)));
    this.announce(this.m('removed', { name: this.itemName(item) }));
    const next = this.items[Math.min(index, this.items.length - 1)];
    void this.focusItem(next?.id);
  }

  /** Where a point lies on the map, in words: "linksboven", "in het midden". */
  private where(x: number, y: number): string {
    const column = x < SHEET.x + SHEET.width / 3 ? 'Left' : x > SHEET.x + (SHEET.width * 2) / 3 ? 'Right' : '';
    const row = y < SHEET.y + SHEET.height / 3 ? 'Top' : y > SHEET.y + (SHEET.height * 2) / 3 ? 'Bottom' : '';
    return this.m(`at${row}${column}` === 'at' ? 'atCentre' : `at${row}${column}`);
  }

  /** Moves an item (kept on the map) and says where it is now. */
  private moveItem(item: MapItem, x: number, y: number): void {
    const to = { x: clamp(x, SHEET.x, SHEET.x + SHEET.width), y: clamp(y, SHEET.y, SHEET.y + SHEET.height) };
    this.changeItem(item.id, (i) => Object.assign(i, to));
    this.announce(this.m('moved', { name: this.itemName(item), where: this.where(to.x, to.y) }));
  }

  /** After a tap, Enter or Space on an item: says it is picked, or where it stays. */
  private saidPicked(item: MapItem): void {
    this.announce(
      this.pick.isPicked(item.id)
        ? this.m('itemPicked', { name: this.itemName(item) })
        : this.m('moved', { name: this.itemName(item), where: this.where(item.x, item.y) }),
    );
  }

  /** Picks or lets go of an item. Picking takes the move tool: the pen would draw where a tap should place. */
  private togglePick(item: MapItem): void {
    this.pick.toggle(item);
    if (this.pick.picked) this.sketch.tool = 'move';
    this.saidPicked(item);
  }

  /**
   * A tap with the pen on a picture or pictogram picks it, as in the move tool: the drawing surface lies on
   * top, so the pen hears the tap first. The topmost item under the tap is the one you see.
   */
  private tapWithPen(event: PointerEvent): boolean {
    const { x, y } = toSheetPoint(event);
    const item = this.layered(this.items)
      .filter((i): i is MapItem => i !== 'strokes')
      .reverse()
      .find((i) => {
        const { width, height } = extent(i);
        return Math.abs(x - i.x) <= width / 2 + 4 && Math.abs(y - i.y) <= height / 2 + 4;
      });
    if (!item) return false;
    this.togglePick(item);
    void this.focusItem(item.id);
    return true;
  }

  private resize(item: MapItem, factor: number): void {
    const size = clamp(item.size * factor, 16, 300);
    this.changeItem(item.id, (i) => void (i.size = size));
    // Said as a change, not a number: "groter gemaakt" means something, "nu 70 groot" does not.
    this.announce(this.m(size >= item.size ? 'grown' : 'shrunk'));
  }

  private onItemKey(event: KeyboardEvent, item: MapItem): void {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.togglePick(item);
      return;
    }
    // Escape puts the picked item back and says where.
    if (this.pick.key(event, item)) return;
    const move = arrowMove(event, STEP);
    if (move) {
      event.preventDefault();
      this.moveItem(item, item.x + move[0], item.y + move[1]);
    } else if (event.key === '+' || event.key === '=') {
      event.preventDefault();
      this.resize(item, 1.2);
    } else if (event.key === '-' || event.key === '_') {
      event.preventDefault();
      this.resize(item, 1 / 1.2);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      this.removeItem(item);
    }
  }

  private startDrag(event: PointerEvent, item: MapItem, mode: 'move' | 'size'): void {
    event.stopPropagation();
    capturePointer(event);
    this.pick.down(event, item.id);
    const p = toSheetPoint(event);
    this.dragging = { id: item.id, x: item.x, y: item.y, size: item.size, mode, dx: p.x - item.x, dy: p.y - item.y };
  }

  private drag(event: PointerEvent): void {
    const d = this.dragging;
    // Until the pointer goes further than a tap goes, the press may still be a tap that picks.
    if (!d || !this.pick.dragging(event, d.id)) return;
    const p = toSheetPoint(event);
    if (d.mode === 'move') this.dragging = { ...d, x: p.x - d.dx, y: p.y - d.dy };
    else this.dragging = { ...d, size: clamp(2 * Math.max(Math.abs(p.x - d.x), Math.abs(p.y - d.y)), 16, 300) };
  }

  private drop(event: PointerEvent, item: MapItem): void {
    const d = this.dragging;
    if (!d || d.id !== item.id) return;
    this.dragging = undefined;
    const press = this.pick.up(event, item.id);
    if (press === 'tap') {
      if (d.mode === 'move') {
        this.togglePick(item);
        void this.focusItem(item.id);
      }
    } else if (press === 'drag' && d.mode === 'move') {
      if (this.pick.isPicked(item.id)) this.pick.release();
      this.moveItem(item, d.x, d.y);
    } else if (press === 'drag') {
      this.changeItem(item.id, (i) => void (i.size = d.size));
      this.announce(this.m(d.size >= item.size ? 'grown' : 'shrunk'));
    }
  }

  /** Puts the picked item at a place on the map (a tap) and lets go of it. */
  private place(x: number, y: number): void {
    const item = this.items.find((i) => i.id === this.pick.picked?.id);
    if (!item) return;
    this.pick.release();
    this.moveItem(item, x, y);
    void this.focusItem(item.id);
  }

  /** The item that had focus before an update: raising it moves its node, and a moved node loses focus. */
  private focusedItem?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.focusedItem = this.shadowRoot?.activeElement?.getAttribute('data-item') ?? undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const root = this.shadowRoot!;
    if (this.focusedItem && !root.activeElement) root.querySelector<SVGElement>(`[data-item="${this.focusedItem}"]`)?.focus();
    this.focusedItem = undefined;
    const pictures = new Map(
      this.worksheet.participants.flatMap((p) => (p.drawing?.items ?? []).map((i) => [i.id, i.kind === 'picture' ? i.src : undefined] as const)),
    );
    void paintPictures(root, (id) => pictures.get(id));
  }

  // Rendering

  protected override renderTopicExtras(): TemplateResult | typeof nothing {
    const card = this.card;
    if (card?.worksheet?.kind !== 'mindmap') return nothing;
    return html`<p class="examples">
      <span>${this.m('examples')}</span>
      ${card.worksheet.examples.map(
        (example) => html`<button
          type="button"
          class="chip"
          data-example=${example}
          aria-pressed=${this.worksheet.topic === example ? 'true' : 'false'}
          @click=${() => this.change((ws) => void (ws.topic = example))}
        >
          ${example}
        </button>`,
      )}
    </p>`;
  }

  private renderPictogram(name: string) {
    return svg`<path class="pictogram-path" d=${PICTOGRAMS[name] ?? ''}></path>`;
  }

  private renderItem(item: MapItem, interactive: boolean) {
    const live = this.dragging?.id === item.id ? this.dragging : undefined;
    const x = live?.x ?? item.x;
    const y = live?.y ?? item.y;
    const size = live?.size ?? item.size;
    const { width, height } = extent(item, size);
    const body =
      item.kind === 'picture'
        ? svg`<foreignObject x=${-width / 2} y=${-height / 2} width=${width} height=${height}>
              ${html`<canvas class="picture" data-picture=${item.id}></canvas>`}
            </foreignObject>
            <rect class="picture-frame" x=${-width / 2} y=${-height / 2} width=${width} height=${height}></rect>`
        : svg`<g class="pen-${item.pen}" transform="translate(${-size / 2} ${-size / 2}) scale(${size / 24})">${this.renderPictogram(item.name)}</g>`;
    if (!interactive) return svg`<g class="item" transform="translate(${x} ${y})">${body}</g>`;
    const moving = this.sketch.tool === 'move';
    const picked = this.pick.isPicked(item.id);
    return svg`<g
      class="item ${moving ? 'movable' : ''} ${picked ? 'picked' : ''}"
      data-item=${item.id}
      transform="translate(${x} ${y})"
      tabindex="0"
      role="button"
      aria-pressed=${picked ? 'true' : 'false'}
      aria-label=${this.m('itemName', { name: this.itemName(item) })}
      aria-describedby="${picked ? 'picked-help' : 'pick-help'} item-keys"
      @keydown=${(e: KeyboardEvent) => this.onItemKey(e, item)}
      @pointerdown=${(e: PointerEvent) => moving && this.startDrag(e, item, 'move')}
      @pointermove=${(e: PointerEvent) => this.drag(e)}
      @pointerup=${(e: PointerEvent) => this.drop(e, item)}
      @pointercancel=${() => {
        this.pick.lost();
        this.dragging = undefined;
      }}
    >
      <rect class="item-hit" x=${-width / 2 - 4} y=${-height / 2 - 4} width=${width + 8} height=${height + 8} rx="6"></rect>
      ${body}
      ${moving
        ? svg`<circle
            class="resize-handle"
            cx=${width / 2}
            cy=${height / 2}
            r="7"
            @pointerdown=${(e: PointerEvent) => this.startDrag(e, item, 'size')}
            @pointermove=${(e: PointerEvent) => this.drag(e)}
            @pointerup=${(e: PointerEvent) => {
              e.stopPropagation();
              this.drop(e, item);
            }}
          ></circle>`
        : nothing}
    </g>`;
  }

  private renderToolbarExtras(): TemplateResult {
    return html`<span class="tool-group">
      <input id="picture" class="file" type="file" accept="image/*" hidden @change=${this.onPicture} />
      <button
        type="button"
        class="button quiet"
        data-action="add-picture"
        @click=${() => this.shadowRoot?.querySelector<HTMLInputElement>('#picture')?.click()}
      >
        ${this.m('addPicture')}
      </button>
      <button
        type="button"
        class="button quiet"
        data-action="add-pictogram"
        aria-expanded=${this.picking ? 'true' : 'false'}
        aria-controls=${this.picking ? 'pictograms' : nothing}
        @click=${() => (this.picking = !this.picking)}
      >
        ${this.m('addPictogram')}
      </button>
    </span>`;
  }

  protected renderSheet(participant: Participant, _zones: Zone[], options: SheetOptions): TemplateResult {
    const drawing = options.blank ? undefined : participant.drawing;
    const items = drawing?.items ?? [];
    const topic = options.blank ? '' : this.worksheet.topic.trim();
    const interactive = options.interactive;
    const pen = interactive && this.sketch.tool === 'pen';
    // With an item picked, a tap on a place puts it there (items keep their own presses: they stop them).
    const placing = interactive && this.sketch.tool === 'move' && !!this.pick.picked;
    return html`${interactive
        ? html`${this.sketch.renderToolbar(drawing, { move: true, extra: this.renderToolbarExtras() })}
          ${this.picking
            ? html`<div id="pictograms" class="pictograms" role="group" aria-label=${this.m('pictograms')}>
                ${PICTOGRAM_NAMES.map(
                  (name) => html`<button
                    type="button"
                    class="pictogram-button"
                    data-pictogram=${name}
                    aria-label=${this.m(name)}
                    title=${this.m(name)}
                    @click=${() => this.addPictogram(name)}
                  >
                    <svg viewBox="0 0 24 24" aria-hidden="true" class="pen-${this.sketch.pen}">${this.renderPictogram(name)}</svg>
                  </button>`,
                )}
              </div>`
            : nothing}
          <p class="hint">${this.locale.t('sketch.areaHint')} ${this.m('pictureLocal')}</p>`
        : nothing}
      <svg
        class="drawing ${pen ? 'pen-active' : ''} ${placing ? 'placing' : ''}"
        viewBox="${SHEET.x} ${SHEET.y} ${SHEET.width} ${SHEET.height}"
        role=${interactive && items.length ? 'group' : 'img'}
        aria-label="${this.m('topic')}: ${topic || '—'}"
        @pointerdown=${(e: PointerEvent) => placing && this.pick.down(e)}
        @pointerup=${(e: PointerEvent) => {
          if (!placing || this.pick.up(e) !== 'tap') return;
          const { x, y } = toSheetPoint(e);
          this.place(x, y);
        }}
      >
        <rect class="map-paper" x=${SHEET.x} y=${SHEET.y} width=${SHEET.width} height=${SHEET.height} rx="16"></rect>
        <ellipse class="centre" rx="72" ry="34"></ellipse>
        <foreignObject x="-66" y="-28" width="132" height="56" aria-hidden="true">
          <div class="centre-text ${topic ? '' : 'empty'}"><span class="centre-words">${topic || this.m('centre')}</span></div>
        </foreignObject>
        ${repeat(
          interactive ? this.layered(items) : this.layered(items, false),
          (layer) => (layer === 'strokes' ? '#strokes' : layer.id),
          (layer) => (layer === 'strokes' ? this.sketch.renderStrokes(drawing) : this.renderItem(layer, interactive)),
        )}
        ${pen ? this.sketch.renderSurface(SHEET) : nothing}
      </svg>
      ${interactive ? this.renderPickPanel(items) : nothing}
    `;
  }

  /**
   * The order the map is painted in, bottom first: pictures, then the pen lines (so you can draw on a photo),
   * then pictograms (stickers on top of the drawing), then the picked item, in front of all. An item being
   * dragged keeps its place: moving its node would let go of the pointer it holds.
   */
  private layered(items: MapItem[], live = true): Array<MapItem | 'strokes'> {
    const front = live ? this.pick.picked?.id : undefined;
    const rest = items.filter((i) => i.id !== front);
    const raised = items.find((i) => i.id === front);
    return [
      ...rest.filter((i) => i.kind === 'picture'),
      'strokes',
      ...rest.filter((i) => i.kind !== 'picture'),
      ...(raised ? [raised] : []),
    ];
  }

  /** While an item is picked: what to do next, and buttons that move it without dragging. */
  private renderPickPanel(items: MapItem[]): TemplateResult {
    const help = html`${this.renderPickHelp()}<p id="item-keys" hidden>${this.m('itemKeys')}</p>`;
    const item = items.find((i) => this.pick.isPicked(i.id));
    if (!item) return help;
    const name = this.itemName(item);
    const moves = [
      ['up', 'moveUp', '↑', 0, -BUTTON_STEP],
      ['down', 'moveDown', '↓', 0, BUTTON_STEP],
      ['left', 'moveLeft', '←', -BUTTON_STEP, 0],
      ['right', 'moveRight', '→', BUTTON_STEP, 0],
    ] as const;
    return html`${help}
      <div
        class="pick-panel"
        role="group"
        aria-label=${this.m('moveItem', { name })}
        @keydown=${(e: KeyboardEvent) => {
          if (e.key !== 'Escape') return;
          e.stopPropagation();
          this.pick.cancel();
          void this.focusItem(item.id);
        }}
      >
        <p>${this.m('itemPicked', { name })}</p>
        ${moves.map(
          ([direction, key, arrow, dx, dy]) => html`<button
            type="button"
            class="button quiet"
            data-move=${direction}
            @click=${() => this.moveItem(item, item.x + dx, item.y + dy)}
          >
            <span aria-hidden="true">${arrow}</span> ${this.m(key)}
          </button>`,
        )}
        <button type="button" class="button quiet" data-move="centre" @click=${() => this.moveItem(item, 0, 0)}>${this.m('toCentre')}</button>
        ${this.renderPickDone(() => {
          this.pick.release();
          this.saidPicked(item);
          void this.focusItem(item.id);
        })}
      </div>`;
  }

  protected override renderExtras(participant: Participant): TemplateResult {
    const items = participant.drawing?.items ?? [];
    const questions = this.card?.worksheet?.kind === 'mindmap' ? this.card.worksheet.openQuestions : [];
    return html`<section class="zone items">
        ${renderHeading(this.headingLevel + 1, this.m('items'), { id: 'items-title', className: 'zone-title' })}
        ${items.length
          ? html`<ul class="item-list">
              ${items.map(
                (item) => html`<li>
                  <svg viewBox="-30 -30 60 60" class="thumb" aria-hidden="true">
                    ${item.kind === 'picture'
                      ? svg`<foreignObject x="-28" y="-28" width="56" height="56">${html`<canvas class="picture" data-picture=${item.id}></canvas>`}</foreignObject>`
                      : svg`<g class="pen-${item.pen}" transform="translate(-24 -24) scale(2)">${this.renderPictogram(item.name)}</g>`}
                  </svg>
                  <label class="item-description">
                    <span>${this.m('description')}</span>
                    <input
                      class="field"
                      data-description=${item.id}
                      maxlength="200"
                      .value=${item.description}
                      @input=${(e: Event) => this.changeItem(item.id, (it) => void (it.description = (e.target as HTMLInputElement).value))}
                    />
                  </label>
                  <span class="item-actions">
                    <button type="button" class="button quiet" data-action="larger" aria-label="${this.m('larger')}: ${this.itemName(item)}" @click=${() => this.resize(item, 1.2)}>
                      ${this.m('larger')}
                    </button>
                    <button type="button" class="button quiet" data-action="smaller" aria-label="${this.m('smaller')}: ${this.itemName(item)}" @click=${() => this.resize(item, 1 / 1.2)}>
                      ${this.m('smaller')}
                    </button>
                    <button type="button" class="button quiet" data-action="remove-item" aria-label="${this.m('removeItem')}: ${this.itemName(item)}" @click=${() => this.removeItem(item)}>
                      ${this.m('removeItem')}
                    </button>
                  </span>
                </li>`,
              )}
            </ul>`
          : html`<p class="zone-question">${this.m('noItems')}</p>`}
      </section>
      <section class="zone open-questions">
        ${renderHeading(this.headingLevel + 1, this.m('openQuestions'), { id: 'open-questions-title', className: 'zone-title' })}
        <ul>
          ${questions.map((q) => html`<li>${q}</li>`)}
        </ul>
      </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kjk-mindmap': KjkMindmap;
  }
}
