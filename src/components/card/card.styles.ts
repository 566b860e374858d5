import { css } from 'lit';

export const cardStyles = css`
  /* Printed, every card gets a page of its own, as in the printed fan. */
  @media print {
    :host {
      break-before: page;
      break-inside: avoid;
    }
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
