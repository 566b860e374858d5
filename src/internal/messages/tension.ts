import * as nl from '../../../content/nl/messages.json';
import { onDemand, type Messages } from '../i18n.js';

export const tensionMessages: Messages = /* @__PURE__ */ onDemand({ tension: nl.tension }, () =>
  import('../../../content/en/messages.json').then(({ tension }) => ({ tension })),
);
