/** Registers <kjk-octagon>. */
import { KjkOctagon } from './components/octagon/octagon.js';
import { defineElement } from './internal/define.js';

defineElement('kjk-octagon', KjkOctagon);

export { KjkOctagon };
