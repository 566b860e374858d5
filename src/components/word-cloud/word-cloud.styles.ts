import { css } from 'lit';

export const wordCloudStyles = css`
  .cloud-view {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin-block-end: 0.6em;
  }
  .cloud-paper {
    fill: color-mix(in srgb, var(--_accent) 10%, var(--_paper));
    stroke: color-mix(in srgb, var(--_accent) 50%, transparent);
  }
  .word {
    font-family: inherit;
    font-weight: 700;
  }
  /* The section colours, darkened for text on paper (4.5 : 1 at the smallest size). */
  .tone-0 { fill: var(--_introduction-ink); }
  .tone-1 { fill: var(--_work-format-ink); }
  .tone-2 { fill: var(--_tension-ink); }
  .tone-3 { fill: var(--_preparation-ink); }
  .tone-4 { fill: var(--_knowledge-ink); }
  .tone-5 { fill: var(--_action-ink); }
  .cloud-empty {
    display: grid;
    place-items: center;
    height: 100%;
    text-align: center;
    color: var(--_text-muted);
    font-size: 14px;
    line-height: 1.4;
  }
  .word-list ol {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  .word-list li {
    display: inline-flex;
    align-items: baseline;
    gap: 0.4em;
    padding: 0.3em 0.8em;
    border-radius: 999px;
    background: var(--_paper);
    border: 1px solid color-mix(in srgb, var(--_accent) 50%, transparent);
  }
  .list-count {
    font-weight: 700;
    color: var(--_ink);
  }
  .list-title {
    margin: 0.6em 0 0.4em;
    font-size: 1em;
    color: var(--_ink);
  }
  /* The list is always there for screen readers; on screen it shows when chosen. */
  .show-cloud .word-list {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .show-list .cloud-svg {
    display: none;
  }
  /* Small screens: words in a cloud would be too small to read; the list is the cloud. */
  @container (max-width: 480px) {
    .sheet .cloud-svg,
    .cloud-view {
      display: none;
    }
    .show-cloud .word-list {
      position: static;
      width: auto;
      height: auto;
      overflow: visible;
      clip-path: none;
      white-space: normal;
    }
  }
  @media (forced-colors: active) {
    .word {
      fill: CanvasText;
    }
    .cloud-paper {
      fill: Canvas;
      stroke: CanvasText;
    }
  }
  @media print {
    .cloud-svg {
      display: block !important;
    }
    /* On a card (bare) the picture is the cloud on paper: no view buttons, field or list. */
    .worksheet:not(.printing) .cloud-view,
    .bare .zones,
    .bare .word-list {
      display: none !important;
    }
    /* Small enough that the intro card keeps to one page. */
    .bare .cloud-svg {
      max-height: 6cm;
    }
  }
`;
