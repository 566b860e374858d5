import * as nl from '../../../content/nl/messages.json';
import { onDemand, type Messages } from '../i18n.js';

/** The live session's panel (issue 15): only in its own chunk, loaded when an element has `live-server` or a join link. */
export const liveMessages: Messages = /* @__PURE__ */ onDemand({ live: nl.live }, () =>
  import('../../../content/en/messages.json').then(({ live }) => ({ live })),
);
