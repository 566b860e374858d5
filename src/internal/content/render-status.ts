import { html, type TemplateResult } from 'lit';
import type { DeckStatus } from './deck-controller.js';
import type { LocaleController } from '../i18n.js';

/** What an element shows instead of cards while a custom deck loads or when it is broken. */
export function renderDeckStatus(status: DeckStatus, locale: LocaleController): TemplateResult {
  if (status.kind === 'loading') {
    return html`<div class="card message" part="message" role="status">${locale.t('deck.loading')}</div>`;
  }
  const problems = status.kind === 'invalid' ? status.problems.slice(0, 5) : [];
  const reason =
    status.kind === 'load-failed'
      ? locale.t(status.reason === 'not-json' ? 'deck.notJson' : 'deck.loadFailed', { src: status.src })
      : locale.t('deck.invalidBody');
  return html`<div class="card message" part="message" role="alert">
    <h2>${locale.t('deck.invalidTitle')}</h2>
    <p>${reason}</p>
    ${problems.length
      ? html`<ul class="problems">
          ${problems.map((p) => html`<li>${locale.t('deck.invalidProblem', { path: p.path, message: p.message })}</li>`)}
        </ul>`
      : ''}
  </div>`;
}
