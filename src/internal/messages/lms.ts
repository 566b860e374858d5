import * as nl from '../../../content/nl/messages.json';
import { onDemand, type Messages } from '../i18n.js';

/** The LMS package's own texts (dist/lms only). */
export const lmsMessages: Messages = /* @__PURE__ */ onDemand({ lms: nl.lms }, () =>
  import('../../../content/en/messages.json').then(({ lms }) => ({ lms })),
);
