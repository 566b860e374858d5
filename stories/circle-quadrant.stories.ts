import { worksheetStories } from './worksheet-stories.js';
import { filledByThree } from './shapes-filled.js';

const stories = worksheetStories('kjk-circle-quadrant', 'circle-quadrant', ['proud', 'difficult', 'nightmare', 'dream']);

// Storybook reads the default export statically: title and component stay literal here.
export default {
  title: 'Elements/kjk-circle-quadrant',
  component: 'kjk-circle-quadrant',
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
/** Three participants with long notes: the notes whole and readable inside their quadrant, the rest counted. */
export const FilledByThree = filledByThree('kjk-circle-quadrant', 'circle-quadrant', ['proud', 'difficult', 'nightmare', 'dream'], []);
/** The same on a phone: the counts stay on the shape, the notes are the lists under it. */
export const FilledByThreeNarrow = filledByThree('kjk-circle-quadrant', 'circle-quadrant', ['proud', 'difficult', 'nightmare', 'dream'], [], true);
