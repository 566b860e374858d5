/** Registers <kjk-mindmap>. */
import { KjkMindmap } from './components/mindmap/mindmap.js';
import { defineElement } from './internal/define.js';

defineElement('kjk-mindmap', KjkMindmap);

export { KjkMindmap };
