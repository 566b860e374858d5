import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { emptyState } from '../src/internal/session/state.js';

interface TensionArgs {
  field: string;
  lang: 'nl' | 'en';
  persist: 'session' | 'local' | 'none';
}

const meta: Meta<TensionArgs> = {
  title: 'Elements/kjk-tension-card',
  component: 'kjk-tension-card',
  args: { field: '1', lang: 'nl', persist: 'none' },
  argTypes: {
    field: { control: 'inline-radio', options: ['1', '2', '3', '4', '5', '9'] },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
    persist: { control: 'inline-radio', options: ['session', 'local', 'none'] },
  },
  render: (args) =>
    html`<kjk-tension-card field=${args.field} lang=${args.lang} persist=${args.persist}></kjk-tension-card>`,
};
export default meta;

type Story = StoryObj<TensionArgs>;

export const Field1: Story = {};
export const Field2: Story = { args: { field: '2' } };
export const Field3: Story = { args: { field: '3' } };
export const Field4: Story = { args: { field: '4' } };
export const Field5: Story = { args: { field: '5' } };
export const English: Story = { args: { field: '4', lang: 'en' } };

/** Marked "Dit speelt bij ons", with a note. */
export const Marked: Story = {
  render: (args) => {
    const state = emptyState();
    state.tensions['4'] = { marked: true, note: 'Bij ons beslist vaak de verwijzer.' };
    return html`<kjk-tension-card field="4" lang=${args.lang} persist="none" .state=${state}></kjk-tension-card>`;
  },
};

/** An invalid field: the valid values are listed. */
export const InvalidField: Story = { args: { field: '9' } };

/** `compact`: the tile of step 5 — "Dit speelt bij ons" on top, title and question; the rest opens. */
export const Compact: Story = {
  render: (args) => html`<kjk-tension-card compact field=${args.field} lang=${args.lang} persist="none"></kjk-tension-card>`,
};

/** A chosen tile: its coloured frame and its note right on the tile. */
export const CompactChosen: Story = {
  render: (args) => {
    const state = emptyState();
    state.tensions['2'] = { marked: true, note: 'Moeder wil het zelf doen, oma wil helpen.' };
    return html`<kjk-tension-card compact field="2" lang=${args.lang} persist="none" .state=${state}></kjk-tension-card>`;
  },
};

/** A tile opened with "Uitleg en citaten": the explanation and quotes below, the button keeps focus. */
export const CompactOpen: Story = {
  render: Compact.render,
  args: { field: '4' },
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('kjk-tension-card')!;
    await card.updateComplete;
    card.shadowRoot!.querySelector<HTMLButtonElement>('.more-toggle')!.click();
  },
};
