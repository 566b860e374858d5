import { css } from 'lit';

/**
 * The step plan's own look: added to the fan's shadow root when the step plan arrives (issue 14),
 * after the fan's styles, where it stood when it was part of them. The step panel's box (`.steps`)
 * stays in fan.styles.ts, so the panel has its place while its content loads.
 */
export const stepsStyles = css`
  .steps-kicker {
    margin: 0;
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_ink);
  }
  /* "Stap 3 van 7" is part of the step heading, so it is read with it; it looks like a line of text above. */
  .progress-text {
    display: block;
    margin-block-end: 0.3em;
    font-size: calc(1em / 1.5);
    line-height: 1.5;
    font-weight: 600;
    color: var(--_text);
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
    margin: 0.4em 0 1em;
    padding: 0;
    list-style: none;
  }
  .dot {
    width: 2.75em;
    height: 2.75em;
    border-radius: 50%;
    border: 2px solid var(--_ink);
    background: var(--_surface);
    color: var(--_ink);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }
  .dot.done {
    background: color-mix(in srgb, var(--_accent) 30%, var(--_surface));
  }
  .dot[aria-current='step'] {
    background: var(--_ink);
    color: var(--_surface);
  }
  .steps h2 {
    margin: 0 0 0.3em;
    font-size: 1.5em;
    line-height: 1.2;
    color: var(--_ink);
  }
  .step-text {
    margin: 0 0 1em;
    max-width: 65ch;
  }
  .step-body {
    margin-block: 1em;
  }
  .pair,
  .tensions {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 22em), 1fr));
    gap: 1.2em;
    align-items: start;
  }
  .pair .card::after,
  .tensions .card::after {
    display: none;
  }
  .choices {
    display: grid;
    gap: 0.2em;
    margin: 0;
    padding: 0;
    border: 0;
    max-width: 50em;
  }
  .option {
    align-items: flex-start;
    padding: 0.45em 0.7em;
    border-radius: 0.5em;
  }
  .option:hover {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
  .option input {
    margin-top: 0.1em;
  }
  .format {
    border: 1px solid color-mix(in srgb, var(--_accent) 40%, transparent);
    margin-block-end: 0.4em;
  }
  .chosen-format {
    margin-block-start: 1.2em;
  }
  .own {
    margin-block-start: 1.2em;
    max-width: 50em;
  }
  .own-label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.3em;
  }
  .hint {
    margin: 0.3em 0 0;
    font-size: 0.85em;
    color: var(--_text-muted);
  }
  .own-items {
    list-style: none;
    padding: 0;
    margin: 0.8em 0 0;
    display: grid;
    gap: 0.4em;
  }
  .own-items li {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 0.6em;
    padding: 0.3em 0.3em 0.3em 0.9em;
    background: var(--_slip);
    color: var(--_slip-text);
    border: 1px solid #eadfb8;
    border-radius: 0.3em;
    box-shadow: 0 0.1em 0.2em rgb(60 40 20 / 0.12);
    overflow-wrap: anywhere;
  }
  .step-nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6em;
    margin-block-start: 1.5em;
  }
  .step-nav .button:last-child {
    margin-inline-start: auto;
  }
  .plan h3 {
    margin: 1em 0 0.3em;
    font-size: 1em;
    text-transform: none;
    letter-spacing: normal;
    color: var(--_ink);
  }
  .plan ul {
    margin: 0;
    padding-inline-start: 1.3em;
  }
  .plan-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6em;
    margin-block-start: 1.4em;
  }

  @media (forced-colors: active) {
    .dot {
      border: 2px solid ButtonText;
    }
  }
`;
