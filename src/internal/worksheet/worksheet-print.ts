/**
 * The print layout of a worksheet: the blank sheet, or one page per participant. Loaded when
 * the element first renders and the browser is idle, because the browser's own print (Ctrl+P)
 * asks for it synchronously at `beforeprint`.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { WorksheetState } from '../session/state.js';
import * as model from './model.js';
import type { SheetParts } from './parts.js';

export interface PrintView extends SheetParts {
  mode: 'blank' | 'filled';
  title: string;
  /** Empty where the sheet has no central issue. */
  topicLabel: string;
  orientation: 'portrait' | 'landscape';
}

export function renderPrint(view: PrintView, ws: WorksheetState, zones: model.Zone[]): TemplateResult {
  const { title, topicLabel } = view;
  const pages =
    view.mode === 'blank'
      ? [{ title, topic: topicLabel ? `${topicLabel}: ${'…'.repeat(30)}` : '', participant: model.emptyParticipant(), blank: true }]
      : ws.participants.map((p) => ({
          title: ws.participants.length > 1 ? `${title} — ${model.participantName(ws, p, view.translate)}` : title,
          topic: topicLabel ? `${topicLabel}: ${ws.topic}` : '',
          participant: p,
          blank: false,
        }));
  return html`<div class="print-area ${view.orientation}">
    ${pages.map(
      (page) => html`<section class="print-page ${page.blank ? 'blank' : ''}">
        <div class="print-together">
          <h2>${page.title}</h2>
          ${page.topic ? html`<p class="print-topic">${page.topic}</p>` : nothing}
          <figure class="sheet">${view.sheet(page.participant, zones, page.blank)}</figure>
        </div>
        <ol class="print-zones">
          ${zones.map(
            (zone, i) => html`<li>
              <strong>${zone.label}</strong> — ${zone.question}
              ${page.blank ? nothing : view.noteList(model.notesIn(page.participant, zone.id))}
              ${page.blank ? nothing : (view.zoneExtras?.(page.participant, i) ?? nothing)}
            </li>`,
          )}
        </ol>
        ${page.blank ? nothing : (view.zoneExtras?.(page.participant, -1) ?? nothing)}
      </section>`,
    )}
  </div>`;
}

/** Its look, adopted by the element when the layout arrives: the sheet and its zones, one participant a page. */
export const printStyles = css`
  .print-area {
    display: none;
  }
  @media print {
    .printing > :not(.print-area) {
      display: none !important;
    }
    .print-area {
      display: block;
    }
    /* One participant per page; a wide sheet on the library's landscape page (see print-controller.ts). */
    .landscape > .print-page {
      page: kjk-landscape;
    }
    .print-page + .print-page {
      break-before: page;
    }
    /* The name and topic never end up on another page than the shape they belong to. */
    .print-together {
      break-inside: avoid;
    }
    .print-page h2 {
      margin: 0 0 0.2em;
      color: #000;
      break-after: avoid;
    }
    .print-topic {
      font-size: 1.1em;
      margin: 0 0 0.6em;
    }
    /*
     * The shape is sized to the page in paper units (A4 less the usual 1–1.5 cm margins leaves
     * about 180 × 267 mm, lying down 267 × 180 mm), with room for the zones under it; the blank
     * sheet has fewer lines, so a bigger shape.
     */
    .print-page .sheet svg {
      max-width: 100%;
      max-height: 14cm;
    }
    .print-page.blank .sheet svg {
      max-height: 18cm;
    }
    .print-zones {
      margin-block: 0.6em 0;
      font-size: 0.9em;
      columns: 2;
      column-gap: 2em;
    }
    /* Lying down, the shape takes the left and the zones the right: the width is what landscape gives. */
    .landscape > .print-page {
      display: grid;
      grid-template-columns: minmax(0, 1fr) 8.5cm;
      gap: 0 1cm;
      align-items: start;
    }
    .landscape .print-page .sheet svg {
      max-height: 15cm;
    }
    .landscape .print-zones {
      columns: auto;
      margin-block-start: 3.2em;
    }
    .print-zones > li {
      break-inside: avoid;
    }
    .print-extra {
      margin: 0.2em 0 0;
    }
  }
`;
