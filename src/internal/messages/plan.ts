import * as nl from '../../../content/nl/messages.json';
import { onDemand, type Messages } from '../i18n.js';

/** The gespreksplan's texts alone, for <kjk-session show-plan>. */
export const planMessages: Messages = /* @__PURE__ */ onDemand({ plan: nl.plan }, () =>
  import('../../../content/en/messages.json').then(({ plan }) => ({ plan })),
);
