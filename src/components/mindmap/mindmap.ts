import { html, nothing, svg, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { WorksheetElement, type SheetOptions } from '../../internal/worksheet/worksheet-element.js';
import { mindmapDecks } from '../../internal/content/work-format-decks.js';
import type { Card } from '../../internal/content/deck-schema.js';
import type { Drawing, MapItem, Participant } from '../../internal/session/state.js';
import type { Messages } from '../../internal/i18n.js';
import { mindmapMessages, sketchMessages } from '../../internal/messages.js';
import { activeParticipant, newId, type Zone } from '../../internal/worksheet/model.js';
import { zonesOf } from '../../internal/worksheet/zones.js';
import { SketchController, emptyDrawing } from '../../internal/sketch/sketch-controller.js';
import { arrowMove, capturePointer, toSheetPoint } from '../../internal/svg-pointer.js';
import { sketchStyles } from '../../internal/sketch/sketch.styles.js';
import { PICTOGRAMS, PICTOGRAM_NAMES } from '../../internal/mindmap/pictograms.js';
import { downscalePicture, paintPictures } from '../../internal/mindmap/picture.js';
import { mindmapStyles } from './mindmap.styles.js';

/** The sheet: 400 × 300 around its centre. */
const SHEET = { x: -200, y: -150, width: 400, height: 300 };
const MAX_ITEMS = 40;
const STEP = 8;
const clamp = (v: number, min: number, max: number) => Math.round(Math.max(min, Math.min(max, v)));

/**
 * @tag kjk-mindmap
 * @summary Werkvorm 4, Beeldvormen: a visual mind map in images, not words. The central concept in the middle;
 * each participant draws with pens in colours (mouse, touch, stylus; undo) and adds photos from their own device
 * (downscaled, never uploaded) and pictograms; then they ask each other open questions.
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
  protected readonly sketch = new SketchController(this, this.locale, (recipe) => this.changeDrawing(recipe));

  @state() private picking = false;
  /** An item being moved or resized by pointer: drawn here, saved when it is let go. */
  @state() private dragging?: { id: string; x: number; y: number; size: number; mode: 'move' | 'size'; dx: number; dy: number };

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

  /** New items land in a ring around the centre, so they do not cover each other or the concept. */
  private freeSpot(): { x: number; y: number } {
    const n = this.items.length;
    const angle = -Math.PI / 2 + n * 0.9;
    return { x: Math.round(Math.cos(angle) * 130), y: Math.round(Math.sin(angle) * 95) };
  }

  private addPictogram(name: string): void {
    const id = newId('i');
    const added = this.addItem({ kind: 'pictogram', id, name, pen: this.sketch.pen, ...this.freeSpot(), size: 48, description: '' });
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
    if (!this.addItem({ kind: 'picture', id, src: picture.src, ratio: picture.ratio, ...this.freeSpot(), size, description: this.m('photoN', { n: photos + 1 }) })) return;
    await this.updateComplete;
    // Storage may be full: the photo stays on screen and what was saved before is untouched.
    if (this.session.store?.problem === 'quota') this.say(this.m('quota'), true);
    else this.say(this.m('pictureSaved'));
    void this.focusItem(id);
  };

  private removeItem(item: MapItem): void {
    const index = this.items.findIndex((i) => i.id === item.id);
    this.changeDrawing((d) => void (d.items = d.items.filter((i) => i.id !== item.id)));
    this.announce(this.m('removed', { name: this.itemName(item) }));
    const next = this.items[Math.min(index, this.items.length - 1)];
    void this.focusItem(next?.id);
  }

  private resize(item: MapItem, factor: number): void {
    const size = clamp(item.size * factor, 16, 300);
    this.changeItem(item.id, (i) => void (i.size = size));
    // Said as a change, not a number: "groter gemaakt" means something, "nu 70 groot" does not.
    this.announce(this.m(size >= item.size ? 'grown' : 'shrunk'));
  }

  private onItemKey(event: KeyboardEvent, item: MapItem): void {
    const move = arrowMove(event, STEP);
    if (move) {
      event.preventDefault();
      const x = clamp(item.x + move[0], SHEET.x, SHEET.x + SHEET.width);
      const y = clamp(item.y + move[1], SHEET.y, SHEET.y + SHEET.height);
      this.changeItem(item.id, (i) => Object.assign(i, { x, y }));
      this.announceMove(item, x, y);
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

  /** "Hart staat nu linksboven": where on the sheet, in thirds, since a coordinate means nothing when heard. */
  private announceMove(item: MapItem, x: number, y: number): void {
    const third = (v: number, start: number, size: number) => Math.min(2, Math.max(0, Math.floor(((v - start) / size) * 3)));
    const row = ['top', '', 'bottom'][third(y, SHEET.y, SHEET.height)];
    const column = ['left', '', 'right'][third(x, SHEET.x, SHEET.width)];
    const place = [row, column].filter(Boolean).join('-') || 'middle';
    this.announce(this.m('movedTo', { name: this.itemName(item), place: this.m(`place-${place}`) }));
  }

  private startDrag(event: PointerEvent, item: MapItem, mode: 'move' | 'size'): void {
    event.stopPropagation();
    capturePointer(event);
    const p = toSheetPoint(event);
    this.dragging = { id: item.id, x: item.x, y: item.y, size: item.size, mode, dx: p.x - item.x, dy: p.y - item.y };
  }

  private drag(event: PointerEvent): void {
    const d = this.dragging;
    if (!d) return;
    const p = toSheetPoint(event);
    if (d.mode === 'move') this.dragging = { ...d, x: p.x - d.dx, y: p.y - d.dy };
    else this.dragging = { ...d, size: clamp(2 * Math.max(Math.abs(p.x - d.x), Math.abs(p.y - d.y)), 16, 300) };
  }

  private drop(item: MapItem): void {
    const d = this.dragging;
    if (!d || d.id !== item.id) return;
    this.dragging = undefined;
    const x = clamp(d.x, SHEET.x, SHEET.x + SHEET.width);
    const y = clamp(d.y, SHEET.y, SHEET.y + SHEET.height);
    this.changeItem(item.id, (i) => Object.assign(i, { x, y, size: d.size }));
    if (d.mode === 'move') this.announceMove(item, x, y);
    else this.announce(this.m(d.size >= item.size ? 'grown' : 'shrunk'));
  }

  protected override updated(): void {
    const pictures = new Map(
      this.worksheet.participants.flatMap((p) => (p.drawing?.items ?? []).map((i) => [i.id, i.kind === 'picture' ? i.src : undefined] as const)),
    );
    void paintPictures(this.shadowRoot!, (id) => pictures.get(id));
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
    const width = item.kind === 'picture' ? (item.ratio >= 1 ? size : size * item.ratio) : size;
    const height = item.kind === 'picture' ? (item.ratio >= 1 ? size / item.ratio : size) : size;
    const body =
      item.kind === 'picture'
        ? svg`<foreignObject x=${-width / 2} y=${-height / 2} width=${width} height=${height}>
              ${html`<canvas class="picture" data-picture=${item.id}></canvas>`}
            </foreignObject>
            <rect class="picture-frame" x=${-width / 2} y=${-height / 2} width=${width} height=${height}></rect>`
        : svg`<g class="pen-${item.pen}" transform="translate(${-size / 2} ${-size / 2}) scale(${size / 24})">${this.renderPictogram(item.name)}</g>`;
    if (!interactive) return svg`<g class="item" transform="translate(${x} ${y})">${body}</g>`;
    const moving = this.sketch.tool === 'move';
    return svg`<g
      class="item ${moving ? 'movable' : ''}"
      data-item=${item.id}
      transform="translate(${x} ${y})"
      tabindex="0"
      role="button"
      aria-label=${this.m('itemName', { name: this.itemName(item) })}
      @keydown=${(e: KeyboardEvent) => this.onItemKey(e, item)}
      @pointerdown=${(e: PointerEvent) => moving && this.startDrag(e, item, 'move')}
      @pointermove=${(e: PointerEvent) => this.drag(e)}
      @pointerup=${() => this.drop(item)}
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
              this.drop(item);
            }}
          ></circle>`
        : nothing}
    </g>`;
  }

  private renderToolbarExtras(): TemplateResult {
    return html`<span class="tool-group">
      <input id="picture" class="visually-hidden file" type="file" accept="image/*" @change=${this.onPicture} />
      <label for="picture" class="button quiet" data-action="add-picture">${this.m('addPicture')}</label>
      <button
        type="button"
        class="button quiet"
        data-action="add-pictogram"
        aria-expanded=${this.picking ? 'true' : 'false'}
        aria-controls="pictograms"
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
        class="drawing ${pen ? 'pen-active' : ''}"
        viewBox="${SHEET.x} ${SHEET.y} ${SHEET.width} ${SHEET.height}"
        role=${interactive && items.length ? 'group' : 'img'}
        aria-label="${this.m('topic')}: ${topic || '—'}"
      >
        <rect class="map-paper" x=${SHEET.x} y=${SHEET.y} width=${SHEET.width} height=${SHEET.height} rx="16"></rect>
        <ellipse class="centre" rx="72" ry="34"></ellipse>
        <foreignObject x="-66" y="-28" width="132" height="56" aria-hidden="true">
          <div class="centre-text ${topic ? '' : 'empty'}">${topic || this.m('centre')}</div>
        </foreignObject>
        ${items.map((item) => this.renderItem(item, interactive))} ${this.sketch.renderStrokes(drawing)}
        ${pen ? this.sketch.renderSurface(SHEET) : nothing}
      </svg>`;
  }

  protected override renderExtras(participant: Participant): TemplateResult {
    const items = participant.drawing?.items ?? [];
    const questions = this.card?.worksheet?.kind === 'mindmap' ? this.card.worksheet.openQuestions : [];
    return html`<section class="zone items" aria-labelledby="items-title">
        <h3 id="items-title">${this.m('items')}</h3>
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
      <section class="zone open-questions" aria-labelledby="open-questions-title">
        <h3 id="open-questions-title">${this.m('openQuestions')}</h3>
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
