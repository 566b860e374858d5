import { css } from 'lit';

/** Buttons, checkboxes and fields shared by every interactive element: 44px targets, visible focus. */
export const controls = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.45em 1em;
    border: 2px solid var(--_ink, var(--_text));
    border-radius: 999px;
    background: var(--_ink, var(--_text));
    color: var(--_surface);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    cursor: pointer;
    text-decoration: none;
  }
  .button.quiet {
    background: transparent;
    color: var(--_ink, var(--_text));
  }
  .button.danger {
    background: var(--_tension-ink);
    border-color: var(--_tension-ink);
  }
  .button:hover {
    filter: brightness(1.1);
  }
  .button.quiet:hover {
    background: color-mix(in srgb, var(--_ink, var(--_text)) 8%, transparent);
    filter: none;
  }
  .button[disabled],
  .button[aria-disabled='true'] {
    opacity: 0.5;
    cursor: not-allowed;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--_surface);
  }

  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2.75em;
    cursor: pointer;
  }
  .check input {
    width: 1.35em;
    height: 1.35em;
    margin: 0;
    accent-color: var(--_ink, var(--_text));
    flex: none;
  }

  .field {
    width: 100%;
    min-height: 2.75em;
    padding: 0.5em 0.7em;
    border: 2px solid color-mix(in srgb, var(--_text) 45%, transparent);
    border-radius: 0.5em;
    background: var(--_paper);
    color: var(--_text);
    font: inherit;
  }
  textarea.field {
    min-height: 5em;
    resize: vertical;
  }

  /* A field with its "add" button beside it. */
  .add-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: flex-start;
  }
  /* Narrow: the field keeps room to write in and the button goes below it. */
  .add-row .field {
    flex: 1 1 9em;
    min-width: 0;
    resize: vertical;
    field-sizing: content;
    /* Where field-sizing is missing, GrowController measures the field (grow-controller.ts). */
    height: var(--_rows-height, auto);
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    /*
     * A chosen or current control (pressed chip, pen or view; current step or section) would be
     * flattened to the same ButtonFace as the rest. The system's highlight pair keeps it told
     * apart and its text readable in every theme; !important so this one rule beats each
     * element's own chosen-state colours, which forced colours would otherwise flatten.
     */
    [aria-pressed='true'],
    [aria-current='step'],
    [aria-current='true'] {
      background: Highlight !important;
      color: HighlightText !important;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** The session footer: privacy line, remember, clear, storage problems. */
export const sessionFooter = css`
  .session {
    margin-block-start: 1.5em;
    padding: 0.9em 1.1em;
    border-radius: 0.8em;
    background: color-mix(in srgb, var(--_text) 5%, var(--_surface));
    font-size: 0.9em;
  }
  .session p {
    margin: 0 0 0.4em;
  }
  /* The footer's text is 0.9em; its buttons ("Alles wissen") still reach 44px. */
  .session .button {
    min-height: calc(2.75em / 0.9);
  }
  .session .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  .privacy {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
  }
  .lock {
    flex: none;
    width: 0.8em;
    height: 0.7em;
    border: 2px solid currentColor;
    border-radius: 0.15em;
    position: relative;
    top: 0.1em;
  }
  .lock::before {
    content: '';
    position: absolute;
    left: 0.08em;
    right: 0.08em;
    bottom: 100%;
    height: 0.4em;
    border: 2px solid currentColor;
    border-bottom: 0;
    border-radius: 0.4em 0.4em 0 0;
  }
  .confirm {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .confirm p {
    margin: 0;
    font-weight: 600;
  }
  /* Paper shows the answers, not the controls for keeping them. */
  @media print {
    .session {
      display: none;
    }
  }
  .problem {
    margin-block-end: 0.8em;
    padding: 0.8em 1em;
    border-inline-start: 0.3em solid var(--_tension);
    background: color-mix(in srgb, var(--_tension) 10%, var(--_surface));
    border-radius: 0.4em;
  }
  /* News from another tab: a polite line that takes no room while there is none. */
  .notice:has(p) {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block-end: 0.8em;
  }
  .notice p {
    margin: 0;
  }
`;
