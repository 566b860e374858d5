import { css } from 'lit';

export const circleQuadrantStyles = css`
  /*
   * The notes in the quadrants show only where the circle is drawn large enough to read them:
   * their 8 units are 12px or more from a sheet 510px wide (340 units). Narrower, each quadrant
   * shows its count and the zones list the notes.
   */
  .sheet {
    container: sheet / inline-size;
  }
  .zone-notes {
    display: none;
  }
  @container sheet (min-width: 510px) {
    .zone-notes {
      display: block;
    }
  }
`;
