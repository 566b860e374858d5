/**
 * The gespreksplan as a document and its three exports, written once for `<kjk-fan>` and
 * `<kjk-session>`: both only say which deck and session they hold.
 */
import type { Deck } from '../content/deck-schema.js';
import type { SessionState } from '../session/state.js';
import type { LocaleController } from '../i18n.js';
import type { Doc } from '../document/document.js';
import { docAsMarkdown, docAsText } from '../document/text.js';
import { docAsDocx } from '../document/docx.js';
import { gespreksplan } from '../session/plan.js';
import { planDocument } from './plan-document.js';

/** Undefined while there is no deck or session yet (a custom deck still loading). */
export function planDoc(deck: Deck | undefined, state: SessionState | undefined, locale: LocaleController): Doc | undefined {
  if (!deck || !state) return undefined;
  return { ...planDocument(gespreksplan(deck, state, locale.t), locale.t), lang: locale.lang };
}

export const planText = (doc: Doc | undefined): string => (doc ? docAsText(doc) : '');
export const planMarkdown = (doc: Doc | undefined): string => (doc ? docAsMarkdown(doc) : '');
export const planDocx = (doc: Doc | undefined, element: string): Promise<Blob> =>
  doc ? docAsDocx(doc) : Promise.reject(new Error(`<${element}>: the gespreksplan is not ready (no deck or session yet)`));
