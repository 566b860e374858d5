import { css } from 'lit';

/** The live panel: a calm band in the element's own colours, QR beside the people on a wide screen, stacked on a phone. */
export const livePanelStyles = css`
  .live {
    margin-block: 1.25em;
    padding: 1em 1.1em;
    border: 2px solid color-mix(in srgb, var(--_work-format) 45%, transparent);
    border-radius: 0.8em;
    background: color-mix(in srgb, var(--_work-format) 7%, var(--_surface));
    color: var(--_text);
    container-type: inline-size;
  }
  .live.problem {
    border-color: var(--_tension-ink);
  }
  .live p {
    margin: 0 0 0.6em;
    max-width: 65ch;
  }
  .live-title {
    display: flex;
    align-items: center;
    gap: 0.5em;
    font-weight: 700;
    font-size: 1.1em;
  }
  /* Two people side by side: the sign for "together", drawn with borders so forced colours keep it. */
  .live-dot {
    flex: none;
    width: 0.7em;
    height: 0.7em;
    border: 2px solid var(--_work-format-ink);
    border-radius: 50%;
    box-shadow: 0.45em 0 0 -2px var(--_surface), 0.45em 0 0 0 var(--_work-format-ink);
    margin-inline-end: 0.45em;
  }
  .live-subtitle {
    font-weight: 700;
  }
  .live-help {
    color: var(--_text-muted);
  }
  .live-message {
    font-weight: 600;
  }
  .live-offline {
    padding: 0.5em 0.8em;
    border-inline-start: 0.3em solid var(--_introduction-ink);
    background: color-mix(in srgb, var(--_introduction) 12%, var(--_surface));
    border-radius: 0.3em;
  }
  .live-label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.3em;
  }
  .live-form {
    display: grid;
    gap: 0.4em;
    max-width: 28em;
  }
  .live-form .button {
    justify-self: start;
  }
  .live-hint {
    margin: 0;
  }
  .live-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-block: 0.5em;
  }
  .live-join {
    display: grid;
    gap: 1.25em;
  }
  @container (min-width: 40em) {
    .live-join {
      grid-template-columns: minmax(14em, 22em) 1fr;
    }
  }
  .live-link-text {
    font-size: 0.9em;
  }
  /* The code stays black on white in every theme and in forced colours: a scanner needs the contrast. */
  .qr {
    display: block;
    width: min(100%, 16em);
    height: auto;
    margin-block: 0.5em 0.8em;
    border-radius: 0.3em;
    forced-color-adjust: none;
  }
  .qr-ground {
    fill: #fff;
  }
  .qr-dark {
    fill: #000;
  }
  .live-copied.failed {
    color: var(--_tension-ink);
  }
  .live-people ul {
    margin: 0 0 0.6em;
    padding: 0;
    list-style: none;
  }
  .live-people li {
    padding: 0.45em 0.7em;
    margin-block-end: 0.35em;
    border-radius: 0.4em;
    background: var(--_paper);
    border: 1px solid color-mix(in srgb, var(--_text) 20%, transparent);
  }
  .live-people li.away {
    color: var(--_text-muted);
  }
  .live-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.75em 1.25em;
    margin-block-start: 1em;
    padding-block-start: 1em;
    border-block-start: 1px solid color-mix(in srgb, var(--_text) 20%, transparent);
  }
  .live-reveal p {
    margin-block: 0.3em 0;
  }
  .live-confirm {
    flex-direction: column;
    align-items: flex-start;
  }
  .live-privacy {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    margin-block: 0.8em 0;
    font-size: 0.9em;
  }
  /* The lock of the privacy line, when the element has none (it is the session footer's). */
  .live-privacy .lock {
    flex: none;
    width: 0.8em;
    height: 0.7em;
    border: 2px solid currentColor;
    border-radius: 0.15em;
  }
  .live-follow {
    font-weight: 600;
  }
  .live [tabindex='-1']:focus {
    outline: none;
  }
  .live [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media print {
    .live {
      display: none;
    }
  }
`;
