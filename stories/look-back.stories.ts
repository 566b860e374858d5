import { html } from 'lit';
import { worksheetStories } from './worksheet-stories.js';

const stories = worksheetStories('kjk-look-back', 'look-back', ['situation', 'involved', 'task', 'you', 'others', 'result', 'went-well', 'next-time'], {
  texts: [
    'Huisbezoek bij een gezin met drie kinderen', 'Moeder wilde het zelf oplossen',
    'Moeder, oma en de mentor van school', 'Ik als gezinscoach',
    'Samen een plan maken voor de ochtenden', 'Wie brengt de kinderen naar school?',
    'Ik vroeg wie er kon helpen', 'Ik hield me in met adviezen',
    'Oma bood aan twee ochtenden te komen', 'De mentor belde moeder terug',
    'Een plan dat van moeder zelf is', 'Rustiger ochtenden',
    'Doorvragen naar het netwerk', 'Moeder bepaalde het tempo',
    'Eerder de mentor betrekken', 'Afspraken op papier zetten',
  ],
});

// Storybook reads the default export statically: title and component stay literal here.
export default {
  title: 'Elements/kjk-look-back',
  component: 'kjk-look-back',
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

/** The guide is at the fourth question: "Wat deed jij?". */
export const AtQuestionFour = {
  render: () => html`<kjk-look-back persist="none" topic="Regie voeren"></kjk-look-back>`,
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = canvasElement.querySelector('kjk-look-back')!;
    await el.updateComplete;
    for (let i = 0; i < 3; i++) {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="next-question"]')!.click();
      await el.updateComplete;
    }
  },
};

/** Together: "Wat ging goed" is stone 7 of the path, numbered like the others (not a button). */
export const AtWhatWentWell = {
  render: () => html`<kjk-look-back persist="none" topic="Regie voeren"></kjk-look-back>`,
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = canvasElement.querySelector('kjk-look-back')!;
    await el.updateComplete;
    for (let i = 0; i < 6; i++) {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="next-question"]')!.click();
      await el.updateComplete;
    }
  },
};
