import { css } from 'lit';

/**
 * The step plan on a phone (issue 17), with the step plan's part so the fan's own styles stay free
 * of its rules until it opens (issue 14). After the step plan's styles, so these win at equal weight.
 */
export const stepsPhoneStyles = css`
  @container (max-width: 480px) {
    /* The eight dots in one row: as wide as the row allows, never under WCAG's 24 px, and 44 px tall to tap. */
    .progress {
      flex-wrap: nowrap;
      gap: 0.2em;
    }
    .progress > li {
      flex: 1 1 0;
      min-width: 1.5em;
      max-width: 2.75em;
    }
    .dot {
      width: 100%;
      padding: 0;
      border-radius: 1.4em;
    }
  }
`;
