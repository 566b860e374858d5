import * as nl from '../../../content/nl/messages.json';
import { onDemand, type Messages } from '../i18n.js';

export const fanMessages: Messages = /* @__PURE__ */ onDemand({ fan: nl.fan, steps: nl.steps, plan: nl.plan }, () =>
  import('../../../content/en/messages.json').then(({ fan, steps, plan }) => ({ fan, steps, plan })),
);
