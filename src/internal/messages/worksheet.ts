import * as nl from '../../../content/nl/messages.json';
import { onDemand, type Messages } from '../i18n.js';

export const worksheetMessages: Messages = /* @__PURE__ */ onDemand({ worksheet: nl.worksheet }, () =>
  import('../../../content/en/messages.json').then(({ worksheet }) => ({ worksheet })),
);
