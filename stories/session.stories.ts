import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface SessionArgs {
  persist: 'session' | 'local' | 'none';
  'storage-key': string;
  lang: 'nl' | 'en';
}

const meta: Meta<SessionArgs> = {
  title: 'Elements/kjk-session',
  component: 'kjk-session',
  args: { persist: 'session', 'storage-key': 'storybook-lesson', lang: 'nl' },
  argTypes: {
    persist: { control: 'inline-radio', options: ['session', 'local', 'none'] },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
  },
  render: (args) => html`<kjk-session persist=${args.persist} storage-key=${args['storage-key']} lang=${args.lang}>
    <kjk-tension-card field="3"></kjk-tension-card>
    <kjk-tension-card field="4"></kjk-tension-card>
  </kjk-session>`,
};
export default meta;

/** Two tension fields in one lesson share one session and one privacy line. */
export const TwoElementsOneSession: StoryObj<SessionArgs> = {};

/** Nothing is saved: persist="none". */
export const NotSaved: StoryObj<SessionArgs> = { args: { persist: 'none' } };
