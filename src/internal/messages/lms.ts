import * as nl from '../../../content/nl/messages.json';
import * as en from '../../../content/en/messages.json';
import type { Messages } from '../i18n.js';

/** The LMS package's own texts (dist/lms only). */
export const lmsMessages: Messages = {
  nl: { lms: nl.lms },
  en: { lms: en.lms },
};
