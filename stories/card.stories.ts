import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { CARD_IDS } from '../src/internal/content/deck-schema.js';

interface CardArgs {
  card: string;
  lang: 'nl' | 'en';
  'deck-src': string;
  /** The level of the card's title: 2 on a page of its own, 3–5 below the host page's headings. */
  'heading-level': 2 | 3 | 4 | 5;
}

const meta: Meta<CardArgs> = {
  title: 'Elements/kjk-card',
  component: 'kjk-card',
  args: { card: 'intro', lang: 'nl', 'deck-src': '', 'heading-level': 2 },
  argTypes: {
    card: { control: 'select', options: [...CARD_IDS, 'does-not-exist'] },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
    'heading-level': { control: 'inline-radio', options: [2, 3, 4, 5] },
  },
  render: (args) =>
    html`<kjk-card card=${args.card} lang=${args.lang} deck-src=${args['deck-src'] || undefined} heading-level=${args['heading-level']}></kjk-card>`,
};
export default meta;

type Story = StoryObj<CardArgs>;
const card = (id: string, lang: 'nl' | 'en' = 'nl'): Story => ({ args: { card: id, lang } });

export const Cover = card('cover');
export const CoverEn = card('cover', 'en');
export const Intro = card('intro');
export const IntroEn = card('intro', 'en');
export const Usage = card('usage');
export const UsageEn = card('usage', 'en');
export const Reactions = card('reactions');
export const ReactionsEn = card('reactions', 'en');
export const StepPlan = card('step-plan');
export const StepPlanEn = card('step-plan', 'en');
export const Knowledge1 = card('knowledge-1');
export const Knowledge1En = card('knowledge-1', 'en');
export const Knowledge2 = card('knowledge-2');
export const Knowledge2En = card('knowledge-2', 'en');
export const Why = card('why');
export const WhyEn = card('why', 'en');
export const WithWhom = card('with-whom');
export const WithWhomEn = card('with-whom', 'en');
export const WhereWhen = card('where-when');
export const WhereWhenEn = card('where-when', 'en');
export const Tension1 = card('tension-1');
export const Tension1En = card('tension-1', 'en');
export const Tension2 = card('tension-2');
export const Tension2En = card('tension-2', 'en');
export const Tension3 = card('tension-3');
export const Tension3En = card('tension-3', 'en');
export const Tension4 = card('tension-4');
export const Tension4En = card('tension-4', 'en');
export const Tension5 = card('tension-5');
export const Tension5En = card('tension-5', 'en');
export const WorkFormat1 = card('work-format-1');
export const WorkFormat1En = card('work-format-1', 'en');
export const WorkFormat2 = card('work-format-2');
export const WorkFormat2En = card('work-format-2', 'en');
export const WorkFormat3 = card('work-format-3');
export const WorkFormat3En = card('work-format-3', 'en');
export const WorkFormat4 = card('work-format-4');
export const WorkFormat4En = card('work-format-4', 'en');
export const Action = card('action');
export const ActionEn = card('action', 'en');

/** On an intranet page with its own h1 and h2: `heading-level="3"` makes the card's title an h3. */
export const OnAPage: Story = {
  args: { card: 'knowledge-1', 'heading-level': 3 },
  render: (args) => html`<article>
    <h1>Werken met eigen kracht</h1>
    <h2>Wat zegt de Jeugdwet?</h2>
    <kjk-card card=${args.card} lang=${args.lang} heading-level=${args['heading-level']}></kjk-card>
  </article>`,
};

/** An unknown id: the card lists the ids that exist. */
export const UnknownCard = card('does-not-exist');

/** A custom deck that is not valid: a readable message, never a blank card. */
export const InvalidCustomDeck: Story = {
  render: (args) => html`<kjk-card card="intro" lang=${args.lang} .deck=${{ schemaVersion: 1, cards: [] }}></kjk-card>`,
};

/** Narrow: the card at 320px wide. */
export const Narrow: Story = {
  args: { card: 'tension-4' },
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  render: (args) => html`<div class="narrow"><kjk-card card=${args.card} lang=${args.lang}></kjk-card></div>`,
};
