import { css } from 'lit';

export const actionCardStyles = css`
  .sketch-paper {
    fill: var(--_paper);
    stroke: color-mix(in srgb, var(--_accent) 55%, transparent);
    stroke-width: 1.5;
    stroke-dasharray: 6 5;
  }
  .sketch-title {
    margin: 0 0 0.4em;
    font-weight: 700;
    color: var(--_ink);
  }
  .note {
    flex-wrap: wrap;
  }
  /* Wie and Wanneer: labels in one column, fields in the other, so both fields start at one line. */
  .action-details {
    order: 3;
    flex-basis: 100%;
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    align-items: center;
    gap: 0.4em 0.6em;
  }
  /* At the first line of its field, also where "Vrije tekst" wraps below the date. */
  .detail-label {
    align-self: start;
    padding-block-start: 0.65em;
    font-weight: 600;
  }
  .action-details .field {
    min-width: 0;
    width: 100%;
  }
  .when {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em;
    min-width: 0;
  }
  .when .field {
    flex: 1 1 9em;
    width: auto;
  }
  .when-mode {
    flex: none;
  }
  /* Pressed, it is filled like a chosen chip: the field beside it takes free text. */
  .when-mode[aria-pressed='true'] {
    background: var(--_ink);
    border-color: var(--_ink);
    color: var(--_surface);
  }
  .when-kept {
    grid-column: 2;
    margin: 0;
  }

  /*
   * The actions are the hero: the zones come first and take the width; the sketch is optional and
   * smaller, beside them on a wide screen and below them on a narrow one.
   */
  .fill.notes-first .sheet svg {
    max-width: 24em;
    margin-inline: 0;
  }
  @container (min-width: 760px) {
    .fill.notes-first {
      grid-template-columns: minmax(0, 2fr) minmax(12em, 1fr);
    }
    .fill.notes-first .sheet svg {
      max-width: none;
    }
  }
  .plan-summary {
    margin-block-end: 1em;
  }
  .plan-summary dl {
    margin: 0 0 0.8em;
  }
  .plan-summary dt {
    margin-block-start: 0.5em;
    font-weight: 700;
  }
  .plan-summary dd {
    margin-inline-start: 1em;
  }
  /* On paper (the page printed as it is) the dates and the sketch show; the controls to change them do not. */
  @media print {
    .when-mode,
    .sketch-tools {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .sketch-paper {
      stroke: CanvasText;
    }
  }
`;
