import { html } from 'lit';
import { worksheetStories } from './worksheet-stories.js';

const stories = worksheetStories('kjk-word-cloud', 'word-cloud', ['words'], {
  texts: ['zelf regie', 'netwerk'],
});

// Storybook reads the default export statically: title and component stay literal here.
export default {
  title: 'Elements/kjk-word-cloud',
  component: 'kjk-word-cloud',
  args: stories.meta.args,
  argTypes: stories.meta.argTypes,
  render: stories.meta.render,
};
export const Empty = stories.Empty;
export const Filled = stories.Filled;
export const ReadOnly = stories.ReadOnly;
export const SeveralParticipants = stories.SeveralParticipants;
export const English = stories.English;
export const InALesson = stories.InALesson;
export const Narrow = stories.Narrow;

const WORDS = ['zelf regie', 'netwerk', 'veerkracht', 'zelf regie', 'samen', 'vertrouwen', 'netwerk', 'zelf regie', 'eigen keuzes',
  'hulp durven vragen', 'talent', 'zelfvertrouwen', 'netwerk', 'verantwoordelijkheid', 'samen', 'mee kunnen doen', 'zelf regie',
  'doorzettingsvermogen', 'steun', 'ouders als expert', 'veerkracht', 'eigen oplossingen'];

function groupState() {
  return {
    version: 3,
    plan: { step: 1, goals: { chosen: [], own: [] }, partners: { chosen: [], own: [] }, moments: { chosen: [], own: [] }, workFormat: null, actions: [] },
    tensions: {},
    participants: [{ id: 'p-1', name: '' }],
    worksheets: {
      'word-cloud': {
        active: 'p-1',
        people: { 'p-1': { figures: [], notes: { words: WORDS.map((text, i) => ({ id: `n-${i}`, text })) } } },
      },
    },
  };
}

/** A group of professionals answered: the field on top, the words as chips to remove, the cloud as the hero. */
export const Group = {
  render: () => html`<kjk-word-cloud persist="none" .state=${groupState()}></kjk-word-cloud>`,
};

/** On a phone (320 px): the cloud stays the hero, laid out taller so its words stay readable. */
export const GroupOnAPhone = {
  render: () => html`<div class="narrow-frame"><kjk-word-cloud persist="none" .state=${groupState()}></kjk-word-cloud></div>`,
  parameters: { viewport: { defaultViewport: 'mobile1' } },
};
