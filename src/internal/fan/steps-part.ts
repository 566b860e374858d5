/**
 * The fan's step plan as one part, downloaded when it is first opened (issue 14): its steps, its
 * look, "Bewaren en delen" with the session file, and the tension cards that step 5 hosts.
 */
import '../../tension-card.js';
import { LocaleController } from '../i18n.js';
import { sessionFileMessages } from '../messages/session-file.js';
import { SessionFileController, type SessionFileHost } from '../session/session-file.js';

export { renderSteps } from './render-steps.js';
export { stepsStyles } from './steps.styles.js';
export { stepsPhoneStyles } from './steps-phone.styles.js';
export { ShareMenu, saveDocx, shareMenuStyles } from '../share-menu.js';

/** The session file with its own texts, which come with this part rather than with the fan. */
export function sessionFileFor(host: SessionFileHost, say: (message: string, isError?: boolean) => void, returnFocus: string): SessionFileController {
  return new SessionFileController(host, say, returnFocus, new LocaleController(host, sessionFileMessages));
}

/**
 * The gespreksplan arrives with the step plan (its last step shows it): named here so the chunk
 * graph keeps the plan in one chunk with <kjk-session>, not split by who imports which half.
 */
export * as plan from '../plan/plan-part.js';
