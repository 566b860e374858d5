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
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-transform: none !important;
    text-indent: 0 !important;
    white-space: normal !important;
    color: var(--_text) !important;
  }

  :host([hidden]) {
    display: none;
  }

  /* border-box set here, not inherited: a host page may force content-box on our host. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
`;
