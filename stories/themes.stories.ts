import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/**
 * Three ways an organisation can dress the fan, with nothing but `--kjk-` custom properties
 * (and `::part` where it wants more). The middle one maps NL Design System tokens.
 */
const meta: Meta = {
  title: 'Guides/Themes',
  parameters: { layout: 'fullscreen' },
};
export default meta;

const themes = html`<style>
  .themes { display: grid; grid-template-columns: repeat(auto-fit, minmax(20em, 1fr)); gap: 1.5em; padding: 1.5em; }
  .themes h2 { font: 600 1.1em/1.3 system-ui, sans-serif; margin: 0 0 0.6em; }
  .themes section { display: grid; gap: 1em; align-content: start; }

  /* 2. In the style of NL Design System: map the organisation's design tokens onto ours. */
  .nlds {
    --utrecht-document-color: #1a1a1a;
    --utrecht-document-background-color: #ffffff;
    --utrecht-focus-outline-color: #000000;
    --rvo-color-hemelblauw: #007bc7;
    --rvo-color-lintblauw: #01689b;
    --rvo-color-donkerblauw: #154273;
    --kjk-text: var(--utrecht-document-color);
    --kjk-surface: var(--utrecht-document-background-color);
    --kjk-focus: var(--utrecht-focus-outline-color);
    --kjk-font-family: 'RijksoverheidSansWebText', Verdana, sans-serif;
    --kjk-radius: 0;
    --kjk-shadow: none;
    --kjk-section-introduction: var(--rvo-color-hemelblauw);
    --kjk-section-step-plan: var(--rvo-color-hemelblauw);
    --kjk-section-knowledge: var(--rvo-color-hemelblauw);
    --kjk-section-preparation: var(--rvo-color-hemelblauw);
    --kjk-section-tension: var(--rvo-color-lintblauw);
    --kjk-section-work-format: var(--rvo-color-lintblauw);
    --kjk-section-action: var(--rvo-color-lintblauw);
    --kjk-section-introduction-ink: var(--rvo-color-donkerblauw);
    --kjk-section-step-plan-ink: var(--rvo-color-donkerblauw);
    --kjk-section-knowledge-ink: var(--rvo-color-donkerblauw);
    --kjk-section-preparation-ink: var(--rvo-color-donkerblauw);
    --kjk-section-tension-ink: var(--rvo-color-donkerblauw);
    --kjk-section-work-format-ink: var(--rvo-color-donkerblauw);
    --kjk-section-action-ink: var(--rvo-color-donkerblauw);
  }
  .nlds kjk-card::part(base) { border-inline: 1px solid #b2d7ee; border-block-end: 1px solid #b2d7ee; }

  /* 3. Calm and high contrast: larger text, strong lines, a focus ring that cannot be missed. */
  .calm {
    --kjk-font-size: 18px;
    --kjk-text: #000000;
    --kjk-text-muted: #333333;
    --kjk-surface: #fffef2;
    --kjk-focus: #000000;
    --kjk-radius: 0.4em;
    --kjk-section-tension: #000000;
    --kjk-section-tension-ink: #000000;
    --kjk-section-work-format: #000000;
    --kjk-section-work-format-ink: #000000;
  }
</style>`;

export const ThreeThemes: StoryObj = {
  render: () => html`${themes}
    <div class="themes" lang="nl">
      <section>
        <h2>1. Standaard</h2>
        <kjk-card card="tension-1"></kjk-card>
        <kjk-card card="work-format-3"></kjk-card>
      </section>
      <section class="nlds">
        <h2>2. NL Design System-stijl</h2>
        <kjk-card card="tension-1"></kjk-card>
        <kjk-card card="work-format-3"></kjk-card>
      </section>
      <section class="calm">
        <h2>3. Rustig, hoog contrast</h2>
        <kjk-card card="tension-1"></kjk-card>
        <kjk-card card="work-format-3"></kjk-card>
      </section>
    </div>`,
};
