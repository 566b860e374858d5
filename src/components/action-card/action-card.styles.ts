import { css } from 'lit';

export const actionCardStyles = css`
  .sketch-paper {
    fill: var(--_paper);
    stroke: color-mix(in srgb, var(--_accent) 55%, transparent);
    stroke-width: 1.5;
    stroke-dasharray: 6 5;
  }
  .sketch-title {
    margin: 0 0 0.4em;
    font-weight: 700;
    color: var(--_ink);
  }
  .note {
    flex-wrap: wrap;
  }
  .action-details {
    order: 3;
    flex-basis: 100%;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em 0.8em;
  }
  .detail {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    flex: 1 1 10em;
    font-size: 0.95em;
  }
  .detail .field {
    flex: 1 1 6em;
    min-width: 0;
  }
  .plan-summary {
    margin-block-end: 1em;
  }
  .plan-summary dl {
    margin: 0 0 0.8em;
  }
  .plan-summary dt {
    margin-block-start: 0.5em;
    font-weight: 700;
  }
  .plan-summary dd {
    margin-inline-start: 1em;
  }
  @media (forced-colors: active) {
    .sketch-paper {
      stroke: CanvasText;
    }
  }
`;
