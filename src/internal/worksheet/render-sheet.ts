import { html, svg, nothing, type SVGTemplateResult } from 'lit';
import type { Note } from '../session/state.js';

/**
 * How many notes a zone holds, as a numbered slip on the shape beside the zone's label: yellow
 * like the notes in the zone beside (or under) the sheet, where they are whole and readable; a
 * stack of two slips from two notes on. `label` ("4 notities") is its tooltip. Hidden from screen
 * readers: the zone lists say it.
 */
export function renderNoteBadge(count: number, at: { x: number; y: number }, label: string): SVGTemplateResult | typeof nothing {
  if (!count) return nothing;
  return svg`<g class="note-badge" data-count=${count} transform="translate(${at.x.toFixed(1)} ${at.y.toFixed(1)})" aria-hidden="true">
    <title>${label}</title>
    <g class="note-badge-scale">
      ${count > 1 ? svg`<rect x="-6" y="-9.5" width="16" height="15" rx="2"></rect>` : nothing}
      <rect x="-8" y="-7.5" width="16" height="15" rx="2"></rect>
      <text y="3.3" text-anchor="middle">${count}</text>
    </g>
  </g>`;
}

/**
 * A label and its badge side by side, about centred on x = 0: the label ends (text-anchor="end")
 * at `end`, and the badge starts right after it whatever the font turns out to be; only the
 * centring uses an estimate (bold labels are about 0.55em a character).
 */
export function labelWithBadge(label: string, y: number, fontSize: number): { end: number; badge: { x: number; y: number } } {
  const end = Math.round((label.length * fontSize * 0.55 - 20) / 2);
  return { end, badge: { x: end + 12, y: y - fontSize * 0.35 } };
}

/** Lines a note takes on a slip `chars` characters wide, at most `max` (a longer one is clamped). */
const linesOf = (text: string, chars: number, max: number) => Math.min(max, Math.max(1, Math.ceil(text.trim().length / chars)));

/**
 * Notes drawn whole, readable, inside a zone of the sheet: as many as fit in the box by a
 * cautious estimate, then "+3 meer". Shown only where the sheet is drawn large enough to read
 * them (see `.zone-notes` in worksheet.styles.ts); the full list is always in the zone beside.
 * A slip wraps between words; one longer than `maxLines` lines is clamped, with the whole note
 * as its tooltip and in the zone beside.
 */
export function renderSlips(
  notes: Note[],
  box: { x: number; y: number; width: number; height: number },
  more: (n: number) => string,
  { fontSize = 8, maxLines = 3 } = {},
): SVGTemplateResult | typeof nothing {
  if (!notes.length) return nothing;
  // Characters per line at about 0.5em each, less the slip's padding; a line is 1.2em, a slip's padding and gap 0.75em.
  const chars = Math.max(8, Math.floor((box.width - fontSize) / (fontSize * 0.52)));
  const line = fontSize * 1.2;
  const moreHeight = line + 2;
  let used = 0;
  let shown = 0;
  for (const [i, note] of notes.entries()) {
    const height = linesOf(note.text, chars, maxLines) * line + fontSize * 0.75;
    const room = box.height - (i < notes.length - 1 ? moreHeight : 0);
    if (used + height > room) break;
    used += height;
    shown++;
  }
  return svg`<foreignObject class="zone-notes" x=${box.x} y=${box.y} width=${box.width} height=${box.height} aria-hidden="true">
    ${html`<div class="slips">
      ${notes.slice(0, shown).map((n) => html`<span title=${n.text}>${n.text}</span>`)}
      ${notes.length > shown ? html`<span class="more">${more(notes.length - shown)}</span>` : nothing}
    </div>`}
  </foreignObject>`;
}
