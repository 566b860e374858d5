import { html } from 'lit';
import { worksheetStories } from './worksheet-stories.js';

const stories = worksheetStories('kjk-mindmap', 'mindmap', ['images', 'colours', 'moods', 'questions'], {
  texts: ['Een brug', 'Mensen om het gezin heen', 'Groen en oranje', 'Warm geel', 'Rustig', 'Hoopvol', 'Wat betekent de brug voor jou?', 'Ik zie veel mensen'],
  drawing: {
    strokes: [
      { id: 's-1', pen: 'orange', width: 5, d: 'M-150 -100 L-120 -115 L-90 -105 L-70 -80' },
      { id: 's-2', pen: 'blue', width: 10, d: 'M60 60 L90 75 L130 70 L160 90' },
      { id: 's-3', pen: 'green', width: 2, d: 'M-60 80 L-40 60 L-20 80 L0 60 L20 80' },
    ],
    items: [
      { kind: 'pictogram', id: 'i-1', name: 'bridge', pen: 'blue', x: 120, y: -80, size: 64, description: 'Een brug tussen school en thuis' },
      { kind: 'pictogram', id: 'i-2', name: 'people', pen: 'purple', x: -130, y: 40, size: 70, description: 'Het netwerk rond het gezin' },
      { kind: 'pictogram', id: 'i-3', name: 'seedling', pen: 'green', x: 10, y: 100, size: 48, description: '' },
      { kind: 'pictogram', id: 'i-4', name: 'sun', pen: 'orange', x: -120, y: -60, size: 44, description: '' },
    ],
  },
});

// Storybook reads the default export statically: title and component stay literal here.
export default {
  title: 'Elements/kjk-mindmap',
  component: 'kjk-mindmap',
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

/** The pictograms, opened from the toolbar. */
export const PictogramPicker = {
  render: () => html`<kjk-mindmap persist="none" topic="eigen kracht"></kjk-mindmap>`,
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = canvasElement.querySelector('kjk-mindmap')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="add-pictogram"]')!.click();
    await el.updateComplete;
  },
};
