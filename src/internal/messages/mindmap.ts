import * as nl from '../../../content/nl/messages.json';
import { onDemand, type Messages } from '../i18n.js';

export const mindmapMessages: Messages = /* @__PURE__ */ onDemand({ mindmap: nl.mindmap }, () =>
  import('../../../content/en/messages.json').then(({ mindmap }) => ({ mindmap })),
);
