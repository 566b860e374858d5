import * as nl from '../../../content/nl/messages.json';
import { onDemand, type Messages } from '../i18n.js';

export const sketchMessages: Messages = /* @__PURE__ */ onDemand({ sketch: nl.sketch }, () =>
  import('../../../content/en/messages.json').then(({ sketch }) => ({ sketch })),
);
