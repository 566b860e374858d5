import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/index.js';

// Attributes, properties, events, parts and custom properties come from the JSDoc on each element.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    // An accessibility violation fails the story in the a11y panel and in test runs.
    a11y: { test: 'error' },
    layout: 'padded',
  },
};

export default preview;
