/**
 * "Deel jullie bevindingen": every participant's sheet side by side, or the notes by zone. Loaded
 * when first opened (or when a read-only sheet first shows it), not with the work format.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Participant, WorksheetState } from '../session/state.js';
import { renderHeading } from '../heading.js';
import * as model from './model.js';
import type { SheetParts } from './parts.js';

export interface ShareView extends SheetParts {
  mode: 'side' | 'zones';
  setMode(mode: 'side' | 'zones'): void;
  /** Read-only has no fill view to go back to. */
  readonly: boolean;
  back(): void;
}

export function renderShare(view: ShareView, ws: WorksheetState, zones: model.Zone[]): TemplateResult {
  const { t, headingLevel } = view;
  const name = (p: Participant) => model.participantName(ws, p, view.translate);
  return html`<div class="share" part="share">
    <div class="share-mode" role="group" aria-label=${t('shareMode')}>
      ${(['side', 'zones'] as const).map(
        (mode) => html`<button type="button" class="chip" aria-pressed=${view.mode === mode ? 'true' : 'false'} @click=${() => view.setMode(mode)}>
          ${t(mode === 'side' ? 'shareSide' : 'shareZones')}
        </button>`,
      )}
    </div>
    ${view.mode === 'side'
      ? html`<div class="side-by-side">
          ${ws.participants.map(
            (p) => html`<section class="shared-sheet">
              ${renderHeading(headingLevel + 1, name(p), { className: 'card-heading shared-name' })}
              <figure class="sheet">${view.sheet(p, zones)}</figure>
              ${zones.map(
                (zone) => html`${renderHeading(headingLevel + 2, zone.label, { className: 'shared-zone' })}
                  ${view.noteList(model.notesIn(p, zone.id))}`,
              )}
            </section>`,
          )}
        </div>`
      : html`<div class="merged">
          ${zones.map(
            (zone) => html`<section class="zone">
              ${renderHeading(headingLevel + 1, zone.label, { className: 'zone-title' })}
              <p class="zone-question">${zone.question}</p>
              ${view.noteList(ws.participants.flatMap((p) => model.notesIn(p, zone.id).map((n) => html`<strong>${name(p)}:</strong> ${view.noteLine(n)}`)))}
            </section>`,
          )}
        </div>`}
    ${view.readonly ? nothing : html`<button type="button" class="button quiet" data-action="back-to-fill" @click=${view.back}>${t('backToFill')}</button>`}
  </div>`;
}

/** Its look, adopted by the element when the view arrives. */
export const shareStyles = css`
  .share {
    display: grid;
    gap: 1em;
  }
  .side-by-side {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18em), 1fr));
    gap: 1em;
  }
  .shared-sheet {
    padding: 0.8em;
    border: 1px solid color-mix(in srgb, var(--_accent) 35%, transparent);
    border-radius: 0.7em;
    background: var(--_paper);
  }
  .shared-name {
    margin: 0 0 0.4em;
    color: var(--_ink);
  }
  .shared-zone {
    margin: 0.8em 0 0.2em;
    font-size: 1em;
  }
  .shared-sheet ul,
  .merged ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .merged {
    display: grid;
    gap: 0.8em;
  }
`;
