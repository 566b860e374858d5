import * as nl from '../../../content/nl/messages.json';
import { onDemand, type Messages } from '../i18n.js';

export const lookBackMessages: Messages = /* @__PURE__ */ onDemand({ lookBack: nl.lookBack }, () =>
  import('../../../content/en/messages.json').then(({ lookBack }) => ({ lookBack })),
);
