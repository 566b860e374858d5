/** Registers <kjk-fan>, and <kjk-tension-card> which its step plan shows. */
import { KjkFan } from './components/fan/fan.js';
import { defineElement } from './internal/define.js';
import './tension-card.js';

defineElement('kjk-fan', KjkFan);

export { KjkFan };
