import { css } from 'lit';

/** The look every worksheet shares: the sheet as the hero, zones as paper, notes as slips. */
export const worksheetStyles = css`
  .worksheet {
    --_accent: var(--_work-format);
    --_ink: var(--_work-format-ink);
    container-type: inline-size;
  }
  .worksheet[data-section='action'] {
    --_accent: var(--_action);
    --_ink: var(--_action-ink);
  }
  .worksheet[data-section='introduction'] {
    --_accent: var(--_introduction);
    --_ink: var(--_introduction-ink);
  }
  .ws {
    background: var(--_surface);
    border-radius: var(--_radius);
    border-block-start: 0.65em solid var(--_accent);
    box-shadow: var(--_shadow);
    padding: 1.2em clamp(0.8em, 3cqi, 2em) 1.4em;
  }
  [hidden] {
    display: none !important;
  }
  .ws.bare {
    box-shadow: none;
    border-block-start: 0;
    padding: 0;
    background: transparent;
  }
  .ws-head .meta {
    margin: 0;
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_ink);
  }
  /* Headings by class: their level depends on where the element is hosted. */
  .ws-title {
    /* Hosted, it is an h3: not the small capitals of a card's heading blocks. */
    text-transform: none;
    letter-spacing: normal;
    margin: 0.1em 0 0.3em;
    font-size: 1.7em;
    line-height: 1.2;
    color: var(--_ink);
  }
  .lead {
    margin: 0 0 1em;
    max-width: 65ch;
    font-size: 1.1em;
    font-weight: 600;
  }
  .ws-layout {
    display: grid;
    /* minmax(0, …): long content wraps instead of widening the sheet past a 320px screen. */
    grid-template-columns: minmax(0, 1fr);
    gap: 1em 1.6em;
  }
  .instructions {
    border: 1px solid color-mix(in srgb, var(--_accent) 40%, transparent);
    border-radius: 0.6em;
    padding: 0 1em;
    background: color-mix(in srgb, var(--_accent) 6%, var(--_surface));
    align-self: start;
  }
  .instructions summary {
    min-height: 2.75em;
    display: flex;
    align-items: center;
    font-weight: 700;
    color: var(--_ink);
    cursor: pointer;
  }
  .instructions-body {
    padding-block-end: 0.6em;
    max-width: 65ch;
  }
  .instructions-body > * {
    margin-block: 0 0.7em;
  }
  .topic label,
  .participant-name label {
    display: block;
    font-weight: 700;
    margin-block-end: 0.3em;
  }
  .topic .field {
    font-size: 1.1em;
  }
  .hint {
    margin: 0.3em 0 0;
    font-size: 0.85em;
    color: var(--_text-muted);
  }
  .participants {
    display: grid;
    gap: 0.6em;
    margin-block: 1em;
  }
  .participant-tabs,
  .participant-actions,
  .share-mode,
  .tools,
  .row,
  .confirm {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .row .field {
    flex: 1 1 12em;
    min-width: 0;
  }
  .chip {
    min-height: 2.75em;
    padding: 0.3em 1em;
    border: 2px solid var(--_ink);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_ink);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .chip[aria-pressed='true'] {
    background: var(--_ink);
    color: var(--_surface);
  }

  /* The sheet is the hero; the zones with their notes sit beside it. */
  .fill {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1.2em;
  }
  .sheet {
    margin: 0;
    min-width: 0;
  }
  .sheet svg {
    display: block;
    width: 100%;
    max-width: 40em;
    margin-inline: auto;
    overflow: visible;
    touch-action: none;
  }
  /*
   * The sheet is dragged on, not read: its labels repeat the zone headings. WebKit needs the
   * prefix, and iOS would show its callout on a long press. While a pointer is down (.pressed),
   * a drag that runs over the zone panels selects nothing there either. On the descendants too:
   * user-select is not inherited, and Firefox and WebKit report (and test) each node's own value.
   */
  .fill .sheet svg,
  .fill .sheet svg *,
  .fill.pressed,
  .fill.pressed * {
    -webkit-user-select: none;
    user-select: none;
    -webkit-touch-callout: none;
  }
  .zones {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.8em;
    align-content: start;
  }
  .zone {
    padding: 0.8em 1em 1em;
    border-radius: 0.7em;
    border: 1px solid color-mix(in srgb, var(--_accent) 35%, transparent);
    background: var(--_paper);
    transition: box-shadow 150ms;
  }
  .zone.active {
    border-color: var(--_ink);
    box-shadow: 0 0 0 2px color-mix(in srgb, var(--_accent) 40%, transparent);
  }
  .zone-title {
    text-transform: none;
    letter-spacing: normal;
    display: flex;
    align-items: center;
    gap: 0.5em;
    margin: 0;
    font-size: 1.1em;
    color: var(--_ink);
  }
  .zone-number {
    display: inline-grid;
    place-items: center;
    width: 1.7em;
    height: 1.7em;
    border-radius: 50%;
    background: var(--_ink);
    color: var(--_surface);
    font-size: 0.85em;
  }
  .zone-question {
    margin: 0.3em 0 0.6em;
    color: var(--_text-muted);
  }
  .notes {
    list-style: none;
    margin: 0 0 0.6em;
    padding: 0;
    display: grid;
    gap: 0.45em;
  }
  .note {
    display: flex;
    gap: 0.3em;
    align-items: flex-start;
  }
  /* A note looks like a small slip of paper. */
  .slip {
    /* Basis 0: a long note grows downwards, never wider than its zone. */
    flex: 1 1 0;
    min-width: 0;
    min-height: 2.75em;
    padding: 0.45em 0.6em;
    border: 1px solid #e6d9a8;
    border-radius: 0.25em;
    background: var(--_slip);
    box-shadow: 0 0.1em 0.25em rgb(60 40 20 / 0.15);
    color: var(--_slip-text);
    font: inherit;
    resize: vertical;
    field-sizing: content;
    /* Where field-sizing is missing, GrowController measures the note (grow-controller.ts). */
    height: var(--_rows-height, auto);
  }
  .note-actions {
    display: flex;
    gap: 0.15em;
    flex: none;
  }
  .icon {
    width: 2.75em;
    height: 2.75em;
    border: 1px solid color-mix(in srgb, var(--_text) 30%, transparent);
    border-radius: 0.5em;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  .icon[disabled] {
    opacity: 0.35;
    cursor: default;
  }

  /* Said in the shared view and in print, which bring their other rules with them. */
  .no-notes {
    margin: 0;
    color: var(--_text-muted);
    font-style: italic;
  }

  .tools {
    margin-block-start: 1.4em;
    padding-block-start: 1em;
    border-block-start: 1px dashed color-mix(in srgb, var(--_accent) 50%, transparent);
  }
  /* The import's question takes a line of its own under the buttons. */
  .import-choice {
    flex-basis: 100%;
  }
  .file:focus-visible + label {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .status {
    min-height: 1.5em;
    margin: 0.6em 0 0;
    font-weight: 600;
  }
  .status.error {
    color: var(--_tension-ink);
  }

  /* SVG sheet */
  .zone-shape {
    fill: color-mix(in srgb, var(--_accent) var(--_fill, 12%), var(--_paper));
    stroke: var(--_ink);
    stroke-width: 1.5;
    transition: fill 150ms;
  }
  .zone-shape.active {
    fill: color-mix(in srgb, var(--_accent) 45%, var(--_paper));
  }
  .sheet-label {
    fill: var(--_ink);
    font-size: 11px;
    font-weight: 700;
    font-family: inherit;
  }
  .quadrant-label {
    font-size: 10px;
  }
  .sheet .axis {
    stroke: var(--_text-muted);
    stroke-width: 1.2;
  }
  .sheet .axis-label {
    fill: var(--_text);
    font-size: 10px;
    font-weight: 700;
    letter-spacing: 0.08em;
    font-family: inherit;
  }
  /*
   * Notes drawn on a sheet (render-sheet.ts): whole slips that wrap between words, in sheet units
   * (8 units: 12px or more where a work format shows them). A slip that does not fit in the box
   * goes to a next column, outside it, rather than being cut in half; "+3 meer" counts the rest.
   */
  .slips {
    display: flex;
    flex-direction: column;
    flex-wrap: wrap;
    align-content: flex-start;
    gap: 2px;
    width: 100%;
    height: 100%;
    overflow: hidden;
    font-size: 8px;
    line-height: 1.2;
  }
  .slips span {
    box-sizing: border-box;
    width: 100%;
    padding: 1px 3px;
    background: var(--_slip);
    border: 0.5px solid #d9c98e;
    border-radius: 1px;
    color: var(--_slip-text);
    overflow-wrap: break-word;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
  }
  .slips .more {
    background: transparent;
    border: 0;
    font-weight: 700;
  }
  /* How many notes a zone holds: a numbered slip beside its label, large enough to read at any width. */
  .note-badge rect {
    fill: var(--_slip);
    stroke: var(--_ink);
    stroke-width: 1;
  }
  .note-badge text {
    fill: var(--_slip-text);
    font-size: 9.5px;
    font-weight: 700;
    font-family: inherit;
  }
  .figure {
    cursor: grab;
    outline: none;
  }
  .figure:focus-visible .figure-ring {
    stroke: var(--_focus);
    stroke-width: 2.5;
  }
  .figure-ring {
    fill: transparent;
    stroke: transparent;
  }
  .figure-body {
    fill: var(--_action);
    stroke: var(--_action-ink);
    stroke-width: 1;
  }
  .figure-label {
    fill: var(--_text);
    font-size: 8px;
    font-family: inherit;
  }
  /* Picked to move (a tap, Enter or Space): a thick dashed ring, so it is seen without colour too. */
  .figure.picked .figure-ring {
    stroke: var(--_focus);
    stroke-width: 3;
    stroke-dasharray: 4 3;
  }
  /* An item is picked: a tap on the sheet puts it there. */
  .sheet svg.placing {
    cursor: crosshair;
  }
  /* Under the sheet while an item is picked: what to do next, and the ways to place it without dragging. */
  .pick-panel {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    max-width: 40em;
    margin: 0.6em auto 0;
    padding: 0.6em 0.8em;
    border: 2px dashed var(--_focus);
    border-radius: 0.5em;
    background: var(--_paper);
  }
  .pick-panel p {
    flex-basis: 100%;
    margin: 0;
  }
  .pick-panel .field {
    width: auto;
  }

  @container (min-width: 760px) {
    .fill {
      grid-template-columns: minmax(0, 1.25fr) minmax(0, 1fr);
      align-items: start;
    }
    .sheet {
      position: sticky;
      top: 1em;
    }
  }
  /* Narrow: notes on the shape would be too small to read; the zones below are the list. */
  @container (max-width: 480px) {
    .slips {
      display: none;
    }
    /* The sheet is drawn at about 0.8–1px a unit: the count grows to stay readable, and moves right to stay clear of its label. */
    .note-badge-scale {
      transform: translate(2px, 0) scale(1.35);
    }
    /* Drawn at about 0.8 px a unit: 11 units keep the quadrant's words near 9 px and inside the circle. */
    .quadrant-label {
      font-size: 11px;
    }
    .note {
      flex-wrap: wrap;
    }
    /* The note takes the full width; its buttons go on the line below. */
    .slip {
      flex-basis: 100%;
    }
    .note-actions {
      margin-inline-start: auto;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .zone,
    .zone-shape {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .zone-shape {
      fill: Canvas;
      stroke: CanvasText;
    }
    .zone-shape.active {
      fill: Highlight;
    }
    .sheet-label,
    .sheet .axis-label,
    .figure-label,
    .note-badge text {
      fill: CanvasText;
    }
    .note-badge rect {
      fill: Canvas;
      stroke: CanvasText;
    }
    .figure.picked .figure-ring,
    .item.picked .item-hit {
      stroke: Highlight;
    }
  }

  /* The print layout's own rules come with it (worksheet-print.ts). */
  @media print {
    .worksheet:not(.printing) .tools,
    .worksheet:not(.printing) .session,
    .worksheet:not(.printing) .participants,
    .worksheet:not(.printing) .add-row,
    .worksheet:not(.printing) .note-actions {
      display: none;
    }
    .ws {
      box-shadow: none;
    }
  }
`;
