import { worksheetStories } from './worksheet-stories.js';

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
