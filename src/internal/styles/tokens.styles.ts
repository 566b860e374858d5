import { css } from 'lit';

/**
 * Design tokens with their defaults. Every value is a `--kjk-` custom property so an
 * organisation can restyle the fan; sizes are in em so a host page that shrinks its
 * root font size cannot shrink us.
 */
export const tokens = css`
  :host {
    --_introduction: var(--kjk-section-introduction, #e49a2f);
    --_introduction-ink: var(--kjk-section-introduction-ink, #8a4f00);
    --_step-plan: var(--kjk-section-step-plan, #2a9a9a);
    --_step-plan-ink: var(--kjk-section-step-plan-ink, #17605f);
    --_knowledge: var(--kjk-section-knowledge, #7a68b8);
    --_knowledge-ink: var(--kjk-section-knowledge-ink, #4f3f8c);
    --_preparation: var(--kjk-section-preparation, #5aa469);
    --_preparation-ink: var(--kjk-section-preparation-ink, #2f6b3b);
    --_tension: var(--kjk-section-tension, #de6a4c);
    --_tension-ink: var(--kjk-section-tension-ink, #a23a22);
    --_work-format: var(--kjk-section-work-format, #3f7fc6);
    --_work-format-ink: var(--kjk-section-work-format-ink, #1f5596);
    --_action: var(--kjk-section-action, #cf4f86);
    --_action-ink: var(--kjk-section-action-ink, #9a2659);

    --_text: var(--kjk-text, #24211d);
    --_text-muted: var(--kjk-text-muted, #5c564e);
    --_surface: var(--kjk-surface, #fffdf8);
    /* Fields and zones: a shade apart from the card. */
    --_paper: var(--kjk-paper, #ffffff);
    /* The table the fan lies on: the fan paints its own ground, whatever the page's colour. */
    --_table: var(--kjk-table, #f3eee5);
    /* Notes are paper slips: yellow with dark text in every colour scheme. */
    --_slip: var(--kjk-slip, #fff8d6);
    --_slip-text: var(--kjk-slip-text, #24211d);
    --_focus: var(--kjk-focus, #1b4fd6);
    --_radius: var(--kjk-radius, 1.1em);
    --_space: var(--kjk-space, 1em);
    --_shadow: var(--kjk-shadow, 0 0.1em 0.2em rgb(60 40 20 / 0.08), 0 0.6em 1.6em rgb(60 40 20 / 0.12));

    display: block;
    box-sizing: border-box;

    /*
     * Reset what a host page might leak into us through inheritance. !important because a
     * page rule on the host element (even \`* { all: revert }\`) beats :host otherwise; the
     * page can still set our font and size through --kjk-font-family and --kjk-font-size.
     */
    font-family: var(--kjk-font-family, inherit) !important;
    font-size: var(--kjk-font-size, max(1em, 16px)) !important;
    font-weight: normal !important;
    font-style: normal !important;
    /*
     * Not !important (WCAG 1.4.12): a user's text-spacing override is an !important rule on
     * every element, and an !important :host would beat it. What a page sets on an ancestor
     * still stops here; only a page rule on our own element comes through.
     */
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start !important;
    text-transform: none !important;
    text-indent: 0 !important;
    white-space: normal !important;
    color: var(--_text) !important;
  }

  :host([hidden]) {
    display: none;
  }

  /* Dark colours follow the user's setting (on screen; paper stays light); every --kjk- property still overrides them. */
  @media screen and (prefers-color-scheme: dark) {
    :host {
      --_introduction-ink: var(--kjk-section-introduction-ink, #f2b866);
      --_step-plan-ink: var(--kjk-section-step-plan-ink, #6fd1cf);
      --_knowledge-ink: var(--kjk-section-knowledge-ink, #bcaef2);
      --_preparation-ink: var(--kjk-section-preparation-ink, #93d6a0);
      --_tension-ink: var(--kjk-section-tension-ink, #f7a28c);
      --_work-format-ink: var(--kjk-section-work-format-ink, #92c0f4);
      --_action-ink: var(--kjk-section-action-ink, #f29ac0);
      --_text: var(--kjk-text, #f3eee6);
      --_text-muted: var(--kjk-text-muted, #cdc5b9);
      --_surface: var(--kjk-surface, #22201d);
      --_paper: var(--kjk-paper, #2d2a26);
      --_table: var(--kjk-table, #181614);
      --_focus: var(--kjk-focus, #8fb3ff);
      --_shadow: var(--kjk-shadow, 0 0.1em 0.2em rgb(0 0 0 / 0.4), 0 0.6em 1.6em rgb(0 0 0 / 0.45));
      color-scheme: dark;
    }
  }

  /* border-box set here, not inherited: a host page may force content-box on our host. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
`;
