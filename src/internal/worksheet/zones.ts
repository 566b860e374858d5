/**
 * The zones of each work format, from its card's `worksheet` data. One pure function, so the
 * elements and the gespreksplan name and order the zones the same way.
 */
import type { Card } from '../content/deck-schema.js';
import type { Zone } from './model.js';

/** The zones of the work format on `card`, in the order its sheet walks them; [] for a card without a sheet. */
export function zonesOf(card: Card | undefined): Zone[] {
  const sheet = card?.worksheet;
  switch (sheet?.kind) {
    case 'octagon':
    case 'mindmap':
    case 'actions':
    case 'words':
      return sheet.zones.map(({ id, label, question }) => ({ id, label, question }));
    case 'circle':
      // Each quadrant's question is where it lies on the two axes: "Heden · Kansen".
      return sheet.quadrants.map((q) => ({
        id: q.id,
        label: q.label,
        question: `${sheet.axes.time[q.time]} · ${sheet.axes.outlook[q.outlook]}`,
      }));
    case 'questions':
      // The story questions, then the ones answered together.
      return [...sheet.story, ...sheet.together].map(({ id, label, question }) => ({ id, label, question }));
    default:
      return [];
  }
}

/** Radii of the octagon's four rings, core first; the sheet is 330 units wide. */
export const OCTAGON_RADII = [50, 85, 120, 155];
export const OCTAGON_APOTHEMS = OCTAGON_RADII.map((r) => r * Math.cos(Math.PI / 8));

/** Which octagon zone (0 = core … 3) a point lies in, or -1 outside the octagon. */
export function zoneIndexAt(x: number, y: number): number {
  const norm = Math.max(Math.abs(x), Math.abs(y), Math.abs(x + y) / Math.SQRT2, Math.abs(x - y) / Math.SQRT2);
  return OCTAGON_APOTHEMS.findIndex((a) => norm <= a);
}
