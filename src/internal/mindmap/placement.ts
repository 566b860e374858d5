/** Where a new picture or pictogram goes on the mind map, and how much room an item takes. */
import type { MapItem } from '../session/state.js';

/** The central concept's ellipse, which new items keep clear of. */
const CENTRE = { rx: 72, ry: 34 };
/** Room kept between a new item and what is already on the map, in sheet units. */
const GAP = 6;

/** A box on the map: x and y are its centre, except for the sheet, whose x and y are its top left (as its viewBox). */
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The width and height an item takes on the map: a picture keeps its ratio within its size. */
export function extent(item: Pick<MapItem, 'size'> & { kind: MapItem['kind']; ratio?: number }, size = item.size): { width: number; height: number } {
  if (item.kind !== 'picture') return { width: size, height: size };
  const ratio = item.ratio ?? 1;
  return ratio >= 1 ? { width: size, height: size / ratio } : { width: size * ratio, height: size };
}

/** How much two boxes (centred on x, y) cover each other, in square sheet units, counting a gap around each. */
function overlap(a: Box, b: Box, gap = 0): number {
  const w = Math.min(a.x + a.width / 2, b.x + b.width / 2) - Math.max(a.x - a.width / 2, b.x - b.width / 2) + gap;
  const h = Math.min(a.y + a.height / 2, b.y + b.height / 2) - Math.max(a.y - a.height / 2, b.y - b.height / 2) + gap;
  return w > 0 && h > 0 ? w * h : 0;
}

/** The points of a stored pen line ("M x y L x y …"). */
function strokePoints(d: string): Array<[number, number]> {
  const numbers = d.match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
  const points: Array<[number, number]> = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) points.push([numbers[i], numbers[i + 1]]);
  return points;
}

/**
 * The free place nearest the centre for a new item of this size: inside the sheet, clear of the central
 * concept and of every item (with a gap), and where possible of the pen lines. On a full map it takes the
 * place that covers the least, so two items never land exactly on one spot.
 */
export function freeSpot(
  sheet: Box,
  size: { width: number; height: number },
  items: MapItem[],
  strokes: Array<{ d: string }>,
): { x: number; y: number } {
  const boxes: Box[] = [{ x: 0, y: 0, width: CENTRE.rx * 2, height: CENTRE.ry * 2 }, ...items.map((i) => ({ x: i.x, y: i.y, ...extent(i) }))];
  const ink = strokes.flatMap((s) => strokePoints(s.d));
  const halfW = size.width / 2 + GAP;
  const halfH = size.height / 2 + GAP;
  let best: { x: number; y: number; score: number; distance: number } | undefined;
  for (let y = Math.ceil(sheet.y + halfH); y <= sheet.y + sheet.height - halfH; y += 4) {
    for (let x = Math.ceil(sheet.x + halfW); x <= sheet.x + sheet.width - halfW; x += 4) {
      const box = { x, y, ...size };
      const covered = boxes.reduce((sum, b) => sum + overlap(box, b, GAP), 0);
      // Same spot as an item: never, when anything else is left.
      const same = items.some((i) => Math.abs(i.x - x) < 8 && Math.abs(i.y - y) < 8) ? 1e9 : 0;
      const inked = ink.filter(([px, py]) => Math.abs(px - x) < halfW && Math.abs(py - y) < halfH).length;
      const score = same + covered * 100 + inked;
      // Nearest the centre, measured on the sheet's own 4 : 3 so items spread around it, not in a column.
      const distance = Math.hypot(x / 4, y / 3);
      if (!best || score < best.score || (score === best.score && distance < best.distance)) best = { x, y, score, distance };
    }
  }
  return best ? { x: best.x, y: best.y } : { x: 0, y: 0 };
}
