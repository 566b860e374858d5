import * as nl from '../../../content/nl/messages.json';
import { onDemand, type Messages } from '../i18n.js';

export const cardMessages: Messages = /* @__PURE__ */ onDemand({ card: nl.card, deck: nl.deck }, () =>
  import('../../../content/en/messages.json').then(({ card, deck }) => ({ card, deck })),
);
