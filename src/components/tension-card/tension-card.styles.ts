import { css } from 'lit';

export const tensionCardStyles = css`
  .mark {
    margin-block-start: 1.2em;
    padding-block-start: 1em;
    border-block-start: 2px dashed color-mix(in srgb, var(--_accent) 60%, transparent);
  }
  .mark .check {
    font-weight: 700;
    color: var(--_ink);
  }
  .note-label {
    display: block;
    margin-block: 0.6em 0.3em;
    font-weight: 600;
  }
  .hint {
    margin: 0.4em 0 0;
    font-size: 0.85em;
    color: var(--_text-muted);
  }
  .marked-badge {
    display: inline-block;
    margin-inline-start: 0.5em;
    padding: 0.1em 0.6em;
    border-radius: 999px;
    background: var(--_ink);
    color: var(--_surface);
    font-size: 0.8em;
  }
  @media print {
    .mark .check input {
      display: none;
    }
  }
`;
