import { css } from 'lit';

/**
 * The menu's look, shared by the work formats and the fan. A module of its own: a work format
 * adopts it at once, but loads the menu (share-menu.ts) only when it is first used.
 */
export const shareMenuStyles = css`
  .share-menu {
    display: grid;
    justify-items: start;
    gap: 0.6em;
    flex-basis: 100%;
  }
  .share-chevron {
    width: 0.45em;
    height: 0.45em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: translateY(-0.15em) rotate(45deg);
    transition: transform 0.15s;
  }
  [aria-expanded='true'] > .share-chevron {
    transform: translateY(0.1em) rotate(225deg);
  }
  .share-panel {
    display: grid;
    gap: 0.8em;
    justify-self: stretch;
    max-width: 36em;
    padding: 0.9em 1em;
    border: 2px solid color-mix(in srgb, var(--_ink, var(--_text)) 35%, transparent);
    border-radius: 0.8em;
    background: var(--_surface);
  }
  .share-panel[hidden] {
    display: none;
  }
  .share-group {
    display: grid;
    gap: 0.3em;
  }
  .share-group-label {
    margin: 0;
    font-weight: 700;
  }
  .share-items {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .share-items > li {
    display: grid;
    /* A neighbour with a hint is taller; this button keeps its own height. */
    align-content: start;
    justify-items: start;
    gap: 0.15em;
    max-width: 100%;
  }
  .share-hint {
    padding-inline: 0.2em;
    font-size: 0.85em;
    color: var(--_text-muted);
  }
  /* Long labels wrap inside the button at 320px instead of widening the page. */
  .share-item {
    max-width: 100%;
    text-align: start;
  }
  @media (prefers-reduced-motion: reduce) {
    .share-chevron {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .share-panel {
      border-color: CanvasText;
    }
  }
  @media print {
    .share-menu {
      display: none;
    }
  }
`;
