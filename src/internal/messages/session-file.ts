import * as nl from '../../../content/nl/messages.json';
import { onDemand, type Messages } from '../i18n.js';

/** The session file "to continue later" (the fan's summary). */
export const sessionFileMessages: Messages = /* @__PURE__ */ onDemand({ sessionFile: nl.sessionFile }, () =>
  import('../../../content/en/messages.json').then(({ sessionFile }) => ({ sessionFile })),
);
