/**
 * The work format a card or step hosts: its own element when the page registered it, otherwise its
 * card. Apart from the step plan, because reading a work-format card in the fan needs it at once,
 * while the step plan is downloaded when first opened (issue 14).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { literal, html as staticHtml, type StaticValue } from 'lit/static-html.js';
import type { Deck } from '../content/deck-schema.js';
import { findCard } from '../content/decks.js';
import { renderCardFace } from '../content/render-card.js';
import type { LocaleController } from '../i18n.js';
import { canHost } from '../hosted.js';

/** Work-format elements the fan hosts when a page has registered them. */
const WORK_FORMAT_TAGS: Record<number, StaticValue> = {
  1: literal`kjk-look-back`,
  2: literal`kjk-octagon`,
  3: literal`kjk-circle-quadrant`,
  4: literal`kjk-mindmap`,
};
const WORK_FORMAT_NAMES: Record<number, string> = {
  1: 'kjk-look-back',
  2: 'kjk-octagon',
  3: 'kjk-circle-quadrant',
  4: 'kjk-mindmap',
};

/** Where the fan hosts an element, it sits under a step's or card's h2: its own title is an h3. */
export const HOSTED_HEADING_LEVEL = 3;

/** The work format's own element when the page registered it or its loader brings it, otherwise its card. */
export function renderWorkFormat(deck: Deck, locale: LocaleController, n: number, showCard: boolean): TemplateResult {
  if (canHost(WORK_FORMAT_NAMES[n])) {
    return staticHtml`<${WORK_FORMAT_TAGS[n]} class="hosted" heading-level=${HOSTED_HEADING_LEVEL}></${WORK_FORMAT_TAGS[n]}>`;
  }
  const card = findCard(deck, `work-format-${n}`);
  return card && showCard ? renderCardFace(deck, card, locale, nothing, { headingLevel: HOSTED_HEADING_LEVEL }) : html``;
}
