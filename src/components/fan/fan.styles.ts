import { css, unsafeCSS } from 'lit';

/**
 * Each strip's place in the fan comes from CSS, not inline styles (a strict CSP forbids
 * them): nth-child gives the index, a class on the stage the number of cards.
 */
const MAX_CARDS = 40;
const indexRules = unsafeCSS(
  Array.from({ length: MAX_CARDS }, (_, i) => `.strip:nth-child(${i + 1}){--i:${i}}`).join('') +
    Array.from({ length: MAX_CARDS }, (_, i) => `.count-${i + 1}{--n:${i + 1}}`).join('') +
    Array.from({ length: MAX_CARDS }, (_, i) => `.front-${i}{--c:${i}}`).join(''),
);

export const fanStyles = css`
  ${indexRules}

  .fan {
    container-type: inline-size;
    /* A column, so that on a phone the toolbar can follow the card (see the narrow layout). */
    display: flex;
    flex-direction: column;
    position: relative;
    max-width: 72em;
    margin-inline: auto;
    /* Turning cards must never give the host page a horizontal scrollbar. */
    overflow-x: clip;
    padding: 0.8em clamp(0.5em, 2cqi, 1.5em) 1em;
    border-radius: var(--_radius);
    background: var(--_table);
    color: var(--_text);
  }

  /* A link into the fan that could not be read: said in words, the fan still works below it. */
  .link-problem {
    margin: 0 0 0.8em;
    padding: 0.6em 0.9em;
    border-inline-start: 0.3em solid var(--_tension);
    background: var(--_surface);
    font-weight: 600;
  }

  /* Section colours for every element that carries data-section. */
  [data-section] { --_accent: var(--_introduction); --_ink: var(--_introduction-ink); }
  [data-section='step-plan'] { --_accent: var(--_step-plan); --_ink: var(--_step-plan-ink); }
  [data-section='knowledge'] { --_accent: var(--_knowledge); --_ink: var(--_knowledge-ink); }
  [data-section='preparation'] { --_accent: var(--_preparation); --_ink: var(--_preparation-ink); }
  [data-section='tension'] { --_accent: var(--_tension); --_ink: var(--_tension-ink); }
  [data-section='work-format'] { --_accent: var(--_work-format); --_ink: var(--_work-format-ink); }
  [data-section='action'] { --_accent: var(--_action); --_ink: var(--_action-ink); }

  /* ---------- The fan: strips on one pivot ---------- */
  .stage {
    --_spread: var(--kjk-fan-spread, 150deg);
    position: relative;
    /* Room below the pivot for the card in front when it lies far to one side. */
    height: 28em;
    margin-block: 0.5em 0;
    font-size: clamp(9px, 1.9cqi, 1.25em);
  }
  .strips {
    position: absolute;
    inset: 0;
  }
  .strip {
    /* Declared here, where --i is known: a custom property resolves where it is declared. */
    --_angle: calc(var(--_spread) * -0.5 + var(--_spread) * var(--i, 0) / max(1, var(--n, 2) - 1));
    /*
     * As a fan held open at one card: that card (--c, the stage's front-n) lies on top, every other
     * one the further under it the further away it is. Those before it show their left edge, those
     * after it their right edge (--_after is 1), so each edge with its number and name stays in view.
     */
    --_distance: max(var(--i, 0) - var(--c, 0), var(--c, 0) - var(--i, 0));
    --_after: clamp(0, var(--i, 0) - var(--c, 0), 1);
    --_width: 8.5em;
    position: absolute;
    left: 50%;
    bottom: 5.5em;
    z-index: calc(40 - var(--_distance));
    width: var(--_width);
    height: 20em;
    margin-inline-start: calc(var(--_width) * -0.5);
    padding: 0;
    border: 1px solid color-mix(in srgb, var(--_accent) 55%, rgb(0 0 0 / 0.15));
    border-color: color-mix(in srgb, var(--_accent) 55%, rgb(0 0 0 / 0.15)) var(--_accent);
    border-width: 1px calc(0.06em + var(--_after) * 0.44em) 1px calc(0.5em - var(--_after) * 0.44em);
    border-radius: 0.7em;
    background: linear-gradient(to bottom, color-mix(in srgb, var(--_accent) 16%, var(--_surface)) 0 3.2em, var(--_surface) 3.2em);
    box-shadow: -0.1em 0.05em 0.45em rgb(60 40 20 / 0.22);
    color: var(--_ink);
    font: inherit;
    text-align: start;
    cursor: pointer;
    transform-origin: 50% calc(100% - 1.2em);
    transform: rotate(var(--_angle));
    transition: transform 450ms cubic-bezier(0.2, 0.8, 0.3, 1), box-shadow 200ms;
    /*
     * Each strip on a layer of its own, drawn once and turned by the compositor: otherwise every
     * move, hover or focus draws the whole fan again, twenty rotated shadows, before the next frame.
     */
    will-change: transform;
  }
  @starting-style {
    .strip {
      transform: rotate(0deg);
    }
  }
  .strip::before {
    /* The card's number, on the corner that stays visible in the fan. */
    content: counter(strip);
    position: absolute;
    top: 0.45em;
    left: calc((1 - var(--_after)) * 0.2em + var(--_after) * (100% - 1.9em));
    width: 1.6em;
    text-align: center;
    font-size: 0.8em;
    font-weight: 700;
  }
  .strips {
    counter-reset: strip;
  }
  .strip {
    counter-increment: strip;
  }
  /* The name on the edge: before the front card read upwards along the left edge, after it downwards along the right. */
  .strip-label {
    position: absolute;
    top: 2.1em;
    left: calc((1 - var(--_after)) * 0.15em + var(--_after) * (100% - 1.35em));
    max-inline-size: 13em;
    writing-mode: vertical-rl;
    transform: rotate(calc((1 - var(--_after)) * 180deg));
    white-space: nowrap;
    font-size: 0.72em;
    font-weight: 600;
    line-height: 1.2;
    text-align: end;
  }
  /* The face: seen only on the card in front, so hidden (and its edge name shown) on the others. */
  .strip-face {
    display: none;
  }
  .strip.front {
    --_width: 10.5em;
    box-shadow: -0.1em 0.3em 1.1em rgb(60 40 20 / 0.38);
  }
  .strip.front::before,
  .strip.front .strip-label {
    display: none;
  }
  .strip.front .strip-face {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    gap: 0.35em;
    /* At the foot only the rivet: the text may come down to it. */
    padding: 0.55em 0.8em 1.9em 0.7em;
    overflow: hidden;
    color: var(--_text);
    line-height: 1.25;
    /* Long Dutch words ("Gebruiksaanwijzing") break at a syllable where the browser knows them, else anywhere rather than run off the card. */
    hyphens: auto;
    overflow-wrap: anywhere;
  }
  .strip-number {
    display: flex;
    align-items: baseline;
    gap: 0.4em;
    font-size: 1.3em;
    font-weight: 800;
    color: var(--_ink);
  }
  .strip-section {
    margin-block: -0.55em 0.55em;
    font-size: 0.62em;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_ink);
  }
  .strip-title {
    font-size: 0.95em;
    font-weight: 700;
    color: var(--_ink);
  }
  .strip-lead {
    font-size: 0.7em;
    font-weight: 600;
    line-height: 1.35;
  }
  .strip.front {
    transform: rotate(var(--_angle)) translateY(-1.4em);
  }
  .strip:focus-visible {
    outline: 0.25em solid var(--_focus);
    outline-offset: 0.15em;
  }
  /* The rivet everything turns around. */
  .stage::after {
    content: '';
    position: absolute;
    left: 50%;
    bottom: 6.15em;
    width: 1.3em;
    height: 1.3em;
    margin-inline-start: -0.65em;
    border-radius: 50%;
    background: radial-gradient(circle at 35% 35%, #fff 0 15%, #cfc8bd 40%, #8e867a 100%);
    box-shadow: 0 0.1em 0.3em rgb(0 0 0 / 0.35);
    z-index: 50;
    pointer-events: none;
  }

  /* Reading: the chosen card has risen to the front; the others stay fanned behind it. */
  .view-card {
    height: 24em;
    /* Room above for the card being read, which stands up out of the small fan. */
    margin-block-start: 2em;
    font-size: clamp(5px, 1.1cqi, 0.6em);
    pointer-events: none;
  }
  /* The card being read stands up out of the small fan, its number on top: where it sits in the fan. */
  /*
   * Less wide than the open fan: the card being read covers the small fan's lower half, where the
   * outer strips would lie. The card in front keeps a strip's width, so its neighbours show.
   */
  .view-card {
    --_spread: calc(var(--kjk-fan-spread, 150deg) * 0.66);
  }
  .view-card .strip.front {
    --_width: 8.5em;
    transform: rotate(var(--_angle)) translateY(-1.5em);
  }
  .view-card .strip.front .strip-face {
    align-items: center;
  }
  .view-card .strip-number {
    font-size: 2.4em;
  }
  /* The text is on the card below, in a size to read; up here it would be a smudge. */
  .view-card .strip.front :is(.strip-section, .strip-title, .strip-lead) {
    display: none;
  }
  .view-card + .closed,
  .reader {
    position: relative;
    z-index: 60;
  }
  .reader {
    /*
     * A finger's sideways drag is a swipe to the next card, so the browser keeps only the up and
     * down scroll (and zoom) for itself: with the default it takes every drag and cancels the
     * pointer, and no swipe arrived (issue 17). A work format on the card sets its own.
     */
    touch-action: pan-y pinch-zoom;
    margin-block-start: -7.5em;
    animation: rise 350ms cubic-bezier(0.2, 0.8, 0.3, 1);
  }
  @keyframes rise {
    from {
      transform: translateY(1.5em) rotate(-1.5deg);
      opacity: 0.4;
    }
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    align-items: center;
    gap: 0.5em;
    margin-block: 0.5em;
    position: relative;
    z-index: 70;
  }
  .position {
    min-width: 4em;
    text-align: center;
    font-variant-numeric: tabular-nums;
    color: var(--_text-muted);
  }

  .sections {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.4em;
    margin-block-end: 0.5em;
    position: relative;
    z-index: 70;
  }
  .section-button {
    /* Smaller text than the fan's, yet a 44 px target: 2.75em of the fan's text, whatever the scale. */
    --_section-scale: 0.9;
    display: inline-flex;
    align-items: center;
    gap: 0.45em;
    min-height: calc(2.75em / var(--_section-scale));
    padding: 0.3em 0.9em 0.3em 0.6em;
    border: 1px solid color-mix(in srgb, var(--_accent) 60%, transparent);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: calc(var(--_section-scale) * 1em);
    cursor: pointer;
  }
  .section-button[aria-current='true'] {
    background: color-mix(in srgb, var(--_accent) 22%, var(--_surface));
    border-color: var(--_ink);
    font-weight: 700;
  }
  .swatch {
    width: 0.9em;
    height: 0.9em;
    border-radius: 50%;
    background: var(--_accent);
  }

  .caption {
    min-height: 2.2em;
    text-align: center;
  }
  .caption-title {
    display: inline-flex;
    flex-wrap: wrap;
    justify-content: center;
    align-items: baseline;
    gap: 0.2em 0.5em;
    margin: 0;
    font-size: 1.15em;
    font-weight: 700;
    color: var(--_ink);
  }
  .caption-section {
    font-size: 0.75em;
    font-weight: 600;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_text-muted);
  }
  /* The key question again, level and in the page's own size: the card in front may lie far over. */
  .caption-lead {
    margin: 0.2em auto 0;
    max-width: 40em;
  }
  /* The arrow keys are told to who uses the keyboard in the fan (a strip with visible focus), not to a finger. */
  .keys-hint {
    display: none;
  }
  .fan:has(.strip:focus-visible) .keys-hint {
    display: inline;
  }
  @media (pointer: coarse) {
    .fan:has(.strip:focus-visible) .keys-hint {
      display: none;
    }
  }
  .overview-hint {
    margin: 0.5em auto 0;
    text-align: center;
    color: var(--_text-muted);
    max-width: 40em;
  }

  .card-action {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6em;
    margin-block: 1.2em 0;
    max-width: 65ch;
  }
  .cover .card-action {
    justify-content: center;
    margin-inline: auto;
  }

  /* Closed: the cover lies on top of the stack. */
  /* Closed: a tall card, like the printed fan lying shut on the table. */
  .closed {
    position: relative;
    max-width: 21em;
    margin: 2em auto 3.5em;
  }
  .closed .card {
    min-height: 32em;
    display: flex;
    flex-direction: column;
    justify-content: center;
  }
  .closed .card-action {
    flex-direction: column;
    align-items: stretch;
  }
  /* The question under "Opnieuw beginnen" sits centred on the cover, like the buttons above it. */
  .cover .confirm {
    justify-content: center;
    text-align: center;
  }
  .closed-stack,
  .closed-stack::before,
  .closed-stack::after {
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
    background: var(--_surface);
    border-block-start: 0.65em solid var(--_tension);
    box-shadow: var(--_shadow);
    transform: rotate(-3deg);
    transform-origin: 50% 92%;
  }
  .closed-stack::before {
    content: '';
    border-block-start-color: var(--_work-format);
    transform: rotate(7deg);
  }
  .closed-stack::after {
    content: '';
    border-block-start-color: var(--_knowledge);
    transform: rotate(-6deg);
  }
  .closed .card {
    position: relative;
  }

  .hosted-format {
    margin-block-start: 1.5em;
  }

  /* ---------- Narrow: the fan folds into a stack ---------- */
  @container (max-width: 480px) {
    .stage {
      height: auto;
      font-size: 1em;
    }
    .strips {
      position: static;
      display: flex;
      flex-direction: column;
    }
    .strip,
    .strip.front {
      --_after: 0;
      --_width: 100%;
      position: relative;
      z-index: auto;
      left: auto;
      bottom: auto;
      height: auto;
      min-height: 2.9em;
      margin: 0 0 -0.35em;
      padding: 0.55em 0.8em 0.75em 2.6em;
      transform: none;
      text-align: start;
      border-radius: 0.6em 0.6em 0 0;
      background: var(--_surface);
    }
    /* In the stack the card in front is the one last read or under focus: tinted, with its key question. */
    .strip.front {
      background: color-mix(in srgb, var(--_accent) 14%, var(--_surface));
    }
    .strip::before,
    .strip.front::before {
      display: block;
      top: 0.75em;
      left: 0.5em;
    }
    .strip-label,
    .strip-number,
    .strip-section,
    .strip-lead {
      display: none;
    }
    .strip-face,
    .strip.front .strip-face {
      position: static;
      display: flex;
      flex-direction: column;
      gap: 0.2em;
      padding: 0;
      overflow: visible;
    }
    .strip.front .strip-lead {
      display: block;
      font-size: 0.85em;
    }
    .stage::after {
      display: none;
    }
    .view-card {
      display: none;
    }
    .reader {
      margin-block-start: 0;
    }
    /*
     * Previous and next within the thumb's reach: after the card, held at the bottom of the screen
     * while the card scrolls (sticky, so never outside the fan). In the tab order it stays before the
     * card, as on a wide screen.
     */
    .toolbar {
      order: 1;
      position: sticky;
      bottom: 0;
      display: grid;
      grid-template-columns: 1fr 1fr 1fr;
      gap: 0.3em;
      margin: 0.4em calc(-1 * clamp(0.5em, 2cqi, 1.5em)) -1em;
      padding: 0.3em clamp(0.5em, 2cqi, 1.5em) 0.5em;
      background: var(--_table);
      box-shadow: 0 -0.3em 0.6em rgb(60 40 20 / 0.12);
    }
    .toolbar .button {
      justify-content: center;
      min-width: 0;
      padding-inline: 0.2em;
      font-size: 0.85em;
      white-space: nowrap;
    }
    .toolbar .position {
      order: -1;
      grid-column: 1 / -1;
      font-size: 0.85em;
      line-height: 1.2;
    }
    .session {
      order: 2;
    }
    /* The sections in one row that scrolls sideways; Tab brings each button into view. */
    .sections {
      flex-wrap: nowrap;
      justify-content: flex-start;
      overflow-x: auto;
      overscroll-behavior-x: contain;
      scrollbar-width: thin;
      /* Room for the focus ring inside the scrolling row. */
      padding: 0.25em;
      margin-inline: -0.25em;
    }
    .section-button {
      --_section-scale: 0.8;
      flex: none;
      padding-inline: 0.5em 0.7em;
    }
    /* The list's own strip in front shows its key question; the caption under the list would repeat it. */
    .caption {
      display: none;
    }
    /* The focus ring inside the strip: the fan's edge would cut it off outside. */
    .strip:focus-visible {
      outline-offset: -0.3em;
    }
  }
  /* The narrowest phones: the arrows go, the words stay. */
  @container (max-width: 340px) {
    /* "Alle kaarten" is the longest word: its column is a little wider. */
    .toolbar {
      grid-template-columns: 1fr 1.3fr 1fr;
    }
    .toolbar .button {
      font-size: 0.78em;
    }
    .toolbar .button > [aria-hidden='true'] {
      display: none;
    }
  }

  /* ---------- The step plan ---------- */
  .steps {
    max-width: 60em;
    margin-inline: auto;
    padding: 1.4em clamp(0.8em, 3cqi, 2em) 1.6em;
    background: var(--_surface);
    border-radius: var(--_radius);
    border-block-start: 0.65em solid var(--_step-plan);
    box-shadow: var(--_shadow);
    --_accent: var(--_step-plan);
    --_ink: var(--_step-plan-ink);
  }
  /* The step plan's panel while its code arrives: about a step's height, so what follows does not jump. */
  .part-pending {
    min-height: 24em;
  }
  [tabindex='-1']:focus {
    outline: none;
    box-shadow: none;
  }
  /* A card's prompt block; in the step plan also the questions above a step. */
  .prompt {
    padding-inline-start: 0.8em;
    border-inline-start: 0.25em solid var(--_accent);
    font-weight: 600;
  }

  @media (prefers-reduced-motion: reduce) {
    .strip,
    .reader {
      transition: none;
      animation: none;
    }
    @starting-style {
      .strip {
        transform: rotate(var(--_angle));
      }
    }
  }

  @media (forced-colors: active) {
    .strip,
    .section-button {
      border: 2px solid ButtonText;
    }
  }

  .print-all {
    display: none;
  }

  @media print {
    .fan > :not(.reader, .print-all, .print-plan, .steps, .closed),
    .toolbar,
    .step-nav,
    .progress,
    .plan-actions,
    .card-action,
    .session {
      display: none !important;
    }
    .printing-all > :not(.print-all) {
      display: none !important;
    }
    .printing-all .print-all {
      display: block;
    }
    /* Paper is white: not the table the fan lies on, nor its padding. */
    .fan:not(.printing-none) {
      max-width: none;
      padding: 0;
      border-radius: 0;
      background: none;
    }
    /* One card per A4 page, each whole. */
    .print-all > .card {
      margin-block: 0;
    }
    .print-all > .card + .card {
      break-before: page;
    }
    /*
     * A work format printed from inside the fan (mode 'sheet'): only the element marked
     * data-print-host and the boxes around it remain, and those boxes lose their own look.
     */
    .printing-sheet :not(:has([data-print-host]), [data-print-host]) {
      display: none !important;
    }
    .printing-sheet :has([data-print-host]) {
      display: block !important;
      max-width: none !important;
      margin: 0 !important;
      padding: 0 !important;
      border: 0 !important;
      border-radius: 0 !important;
      background: none !important;
      box-shadow: none !important;
      animation: none !important;
    }
    .printing-sheet :has([data-print-host])::before,
    .printing-sheet :has([data-print-host])::after {
      display: none !important;
    }
    .printing-plan .steps-kicker,
    .printing-plan .progress-text,
    .printing-plan .step-text {
      display: none;
    }
    .reader,
    .steps {
      margin: 0;
      box-shadow: none;
      animation: none;
    }
    .closed-stack {
      display: none;
    }
    /*
     * A card in a step follows the step's own text on the same page and goes on over the page where
     * it must: kept whole, it left most of page 1 blank (issue 17). Its title stays with its text,
     * and a block of text is not split.
     */
    .steps .card {
      break-inside: auto;
    }
    /* On paper the step's two cards stand one under the other anyway; as blocks, Firefox too can break them over a page (a grid's items it keeps whole). */
    .steps .pair {
      display: block;
    }
    .steps .pair > * + * {
      margin-block-start: 1.2em;
    }
    .steps .card :is(.meta, .kicker, .card-title) {
      break-after: avoid;
    }
    .steps .card .body > * {
      break-inside: avoid;
    }
  }
`;
