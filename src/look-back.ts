/** Registers <kjk-look-back>. */
import { KjkLookBack } from './components/look-back/look-back.js';
import { defineElement } from './internal/define.js';

defineElement('kjk-look-back', KjkLookBack);

export { KjkLookBack };
