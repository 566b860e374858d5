/** Registers <kjk-card>. */
import { KjkCard } from './components/card/card.js';
import { defineElement } from './internal/define.js';

defineElement('kjk-card', KjkCard);

export { KjkCard };
