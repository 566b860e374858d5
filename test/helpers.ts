import { fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { KjkCard } from '../src/components/card/card.js';

/** Renders a card and waits until its text is there. */
export async function renderCard(card: string, lang?: string): Promise<KjkCard> {
  const el = await fixture<KjkCard>(html`<kjk-card card=${card} lang=${lang ?? 'nl'}></kjk-card>`);
  await el.updateComplete;
  return el;
}

/** What a reader sees of an element: its shadow text, whitespace folded. */
export function visibleText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
