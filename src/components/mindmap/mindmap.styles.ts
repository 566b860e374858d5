import { css } from 'lit';

export const mindmapStyles = css`
  .map-paper {
    fill: var(--_paper);
    stroke: color-mix(in srgb, var(--_accent) 45%, transparent);
    stroke-width: 1.5;
  }
  .centre {
    fill: color-mix(in srgb, var(--_accent) 22%, var(--_paper));
    stroke: var(--_ink);
    stroke-width: 2;
  }
  .centre-text {
    display: grid;
    place-items: center;
    height: 100%;
    text-align: center;
    font-size: var(--_centre-size, 13px);
    font-weight: 800;
    line-height: 1.15;
    color: var(--_ink);
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  /* A long topic ends in "…" inside the ellipse; it is whole in the field above and in the map's name. */
  .centre-words {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_centre-lines, 3);
    overflow: hidden;
  }
  .centre-text.empty {
    font-weight: 600;
    color: var(--_text-muted);
  }
  .pictogram-path {
    fill: none;
    stroke: var(--_pen);
    stroke-width: 1.8;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .picture {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: contain;
  }
  .picture-frame {
    fill: none;
    stroke: var(--_paper);
    stroke-width: 3;
  }
  .item-hit {
    fill: transparent;
    stroke: none;
  }
  .item {
    outline: none;
  }
  .item.movable {
    cursor: grab;
    touch-action: none;
  }
  .item:focus-visible .item-hit {
    stroke: var(--_focus);
    stroke-width: 3;
    stroke-dasharray: 5 3;
  }
  /* Picked to move: a thicker, tighter dashed frame than focus, and it stays while focus moves to the buttons. */
  .item.picked .item-hit {
    stroke: var(--_focus);
    stroke-width: 5;
    stroke-dasharray: 3 2;
  }
  .resize-handle {
    fill: var(--_paper);
    stroke: var(--_ink);
    stroke-width: 2;
    cursor: nwse-resize;
    touch-action: none;
  }
  .examples {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em;
    margin: 0.5em 0 0;
  }
  .pictograms {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
    margin-block-end: 0.6em;
    padding: 0.5em;
    border-radius: 0.7em;
    background: var(--_paper);
    border: 1px solid color-mix(in srgb, var(--_accent) 40%, transparent);
  }
  .pictogram-button {
    display: inline-grid;
    place-items: center;
    /* A button's own font is 13.3px; the em below are the sheet's. */
    font: inherit;
    inline-size: 2.9em;
    block-size: 2.9em;
    padding: 0;
    border: 1px solid color-mix(in srgb, var(--_accent) 40%, transparent);
    border-radius: 0.5em;
    background: var(--_surface);
    cursor: pointer;
  }
  .pictogram-button svg {
    inline-size: 1.8em;
    block-size: 1.8em;
  }
  .item-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.8em;
  }
  .item-list li {
    display: grid;
    grid-template-columns: 3.5em minmax(0, 1fr);
    gap: 0.3em 0.7em;
    align-items: center;
  }
  .thumb {
    inline-size: 3.5em;
    block-size: 3.5em;
    border-radius: 0.4em;
    background: var(--_surface);
  }
  .item-description {
    display: grid;
    gap: 0.2em;
    font-size: 0.95em;
  }
  .item-actions {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
  }
  .open-questions ul {
    margin: 0.3em 0 0;
    padding-inline-start: 1.2em;
  }
  .open-questions li {
    margin-block: 0.25em;
  }
  /*
   * On a phone the screen's width is the limit (the map keeps its 4 : 3, the shape every saved map and the
   * print share), so the map takes all of it the element has: edge to edge, past the sheet's padding
   * (the same clamp as .ws). A full-screen mode would win only that padding too, at the cost of a mode.
   */
  @container (max-width: 30em) {
    .sheet svg.drawing {
      /* Drawn at two thirds of its size or less here: the topic stays about 12 px (a custom
         property, because container queries do not reach into the foreignObject). */
      --_centre-size: 18px;
      --_centre-lines: 2;
      --_bleed: clamp(0.8em, 3cqi, 2em);
      width: calc(100% + 2 * var(--_bleed));
      max-width: none;
      margin-inline: calc(-1 * var(--_bleed));
    }
  }
  /* A mind map needs room to draw: the sheet spans the width, the zones go below it. */
  @container (min-width: 760px) {
    .fill {
      grid-template-columns: minmax(0, 1fr);
    }
    .sheet {
      position: static;
    }
    .sheet svg.drawing {
      max-width: 52em;
    }
    .zones {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .zones > .hint {
      grid-column: 1 / -1;
    }
  }
  @media (forced-colors: active) {
    .pictogram-path {
      stroke: CanvasText;
    }
    .map-paper,
    .centre {
      fill: Canvas;
      stroke: CanvasText;
    }
    .centre-text {
      color: CanvasText;
    }
  }
`;
