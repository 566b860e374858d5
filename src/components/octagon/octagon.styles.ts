import { css } from 'lit';

export const octagonStyles = css`
  .level-0 { --_fill: 40%; }
  .level-1 { --_fill: 26%; }
  .level-2 { --_fill: 15%; }
  .level-3 { --_fill: 6%; }
  .figure-list {
    list-style: none;
    margin: 0 0 0.6em;
    padding: 0;
    display: grid;
    gap: 0.3em;
  }
  .figure-list li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.4em;
  }
  /* A visible label, not a placeholder that goes away as one types. */
  .figure-name {
    display: block;
    margin-block-end: 0.3em;
    font-weight: 600;
  }
`;
