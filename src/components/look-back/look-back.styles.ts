import { css } from 'lit';

export const lookBackStyles = css`
  .story-path {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 3;
    stroke-dasharray: 2 7;
    stroke-linecap: round;
  }
  .stone .zone-shape {
    --_fill: 14%;
  }
  .stone.together .zone-shape {
    --_fill: 24%;
  }
  .stone.active .zone-shape {
    fill: color-mix(in srgb, var(--_accent) 45%, var(--_paper));
    stroke-width: 3;
  }
  .stone-number {
    fill: var(--_ink);
    font-size: 20px;
    font-weight: 800;
    font-family: inherit;
  }
  .together-label {
    font-size: 10px;
    letter-spacing: 0.1em;
    text-transform: uppercase;
  }
  .badge circle {
    fill: var(--_slip);
    stroke: var(--_ink);
  }
  .badge text {
    fill: var(--_slip-text);
    font-size: 10px;
    font-weight: 700;
    font-family: inherit;
  }
  .guide {
    padding: 1em 1.1em;
    border-radius: 0.8em;
    background: color-mix(in srgb, var(--_accent) 12%, var(--_paper));
    border-inline-start: 0.4em solid var(--_accent);
  }
  .guide-kicker {
    margin: 0;
    font-size: 0.8em;
    text-transform: uppercase;
    letter-spacing: 0.08em;
    color: var(--_ink);
  }
  .guide-phase,
  .guide-progress {
    margin: 0.3em 0 0;
    color: var(--_text-muted);
  }
  .guide-question {
    margin: 0.4em 0 0.8em;
    font-size: 1.3em;
    font-weight: 700;
    line-height: 1.3;
    color: var(--_text);
  }
  .guide-nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  /* Narrow: the drawing is small; numbers stay, the labels are in the questions below. */
  @container (max-width: 480px) {
    .stone:not(.together) .sheet-label {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .story-path {
      stroke: CanvasText;
    }
    .badge circle {
      fill: Canvas;
      stroke: CanvasText;
    }
    .badge text,
    .stone-number {
      fill: CanvasText;
    }
  }
`;
