import { html, svg, nothing, type SVGTemplateResult } from 'lit';
import type { Note } from '../session/state.js';

/**
 * Notes drawn as small slips inside a zone of the sheet. What does not fit is counted
 * ("+3 meer"); the full list is always in the zone panel beside the sheet.
 */
export function renderSlips(
  notes: Note[],
  box: { x: number; y: number; width: number; height: number },
  more: (n: number) => string,
  max = 6,
): SVGTemplateResult | typeof nothing {
  if (!notes.length) return nothing;
  const shown = notes.slice(0, max);
  return svg`<foreignObject x=${box.x} y=${box.y} width=${box.width} height=${box.height} aria-hidden="true">
    ${html`<div class="slips">
      ${shown.map((n) => html`<span>${n.text}</span>`)}
      ${notes.length > max ? html`<span class="more">${more(notes.length - max)}</span>` : nothing}
    </div>`}
  </foreignObject>`;
}
