/** Registers <kjk-session>. */
import { KjkSession } from './components/session/session.js';
import { defineElement } from './internal/define.js';

defineElement('kjk-session', KjkSession);

export { KjkSession };
