import * as nl from '../../../content/nl/messages.json';
import { onDemand, type Messages } from '../i18n.js';

export const wordCloudMessages: Messages = /* @__PURE__ */ onDemand({ wordCloud: nl.wordCloud }, () =>
  import('../../../content/en/messages.json').then(({ wordCloud }) => ({ wordCloud })),
);
