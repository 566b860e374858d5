/** Registers <kjk-tension-card>. */
import { KjkTensionCard } from './components/tension-card/tension-card.js';
import { defineElement } from './internal/define.js';

defineElement('kjk-tension-card', KjkTensionCard);

export { KjkTensionCard };
