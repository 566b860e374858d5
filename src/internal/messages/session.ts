import * as nl from '../../../content/nl/messages.json';
import { onDemand, type Messages } from '../i18n.js';

export const sessionMessages: Messages = /* @__PURE__ */ onDemand({ privacy: nl.privacy, problem: nl.problem }, () =>
  import('../../../content/en/messages.json').then(({ privacy, problem }) => ({ privacy, problem })),
);
