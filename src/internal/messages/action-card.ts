import * as nl from '../../../content/nl/messages.json';
import { onDemand, type Messages } from '../i18n.js';

export const actionCardMessages: Messages = /* @__PURE__ */ onDemand({ actionCard: nl.actionCard }, () =>
  import('../../../content/en/messages.json').then(({ actionCard }) => ({ actionCard })),
);
