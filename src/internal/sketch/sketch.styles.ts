import { css } from 'lit';

/**
 * The pens and the drawing tools. Pens are classes, not stored colours, so a page restyles
 * them with `--kjk-pen-…` and a saved drawing never carries a style.
 */
export const sketchStyles = css`
  :host {
    --_pen-ink: var(--kjk-pen-ink, #24211d);
    --_pen-red: var(--kjk-pen-red, #c8322b);
    --_pen-orange: var(--kjk-pen-orange, #e07b10);
    --_pen-green: var(--kjk-pen-green, #2f8a3e);
    --_pen-blue: var(--kjk-pen-blue, #2366b5);
    --_pen-purple: var(--kjk-pen-purple, #7a3fa6);
  }
  .pen-ink { --_pen: var(--_pen-ink); }
  .pen-red { --_pen: var(--_pen-red); }
  .pen-orange { --_pen: var(--_pen-orange); }
  .pen-green { --_pen: var(--_pen-green); }
  .pen-blue { --_pen: var(--_pen-blue); }
  .pen-purple { --_pen: var(--_pen-purple); }
  .stroke {
    fill: none;
    stroke: var(--_pen);
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .swatch {
    fill: var(--_pen);
  }
  .width-sample {
    stroke: currentColor;
    stroke-linecap: round;
  }
  .sketch-tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em 0.75em;
    align-items: center;
    margin-block-end: 0.6em;
  }
  .tool-group {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }
  .pen-button {
    display: inline-grid;
    place-items: center;
    /* A button's own font is 13.3px: without this 2.75em is 37px, not 44px. */
    font: inherit;
    inline-size: 2.75em;
    block-size: 2.75em;
    padding: 0;
    border: 2px solid transparent;
    border-radius: 50%;
    background: var(--_paper);
    color: var(--_text);
    cursor: pointer;
  }
  .pen-button svg {
    inline-size: 1.5em;
    block-size: 1.5em;
  }
  .pen-button[aria-pressed='true'] {
    border-color: var(--_text);
    box-shadow: inset 0 0 0 2px var(--_paper);
  }
  .draw-surface {
    fill: transparent;
    cursor: crosshair;
    touch-action: none;
  }
  .drawing {
    touch-action: pan-y;
  }
  .drawing.pen-active {
    touch-action: none;
  }
  @media (forced-colors: active) {
    .stroke {
      stroke: CanvasText;
    }
    .swatch {
      fill: ButtonText;
    }
    /* On the chosen pen's Highlight (see controls.styles.ts) the swatch takes the highlight's text colour, as a width's line does. */
    [aria-pressed='true'] .swatch {
      fill: HighlightText;
    }
  }
`;
