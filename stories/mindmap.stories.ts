import { html } from 'lit';
import { worksheetStories } from './worksheet-stories.js';
import { writeSheet } from '../src/internal/session/sheets.js';
import { emptyState } from '../src/internal/session/state.js';

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

/** A small photo as the mind map stores one: a JPEG data URL (drawn here, so the story needs no file). */
function storyPhoto(): string {
  const canvas = document.createElement('canvas');
  canvas.width = 160;
  canvas.height = 120;
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#8fc3e8';
  g.fillRect(0, 0, 160, 120);
  g.fillStyle = '#3d8b3d';
  g.fillRect(0, 80, 160, 40);
  g.fillStyle = '#b5462f';
  g.fillRect(30, 50, 50, 40);
  return canvas.toDataURL('image/jpeg', 0.8);
}

/**
 * Layers: the photo lies under the pen lines (the red line is drawn across it), the pictograms lie on top
 * of the lines, and the picked item (the bridge, picked with Enter) comes in front of everything.
 */
export const Layers = {
  render: () => {
    const state = emptyState();
    writeSheet(state, 'mindmap', {
      topic: 'eigen kracht',
      active: 'p-1',
      participants: [{
        id: 'p-1', name: '', notes: {}, figures: [],
        drawing: {
          strokes: [
            { id: 's-1', pen: 'red', width: 5, d: 'M60 -120 L110 -40 L160 -110' },
            { id: 's-2', pen: 'blue', width: 10, d: 'M-170 60 L-60 60' },
          ],
          items: [
            { kind: 'picture', id: 'i-photo', src: storyPhoto(), ratio: 4 / 3, x: 110, y: -80, size: 110, description: 'Ons huis' },
            { kind: 'pictogram', id: 'i-bridge', name: 'bridge', pen: 'blue', x: 150, y: -50, size: 56, description: 'Een brug' },
            { kind: 'pictogram', id: 'i-people', name: 'people', pen: 'purple', x: -120, y: 60, size: 60, description: '' },
          ],
        },
      }],
    });
    return html`<kjk-mindmap persist="none" .state=${state}></kjk-mindmap>`;
  },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = canvasElement.querySelector('kjk-mindmap')!;
    await el.updateComplete;
    const bridge = el.shadowRoot!.querySelector<SVGGElement>('[data-item="i-bridge"]')!;
    bridge.focus();
    bridge.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await el.updateComplete;
  },
};
