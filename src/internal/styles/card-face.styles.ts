import { css } from 'lit';

/** The look of one card of the printed fan; shared by <kjk-card> and the fan. */
export const cardFace = css`
  .card {
    --_accent: var(--_introduction);
    --_ink: var(--_introduction-ink);
    position: relative;
    max-width: 36em;
    margin-inline: auto;
    background: var(--_surface);
    color: var(--_text);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    border: 1px solid color-mix(in srgb, var(--_accent) 35%, transparent);
    border-block-start: 0.65em solid var(--_accent);
    padding: calc(var(--_space) * 1.4) calc(var(--_space) * 1.6) calc(var(--_space) * 3);
    overflow-wrap: break-word;
  }
  .card[data-section='step-plan'] { --_accent: var(--_step-plan); --_ink: var(--_step-plan-ink); }
  .card[data-section='knowledge'] { --_accent: var(--_knowledge); --_ink: var(--_knowledge-ink); }
  .card[data-section='preparation'] { --_accent: var(--_preparation); --_ink: var(--_preparation-ink); }
  .card[data-section='tension'] { --_accent: var(--_tension); --_ink: var(--_tension-ink); }
  .card[data-section='work-format'] { --_accent: var(--_work-format); --_ink: var(--_work-format-ink); }
  .card[data-section='action'] { --_accent: var(--_action); --_ink: var(--_action-ink); }

  /* The rivet of the fan: every card turns around it. */
  .card::after {
    content: '';
    position: absolute;
    inset-block-end: 1em;
    inset-inline-start: 50%;
    width: 1em;
    height: 1em;
    margin-inline-start: -0.5em;
    border-radius: 50%;
    background: radial-gradient(circle at 35% 35%, #fff 0 15%, #cfc8bd 40%, #8e867a 100%);
    box-shadow: 0 0 0 0.25em color-mix(in srgb, var(--_accent) 25%, transparent);
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25em 1em;
    margin: 0 0 0.75em;
    font-size: 0.8em;
    font-weight: 600;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_ink);
  }

  .kicker {
    margin: 0 0 0.2em;
    font-size: 0.95em;
    color: var(--_text-muted);
  }

  /* The title and heading blocks by class: their level depends on where the card is hosted. */
  h2,
  .card-title {
    margin: 0 0 0.8em;
    font-size: 1.6em;
    line-height: 1.2;
    font-weight: 700;
    color: var(--_ink);
    text-wrap: balance;
  }
  /* A title hosted as an h3 is not a heading block. */
  .card-title {
    letter-spacing: normal;
    text-transform: none;
  }

  .cover {
    text-align: center;
    padding-block: 3em 4em;
  }
  .cover .card-title {
    font-size: 2.4em;
    margin-block-end: 0.3em;
  }
  .subtitle {
    font-size: 1.2em;
    margin: 0 0 2em;
  }

  .body {
    max-width: 65ch;
  }
  .body > * {
    margin-block: 0 0.9em;
  }

  h3,
  .card-heading {
    margin-block: 1.2em 0.5em;
    font-size: 0.95em;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_ink);
  }

  ul,
  ol {
    padding-inline-start: 1.4em;
  }
  li {
    margin-block-end: 0.45em;
  }
  li::marker {
    color: var(--_ink);
    font-weight: 700;
  }
  .open-list {
    list-style: none;
    padding: 0;
    margin-block-start: -0.3em;
    font-style: italic;
    color: var(--_text-muted);
  }
  .continuation {
    list-style: none;
    padding-inline-start: 0;
  }
  .continuation li::before {
    content: '… ';
    color: var(--_ink);
    font-weight: 700;
  }
  .item-title {
    font-weight: 700;
  }
  ol.steps li::marker {
    content: counter(list-item) '  ';
  }

  .question {
    font-size: 1.3em;
    line-height: 1.35;
    font-weight: 700;
    padding: 0.6em 0.8em;
    border-radius: 0.5em;
    background: color-mix(in srgb, var(--_accent) 14%, var(--_surface));
  }

  .quote {
    position: relative;
    margin-inline: 0;
    padding: 0.3em 0 0 2.2em;
  }
  .quote::before {
    content: '“';
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: -0.15em;
    font-size: 3.4em;
    line-height: 1;
    font-family: Georgia, 'Times New Roman', serif;
    color: var(--_accent);
  }
  .quote blockquote {
    margin: 0;
    font-style: italic;
  }
  .quote figcaption {
    margin-block-start: 0.3em;
    font-size: 0.9em;
    color: var(--_text-muted);
  }
  .quote cite {
    font-style: normal;
  }

  .prompt {
    padding-inline-start: 0.8em;
    border-inline-start: 0.25em solid var(--_accent);
    font-weight: 600;
  }

  .source,
  .method {
    font-size: 0.85em;
    color: var(--_text-muted);
  }

  .figure {
    margin-inline: 0;
    padding: 0.8em 1em;
    border: 1px dashed color-mix(in srgb, var(--_accent) 70%, transparent);
    border-radius: 0.6em;
  }
  .figure figcaption {
    font-size: 0.9em;
    color: var(--_text-muted);
  }
  .figure .figure-question {
    display: block;
    margin-block-start: 0.3em;
    font-size: 1.15em;
    font-weight: 700;
    color: var(--_ink);
    font-style: normal;
  }
  /* The printed card's caption, said to be the printed one: the live cloud below is the group's own. */
  .figure-printed {
    font-size: 0.9em;
    color: var(--_text-muted);
  }
  .figure-printed-where {
    font-weight: 700;
  }
  .figure-printed .figure-question {
    font-style: italic;
  }
  .figure .figure-invite {
    margin-block-end: 0.4em;
    font-size: 1.15em;
    font-weight: 700;
    color: var(--_ink);
  }

  .diagram {
    display: block;
    width: min(100%, 22em);
    margin: 1em auto;
    overflow: visible;
  }
  .diagram .zone {
    fill: color-mix(in srgb, var(--_accent) var(--_fill, 14%), var(--_surface));
    stroke: var(--_ink);
    stroke-width: 1.2;
  }
  .diagram .zone-0 { --_fill: 40%; }
  .diagram .zone-1 { --_fill: 28%; }
  .diagram .zone-2 { --_fill: 18%; }
  .diagram .zone-3 { --_fill: 9%; }
  .diagram text {
    fill: var(--_text);
    font-size: 13px;
    font-family: inherit;
  }
  .diagram .axis {
    stroke: var(--_text-muted);
    stroke-width: 1;
  }
  .diagram .axis-label {
    font-weight: 700;
    font-size: 11px;
    letter-spacing: 0.06em;
    fill: var(--_ink);
  }

  /* The printed card's write-in lines: a prompt and room to answer. */
  .write-in {
    list-style: none;
    padding: 0;
  }
  .write-in li {
    padding-block: 0.3em 0.9em;
    border-block-end: 2px dotted color-mix(in srgb, var(--_ink) 45%, transparent);
    font-weight: 600;
    color: var(--_ink);
  }

  .message {
    border-block-start-color: var(--_tension);
  }
  .message h2 {
    font-size: 1.25em;
  }
  .problems {
    font-family: ui-monospace, monospace;
    font-size: 0.85em;
  }

  @media (forced-colors: active) {
    .card {
      border: 2px solid CanvasText;
    }
    .diagram .zone {
      fill: Canvas;
      stroke: CanvasText;
    }
    .diagram text {
      fill: CanvasText;
    }
  }

  @media print {
    .card {
      box-shadow: none;
      max-width: none;
      break-inside: avoid;
      background: #fff;
      /* On screen the rivet needs room at the foot; paper has no rivet. */
      padding-block-end: calc(var(--_space) * 1.4);
    }
    .card::after {
      display: none;
    }
    /* The shape on a work-format card: big enough to read, small enough for one page. */
    .diagram {
      width: min(100%, 14em);
    }
  }

  /* A hosted element (the word cloud on the intro card, a work format in a step) whose code the
     loader is still fetching: it holds roughly its space, so nothing jumps when it arrives. */
  .hosted:not(:defined) {
    display: block;
    min-height: 24em;
  }
`;
