/** Registers <kjk-fan>; its step plan registers <kjk-tension-card>, which step 5 shows, when it arrives. */
import { KjkFan } from './components/fan/fan.js';
import { defineElement } from './internal/define.js';

defineElement('kjk-fan', KjkFan);

export { KjkFan };
