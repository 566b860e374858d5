/** Registers <kjk-word-cloud>. */
import { KjkWordCloud } from './components/word-cloud/word-cloud.js';
import { defineElement } from './internal/define.js';

defineElement('kjk-word-cloud', KjkWordCloud);

export { KjkWordCloud };
