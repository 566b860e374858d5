import { worksheetStories } from './worksheet-stories.js';
import { filledByThree } from './shapes-filled.js';

const stories = worksheetStories('kjk-octagon', 'octagon', ['why', 'how', 'what', 'conditions'], {
  figures: [{ id: 'f-1', label: 'Mijn collega', x: 127, y: -24 }],
});

// Storybook reads the default export statically: title and component stay literal here.
export default {
  title: 'Elements/kjk-octagon',
  component: 'kjk-octagon',
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
/** Three participants with long notes and figures: a count per zone on the shape, the notes whole in the numbered zones beside it. */
export const FilledByThree = filledByThree('kjk-octagon', 'octagon', ['why', 'how', 'what', 'conditions'], [
  { id: 'f-1', label: 'Moeder', x: 0, y: 0 },
  { id: 'f-2', label: 'Oma', x: 60, y: -20 },
  { id: 'f-3', label: 'Mentor', x: -125, y: 40 },
  { id: 'f-4', label: 'Wijkteam', x: 30, y: 132 },
]);
/** The same on a phone: the counts stay on the shape, the notes are the lists under it. */
export const FilledByThreeNarrow = filledByThree('kjk-octagon', 'octagon', ['why', 'how', 'what', 'conditions'], [
  { id: 'f-1', label: 'Moeder', x: 0, y: 0 },
  { id: 'f-2', label: 'Oma', x: 60, y: -20 },
  { id: 'f-3', label: 'Mentor', x: -125, y: 40 },
  { id: 'f-4', label: 'Wijkteam', x: 30, y: 132 },
], true);
