import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { emptyState } from '../src/internal/session/state.js';
import type { KjkFan } from '../src/components/fan/fan.js';

interface FanArgs {
  card: string;
  mode: string;
  lang: 'nl' | 'en';
  persist: 'session' | 'local' | 'none';
  'storage-key': string;
  'hash-navigation': boolean;
}

const meta: Meta<FanArgs> = {
  title: 'Elements/kjk-fan',
  component: 'kjk-fan',
  args: { card: '', mode: '', lang: 'nl', persist: 'none', 'storage-key': 'storybook', 'hash-navigation': false },
  argTypes: {
    card: {
      control: 'select',
      options: ['', 'cover', 'intro', 'usage', 'reactions', 'step-plan', 'knowledge-1', 'knowledge-2', 'why', 'with-whom',
        'where-when', 'tension-1', 'tension-2', 'tension-3', 'tension-4', 'tension-5', 'work-format-1', 'work-format-2',
        'work-format-3', 'work-format-4', 'action'],
    },
    mode: { control: 'inline-radio', options: ['', 'steps'] },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
    persist: { control: 'inline-radio', options: ['session', 'local', 'none'] },
  },
  render: (args) => html`<kjk-fan
    card=${args.card || undefined}
    mode=${args.mode || undefined}
    lang=${args.lang}
    persist=${args.persist}
    storage-key=${args['storage-key']}
    ?hash-navigation=${args['hash-navigation']}
  ></kjk-fan>`,
};
export default meta;

type Story = StoryObj<FanArgs>;

/** Closed: the cover lies on top. */
export const Closed: Story = {};

/** Opened: every card on one pivot, the sections visible by colour. */
export const Open: Story = {
  play: async ({ canvasElement }) => {
    const fan = canvasElement.querySelector<KjkFan>('kjk-fan')!;
    await fan.updateComplete;
    fan.open();
  },
};

/**
 * Opened at a tension field (issue 17): that card lies in front with its face (number, section,
 * title, key question), the others under it by distance, each name on its visible edge.
 */
export const OpenAtCard: Story = {
  play: async ({ canvasElement }) => {
    const fan = canvasElement.querySelector<KjkFan>('kjk-fan')!;
    await fan.updateComplete;
    fan.open();
    await fan.updateComplete;
    // The strip under focus is the card in front, as under the mouse or after the arrow keys.
    fan.shadowRoot!.querySelector<HTMLElement>('.strip[data-index="12"]')!.focus();
  },
};

/** A card read on a phone: the sections in one sideways row, previous and next held at the bottom. */
export const PhoneCard: Story = {
  args: { card: 'tension-3' },
  parameters: { viewport: { defaultViewport: 'mobile1' } },
};

/** The open fan on a phone: a stack of strips, the one in front with its key question. */
export const PhoneOpen: Story = {
  ...Open,
  parameters: { viewport: { defaultViewport: 'mobile1' } },
};

// One story per section: its first card brought to the front.
export const SectionIntroduction: Story = { args: { card: 'intro' } };
export const SectionStepPlan: Story = { args: { card: 'step-plan' } };
export const SectionKnowledge: Story = { args: { card: 'knowledge-1' } };
export const SectionPreparation: Story = { args: { card: 'why' } };
export const SectionTension: Story = { args: { card: 'tension-1' } };
export const SectionWorkFormat: Story = { args: { card: 'work-format-3' } };
export const SectionAction: Story = { args: { card: 'action' } };

/** English, on a page or ancestor with lang="en". */
export const English: Story = { args: { card: 'knowledge-2', lang: 'en' } };

/** A plan partly filled in, at the given step. */
function planAt(step: number) {
  const state = emptyState();
  state.plan = {
    step,
    goals: { chosen: [1], own: ['Samen leren van een casus'] },
    partners: { chosen: [1, 2], own: [] },
    moments: { chosen: [2], own: [] },
    workFormat: 3,
    actions: ['Casus inbrengen bij de volgende intervisie'],
  };
  state.tensions = { '4': { marked: true, note: 'Wie beslist er over de hulp?' } };
  return state;
}

/** The step plan at the given step. */
function atStep(step: number): Story {
  return {
    args: { mode: 'steps' },
    render: (args) => html`<kjk-fan mode="steps" lang=${args.lang} persist="none" .state=${planAt(step)}></kjk-fan>`,
  };
}

/** A session with progress: the cover offers "Ga verder (stap 6)" and, beside it, "Opnieuw beginnen". */
export const ContinueAtStep: Story = {
  render: (args) => html`<kjk-fan lang=${args.lang} persist="none" .state=${planAt(6)}></kjk-fan>`,
};

/** "Opnieuw beginnen" asks first: back to step 1, every answer kept. */
export const StartOverQuestion: Story = {
  render: ContinueAtStep.render,
  play: async ({ canvasElement }) => {
    const fan = canvasElement.querySelector<KjkFan>('kjk-fan')!;
    await fan.updateComplete;
    fan.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="restart-steps"]')!.click();
  },
};
export const Step1Knowledge = atStep(1);
export const Step2Goals = atStep(2);
export const Step3WithWhom = atStep(3);
export const Step4WhereWhen = atStep(4);
export const Step5TensionFields = atStep(5);
/** Step 5 with one tile opened to its whole card (field 4 is chosen, with its note). */
export const Step5TileOpen: Story = {
  ...atStep(5),
  play: async ({ canvasElement }) => {
    const fan = canvasElement.querySelector<KjkFan>('kjk-fan')!;
    await fan.updateComplete;
    const tile = fan.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('kjk-tension-card')[0];
    await tile.updateComplete;
    tile.shadowRoot!.querySelector<HTMLButtonElement>('.more-toggle')!.click();
  },
};
export const Step6WorkFormat = atStep(6);
export const Step7Actions = atStep(7);
export const StepPlanSummary = atStep(8);

/** Stored answers that cannot be read: the fan works on, says so, and overwrites only when asked. */
export const ErrorUnreadableStorage: Story = {
  render: (args) => {
    sessionStorage.setItem('kjk-session:storybook-broken', '{"version": 1, "plan": ');
    return html`<kjk-fan storage-key="storybook-broken" card="why" lang=${args.lang}></kjk-fan>`;
  },
};

/** A custom deck that is not valid: a readable message instead of the fan. */
export const ErrorInvalidDeck: Story = {
  render: (args) => html`<kjk-fan persist="none" lang=${args.lang} .deck=${{ schemaVersion: 1, cards: [] }}></kjk-fan>`,
};
