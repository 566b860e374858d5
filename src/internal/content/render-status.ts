import { html, type TemplateResult } from 'lit';
import { MAX_DECK_BYTES, type DeckStatus } from './deck-controller.js';
import { megabytes } from '../validation.js';
import type { LocaleController } from '../i18n.js';
import { CARD_IDS, type Deck } from './deck-schema.js';

/** What an element shows instead of cards while a custom deck loads or when it is broken. */
export function renderDeckStatus(status: DeckStatus, locale: LocaleController): TemplateResult {
  if (status.kind === 'loading') {
    return html`<div class="card message" part="message" role="status" lang=${locale.lang}>${locale.t('deck.loading')}</div>`;
  }
  const problems = status.kind === 'invalid' ? status.problems.slice(0, 5) : [];
  const reason =
    status.kind === 'load-failed'
      ? locale.t(status.reason === 'not-json' ? 'deck.notJson' : 'deck.loadFailed', { src: status.src })
      : status.kind === 'too-large'
        ? locale.t('deck.tooLarge', {
            src: status.src,
            size: megabytes(status.bytes, locale.lang),
            max: megabytes(MAX_DECK_BYTES, locale.lang),
          })
        : locale.t('deck.invalidBody');
  return html`<div class="card message" part="message" role="alert" lang=${locale.lang}>
    <h2>${locale.t('deck.invalidTitle')}</h2>
    <p>${reason}</p>
    ${problems.length
      ? html`<ul class="problems">
          ${problems.map((p) => html`<li>${locale.t('deck.invalidProblem', { path: p.path, message: p.message })}</li>`)}
        </ul>`
      : ''}
  </div>`;
}

/**
 * What an element shows when the page asks for a card the deck has not: a custom deck may
 * leave cards out, and showing another card instead would be wrong without a word.
 */
export function renderMissingCard(deck: Deck, id: string, custom: boolean, locale: LocaleController): TemplateResult {
  const valid = deck.cards.map((c) => c.id).join(', ');
  const known = (CARD_IDS as readonly string[]).includes(id);
  const text = !id
    ? locale.t('card.missing', { valid })
    : custom && known
      ? locale.t('card.notInDeck', { card: id, valid })
      : locale.t('card.unknown', { card: id, valid });
  return html`<div class="card message" part="message" role="alert" lang=${locale.lang}><p>${text}</p></div>`;
}

/** The console line for the page's author, once per element and card id. */
export function reportMissingCard(host: HTMLElement, id: string, deck: Deck, reported: Set<string>): void {
  if (!id || reported.has(id)) return;
  reported.add(id);
  console.error(`<${host.localName}>: the deck has no card "${id}"; it has ${deck.cards.map((c) => c.id).join(', ')}.`);
}
