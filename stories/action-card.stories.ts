import { html } from 'lit';
import { worksheetStories } from './worksheet-stories.js';
import { writeSheet } from '../src/internal/session/sheets.js';
import { emptyState } from '../src/internal/session/state.js';

const stories = worksheetStories('kjk-action-card', 'action-card', ['ideas', 'agreements', 'actions'], {
  texts: ['Vaker samen koken met het gezin', 'Oma vragen voor de woensdag', 'We bellen elke vrijdag even', 'Moeder kiest zelf de volgorde', 'Netwerkberaad plannen', 'Mentor uitnodigen'],
  details: {
    'Netwerkberaad plannen': { who: 'Sanne', when: 'voor 1 december' },
    // A date from the date field, and (above) free text: "Vrije tekst" pressed.
    'Mentor uitnodigen': { who: 'moeder', when: '2026-12-18' },
  },
  drawing: {
    strokes: [
      { id: 's-1', pen: 'red', width: 5, d: 'M-150 40 L-100 0 L-50 40 L0 0 L50 40' },
      { id: 's-2', pen: 'ink', width: 2, d: 'M60 -60 L160 -60 L160 40 L60 40 L60 -60' },
    ],
    items: [],
  },
});

// Storybook reads the default export statically: title and component stay literal here.
export default {
  title: 'Elements/kjk-action-card',
  component: 'kjk-action-card',
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

/** In the fan's step plan: the card opens with the gespreksplan so far. */
export const WithPlan = {
  render: () => html`<kjk-action-card
    persist="none"
    .plan=${[
      { title: 'Waarom in gesprek?', items: ['Spanningsvelden in een casus concretiseren'] },
      { title: 'Met wie in gesprek?', items: ['Ketenpartners'] },
      { title: 'Waar en wanneer in gesprek?', items: ['Teamdag in juni'] },
      { title: 'Welk spanningsveld?', items: ['Regie bij eigen kracht: wie beslist?'] },
      { title: 'Welke werkvorm?', items: ['Cirkelen'] },
    ]}
  ></kjk-action-card>`,
};

/**
 * "Wanneer" switched back to a date while free text is stored: the text stays, shown under the
 * empty date field, until a date is chosen.
 */
export const WhenTextKeptForADate = {
  render: () => html`<kjk-action-card persist="none"></kjk-action-card>`,
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = canvasElement.querySelector('kjk-action-card')!;
    const state = emptyState();
    writeSheet(state, 'action-card', {
      topic: 'Rustiger ochtenden',
      participants: [{ id: 'p-1', name: '', notes: { actions: [{ id: 'n-1', text: 'Netwerkberaad plannen', who: 'Sanne', when: 'na de kerstvakantie' }] }, figures: [] }],
      active: 'p-1',
    });
    el.state = state;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="when-mode"]')!.click();
    await el.updateComplete;
  },
};
