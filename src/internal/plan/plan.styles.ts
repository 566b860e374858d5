import { css } from 'lit';

/**
 * The handout's look: a sheet of paper in the fan's colours. Colour marks the sections (a rule on
 * top of each block, the heading's ink) and never carries meaning alone, so it reads in black and
 * white. On paper it shrinks to fit one A4 page for a normal session.
 */
/** Columns once the handout is wide enough: on a wide screen (container query) and always on paper. */
const wideColumns = css`
  .plan-choices {
    grid-template-columns: repeat(3, 1fr);
  }
  .plan-middle:has(.plan-cloud) {
    grid-template-columns: 3fr 2fr;
  }
  .plan-zones,
  .plan-lists {
    grid-template-columns: repeat(2, 1fr);
  }
`;
const widerColumns = css`
  .plan-zones:has(> :nth-child(3):last-child),
  .plan-zones:has(> :nth-child(6):last-child) {
    grid-template-columns: repeat(3, 1fr);
  }
  .plan-zones:has(> :nth-child(4):last-child) {
    grid-template-columns: repeat(4, 1fr);
  }
`;

export const planStyles = css`
  .handout {
    container-type: inline-size;
    --_accent: var(--_step-plan);
    --_ink: var(--_step-plan-ink);
    max-width: 60em;
    margin: 0 auto;
    /* cqi: the fan's width (or the viewport's), as the handout cannot query itself. */
    padding: clamp(0.8em, 3cqi, 1.4em);
    border-radius: var(--_radius);
    background: var(--_paper);
    color: var(--_text);
    box-shadow: var(--_shadow);
    line-height: 1.45;
  }
  .handout [data-section='preparation'] { --_accent: var(--_preparation); --_ink: var(--_preparation-ink); }
  .handout [data-section='tension'] { --_accent: var(--_tension); --_ink: var(--_tension-ink); }
  .handout [data-section='work-format'] { --_accent: var(--_work-format); --_ink: var(--_work-format-ink); }
  .handout [data-section='action'] { --_accent: var(--_action); --_ink: var(--_action-ink); }
  .handout [data-section='introduction'] { --_accent: var(--_introduction); --_ink: var(--_introduction-ink); }

  .handout p,
  .handout ul,
  .handout h3,
  .handout h4,
  .handout figure {
    margin: 0;
  }
  .handout ul {
    padding-inline-start: 1.1em;
  }
  .handout li + li {
    margin-block-start: 0.15em;
  }

  .handout-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0.5em 1.5em;
    padding-block-end: 0.9em;
    margin-block-end: 1em;
    border-block-end: 0.2em solid var(--_accent);
  }
  .handout-title {
    font-size: 1.6em;
    font-weight: 800;
    line-height: 1.15;
    color: var(--_ink);
  }
  /* At the step plan's end its own heading already says "Ons gespreksplan"; the paper keeps the title. */
  @media screen {
    .steps .handout-title {
      display: none;
    }
  }
  .handout-date {
    color: var(--_text-muted);
  }
  .handout-topic,
  .handout-people {
    flex-basis: 100%;
  }
  .plan-label {
    display: block;
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_text-muted);
  }
  .handout-date .plan-label {
    display: inline;
  }
  .plan-topic-text {
    font-size: 1.25em;
    font-weight: 700;
  }
  .plan-people {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    padding: 0 !important;
    list-style: none;
  }
  .plan-people li {
    margin: 0 !important;
    padding: 0.1em 0.7em;
    border: 1px solid var(--_accent);
    border-radius: 1em;
  }

  .plan-choices,
  .plan-middle,
  .plan-zones,
  .plan-lists,
  .plan-pictures {
    display: grid;
    gap: 0.8em;
  }
  .plan-choices,
  .plan-middle {
    margin-block-end: 0.8em;
  }
  .plan-block {
    padding: 0.7em 0.9em 0.8em;
    border: 1px solid color-mix(in srgb, var(--_accent) 35%, transparent);
    border-block-start: 0.3em solid var(--_accent);
    border-radius: 0.5em;
  }
  .plan-block + .plan-block {
    margin-block-start: 0.8em;
  }
  .plan-choices .plan-block + .plan-block,
  .plan-middle .plan-block + .plan-block {
    margin-block-start: 0;
  }
  .plan-block h3 {
    margin-block-end: 0.35em;
    font-size: 1.05em;
    /* The host's own h3 style (the fan's is small capitals) is not the handout's. */
    text-transform: none;
    letter-spacing: normal;
    color: var(--_ink);
  }
  .plan-format-name {
    color: var(--_text);
  }
  .plan-zone h4,
  .plan-list h4 {
    margin-block-end: 0.2em;
    font-size: 0.95em;
  }
  .plan-figures {
    margin-block-start: 0.6em;
  }
  .plan-figures .plan-notes li {
    display: inline;
    margin-inline-end: 1em;
  }
  .plan-zone {
    padding-block-start: 0.4em;
    border-block-start: 1px dashed color-mix(in srgb, var(--_accent) 50%, transparent);
  }
  .plan-notes {
    list-style: none;
    padding: 0 !important;
  }
  .plan-by {
    display: inline-block;
    margin-inline-end: 0.3em;
    font-size: 0.8em;
    font-weight: 700;
    color: var(--_ink);
  }
  .plan-by::after {
    content: ':';
  }
  .plan-fields {
    list-style: none;
    padding: 0 !important;
  }
  .plan-field-note {
    display: block;
  }
  .plan-empty {
    color: var(--_text-muted);
    font-style: italic;
  }
  .plan-picture-frame svg {
    display: block;
    width: 100%;
    max-width: 22em;
    height: auto;
  }
  .plan-picture figcaption {
    font-size: 0.85em;
    color: var(--_text-muted);
  }
  .plan-pictures {
    margin-block-start: 0.6em;
    grid-template-columns: repeat(auto-fill, minmax(12em, 1fr));
  }

  .handout table {
    width: 100%;
    border-collapse: collapse;
  }
  .handout th,
  .handout td {
    padding: 0.3em 0.5em;
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid color-mix(in srgb, var(--_accent) 35%, transparent);
  }
  .handout th {
    font-size: 0.85em;
    color: var(--_ink);
    border-block-end-width: 0.15em;
  }
  .handout td:first-child {
    width: 55%;
  }
  .plan-lists {
    margin-block-start: 0.6em;
  }

  .handout-foot {
    margin-block-start: 1em;
    padding-block-start: 0.5em;
    border-block-start: 1px solid var(--_accent);
    font-size: 0.85em;
    color: var(--_text-muted);
  }

  /* Narrow: each action is a small card of its own, "Wie: …" and "Wanneer: …" under its text. */
  @container (max-width: 30em) {
    .handout thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .handout tr {
      display: block;
      padding-block: 0.4em;
      border-block-end: 1px solid color-mix(in srgb, var(--_accent) 35%, transparent);
    }
    .handout td {
      display: block;
      width: auto !important;
      padding: 0;
      border: 0;
    }
    .handout td[data-label] {
      display: inline;
      margin-inline-end: 1em;
      font-size: 0.9em;
      color: var(--_text-muted);
    }
    .handout td[data-label]::before {
      content: attr(data-label) ':';
      margin-inline-end: 0.3em;
      font-weight: 700;
    }
  }

  @container (min-width: 34em) {
    ${wideColumns}
  }
  @container (min-width: 48em) {
    ${widerColumns}
  }

  @media print {
    /* Paper is always wide, and Firefox lays out a print without the handout's container queries
       (its gespreksplan took two pages in one column): the columns come from print itself. */
    ${wideColumns}
    ${widerColumns}
    /* Paper: light whatever the screen, no shadow, small enough for one A4 page. */
    .handout {
      --_text: #24211d;
      --_text-muted: #5c564e;
      --_paper: #ffffff;
      max-width: none;
      padding: 0;
      box-shadow: none;
      font-size: 0.72em;
      line-height: 1.3;
    }
    .handout li + li {
      margin-block-start: 0.05em;
    }
    .plan-block {
      padding: 0.5em 0.8em 0.6em;
    }
    .handout-head {
      padding-block-end: 0.6em;
      margin-block-end: 0.7em;
    }
    .plan-choices,
    .plan-middle {
      margin-block-end: 0.6em;
    }
    .plan-block + .plan-block {
      margin-block-start: 0.6em;
    }
    .handout th,
    .handout td {
      padding-block: 0.15em;
    }
    /* A long work format may run onto a second page, but a zone, a row or a small block stays whole. */
    .plan-choices .plan-block,
    .plan-middle .plan-block,
    .plan-zone,
    tr,
    .plan-list,
    .plan-picture {
      break-inside: avoid;
    }
    .plan-block h3 {
      break-after: avoid;
    }
    .plan-picture-frame svg {
      max-width: 14em;
    }
  }

  @media (forced-colors: active) {
    .plan-block,
    .plan-people li {
      border-color: CanvasText;
    }
  }
`;

/**
 * Printing the plan: the element renders the handout into `.print-plan` and its root gets
 * `printing-plan`; on paper only the handout is left.
 */
export const printPlanStyles = css`
  .print-plan {
    display: none;
  }
  @media print {
    /* Only the handout, on white: not the ground the element lies on. */
    .printing-plan {
      margin: 0 !important;
      padding: 0 !important;
      border: 0 !important;
      background: none !important;
      box-shadow: none !important;
    }
    .printing-plan > :not(.print-plan) {
      display: none !important;
    }
    .printing-plan > .print-plan {
      display: block;
    }
  }
`;
