import { css } from 'lit';

export const wordCloudStyles = css`
  /* One column, field first: the cloud below is the hero, as wide as the element allows. */
  .cloud-fill {
    grid-template-columns: minmax(0, 1fr);
  }
  .cloud-fill .sheet {
    position: static;
  }
  .cloud-fill .cloud-svg {
    max-width: 46em;
  }
  .cloud-fill .zone {
    padding: 0;
    border: 0;
    background: none;
    box-shadow: none;
    max-width: 46em;
  }
  .words-label {
    display: block;
    font-weight: 700;
    color: var(--_ink);
  }
  .words .zone-question {
    margin-block: 0.2em 0.5em;
  }
  .word-chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin: 0.7em 0 0;
    padding: 0;
    list-style: none;
  }
  .word-chip {
    display: inline-flex;
    align-items: center;
    gap: 0.2em;
    min-height: 2.75em;
    max-width: 100%;
    padding-inline-start: 0.9em;
    border-radius: 999px;
    background: var(--_slip);
    color: var(--_slip-text);
    border: 1px solid color-mix(in srgb, var(--_accent) 50%, transparent);
    overflow-wrap: anywhere;
  }
  .chip-remove {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 2.75em;
    height: 2.75em;
    border: 0;
    border-radius: 50%;
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .chip-remove:hover {
    background: color-mix(in srgb, var(--_accent) 20%, transparent);
  }
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
  /* The phone's cloud is drawn smaller than its units: the message grows to stay about 14 px. */
  .narrow .cloud-empty {
    font-size: 17px;
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
  @media (forced-colors: active) {
    .word {
      fill: CanvasText;
    }
    .cloud-paper {
      fill: Canvas;
      stroke: CanvasText;
    }
    .word-chip {
      border-color: CanvasText;
    }
  }
  @media print {
    .cloud-svg {
      display: block !important;
    }
    /* On paper the cloud is the record: the field and one participant's chips are for filling in. */
    .cloud-fill .zones {
      display: none !important;
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
