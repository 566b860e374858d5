import { createContext } from '@lit/context';
import type { SessionStore } from './session-store.js';

/** The session a <kjk-fan> or <kjk-session> shares with every element inside it. */
export const sessionContext = createContext<SessionStore>(Symbol.for('ken-je-kracht.session'));
