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
  /* The compact tile (step 5): short, the choice on top, a clear frame once chosen. */
  .tile {
    padding: var(--_space) var(--_space) calc(var(--_space) * 1.2);
  }
  .tile::after {
    display: none;
  }
  .tile-top {
    display: flex;
    flex-wrap: wrap-reverse;
    justify-content: space-between;
    align-items: center;
    gap: 0 1em;
  }
  .tile .mark {
    margin: 0;
    padding: 0;
    border: 0;
  }
  .tile .meta {
    margin: 0;
  }
  .tile .card-title {
    margin-block-start: 0.3em;
    font-size: 1.35em;
  }
  .tile .question {
    font-size: 1.1em;
    margin-block-end: 0.6em;
  }
  .tile.chosen {
    border: 3px solid var(--_accent);
    border-block-start-width: 0.65em;
    background: color-mix(in srgb, var(--_accent) 7%, var(--_surface));
    box-shadow: 0 0 0 3px color-mix(in srgb, var(--_accent) 30%, transparent), var(--_shadow);
  }
  .tile-note .note-label {
    margin-block-start: 0;
  }
  .tile-note {
    margin-block-end: 0.6em;
  }
  .more-toggle {
    justify-content: flex-start;
    text-align: start;
    margin-inline-start: -0.4em;
    border-color: transparent;
    padding-inline: 0.4em 0.8em;
  }
  .chevron {
    width: 0.5em;
    height: 0.5em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: translateY(-0.15em) rotate(45deg);
  }
  [aria-expanded='true'] > .chevron {
    transform: translateY(0.15em) rotate(-135deg);
  }
  .more {
    margin-block-start: 0.6em;
  }
  @media (forced-colors: active) {
    .tile.chosen {
      border-color: Highlight;
    }
  }
  @media print {
    .mark .check input {
      display: none;
    }
    /* On paper the whole card: nothing to open. */
    .more[hidden] {
      display: block;
    }
    .more-toggle {
      display: none;
    }
    /* On paper without its box, "Dit speelt bij ons" would seem said of every field: only the chosen say it. */
    .tile:not(.chosen) .tile-top .mark {
      display: none;
    }
  }
`;
