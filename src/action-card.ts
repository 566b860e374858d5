/** Registers <kjk-action-card>. */
import { KjkActionCard } from './components/action-card/action-card.js';
import { defineElement } from './internal/define.js';

defineElement('kjk-action-card', KjkActionCard);

export { KjkActionCard };
