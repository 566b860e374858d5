/** Registers <kjk-circle-quadrant>. */
import { KjkCircleQuadrant } from './components/circle-quadrant/circle-quadrant.js';
import { defineElement } from './internal/define.js';

defineElement('kjk-circle-quadrant', KjkCircleQuadrant);

export { KjkCircleQuadrant };
