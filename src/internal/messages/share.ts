import * as nl from '../../../content/nl/messages.json';
import { onDemand, type Messages } from '../i18n.js';

/** "Bewaren en delen": the menu of the work formats and the gespreksplan. */
export const shareMessages: Messages = /* @__PURE__ */ onDemand({ share: nl.share }, () =>
  import('../../../content/en/messages.json').then(({ share }) => ({ share })),
);
