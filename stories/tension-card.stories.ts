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
