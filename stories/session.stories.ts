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

/** A session as a team leaves it: a vraagstuk, three participants, the octagon, a word cloud and five actions. */
function filledSession() {
  const people = ['Sanne', 'Ahmed', ''];
  const sheet = (notes: (i: number) => Record<string, { id: string; text: string; who?: string; when?: string }[]>) => ({
    topic: 'Hoe houden we gezin Z. zelf aan het roer?',
    participants: people.map((name, i) => ({ id: `p-${i}`, name, notes: notes(i), figures: [] })),
    active: 'p-0',
  });
  const actions = ['Gezin Z. uitnodigen voor een keukentafelgesprek', 'Netwerkkaart maken met de ouders', 'Wijkteam bellen', 'Terugkoppelen in het teamoverleg', 'Over zes weken samen evalueren'];
  return {
    version: 2,
    plan: {
      step: 8,
      goals: { chosen: [1], own: ['Zicht op wat het gezin zelf kan'] },
      partners: { chosen: [0, 1], own: [] },
      moments: { chosen: [1], own: [] },
      workFormat: 2,
      actions: [],
    },
    tensions: { '2': { marked: true, note: 'Wie beslist er bij gezin Z.?' }, '4': { marked: true, note: '' } },
    worksheets: {
      octagon: sheet((i) => ({
        why: [{ id: `n-why-${i}`, text: ['Kinderen veilig laten opgroeien', 'Ouders in hun kracht zetten', 'Het gezin zelf laten kiezen'][i] }],
        how: [{ id: `n-how-${i}`, text: ['Goed luisteren', 'Samen plannen maken', 'Het netwerk erbij halen'][i] }],
        what: [{ id: `n-what-${i}`, text: ['Een plan van het gezin zelf', 'Minder crisismomenten', 'Ouders vragen eerder hulp'][i] }],
        conditions: [{ id: `n-cond-${i}`, text: ['Tijd voor huisbezoeken', 'Steun van de leidinggevende', 'Een vaste contactpersoon'][i] }],
      })),
      'word-cloud': sheet((i) => ({ words: ['Regie', 'Samen', i ? 'Vertrouwen' : 'Netwerk'].map((text, n) => ({ id: `w-${i}-${n}`, text })) })),
      'action-card': sheet((i) => ({
        ideas: i === 0 ? [{ id: 'i-1', text: 'Een vaste contactpersoon voor het gezin' }] : [],
        agreements: i === 1 ? [{ id: 'a-1', text: 'Elke maand samen kijken hoe het gaat' }] : [],
        actions: actions
          .map((text, n) => ({ id: `x-${n}`, text, who: people[n % 3] || 'Deelnemer 3', when: `Week ${n + 2}` }))
          .filter((_, n) => n % 3 === i),
      })),
    },
  };
}

/**
 * `show-plan`: the gespreksplan of everything the elements hold, as a handout below them. It prints
 * on one A4 page with `printPlan()`; `planToText()`, `planToMarkdown()` and `planToDocx()` export it.
 */
export const WithPlan: StoryObj<SessionArgs> = {
  args: { persist: 'none', 'storage-key': 'storybook-plan' },
  render: (args) => html`<kjk-session show-plan persist=${args.persist} storage-key=${args['storage-key']} lang=${args.lang} .state=${filledSession()}>
    <kjk-octagon></kjk-octagon>
    <kjk-action-card></kjk-action-card>
  </kjk-session>`,
};
