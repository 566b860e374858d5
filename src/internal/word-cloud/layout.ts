/**
 * The word cloud, computed here and drawn by the element: words counted across everyone,
 * sized by how often they were named, and laid out on a spiral from the centre. Pure and
 * deterministic, so the same words always give the same cloud.
 */

export interface Tally {
  /** As first written, e.g. "Zelf regie". */
  word: string;
  count: number;
}

export interface PlacedWord extends Tally {
  x: number;
  y: number;
  size: number;
  /** Which of the cloud's colours (0…5). */
  tone: number;
}

/** Same word whatever its capitals, spaces or closing full stop. */
export function normalise(word: string): string {
  return word.trim().replace(/\s+/g, ' ').replace(/[.!?,;:]+$/, '').toLocaleLowerCase('nl');
}

/** Counts the words, most named first; ties keep the order in which they were first written. */
export function tally(words: string[]): Tally[] {
  const counts = new Map<string, Tally>();
  for (const raw of words) {
    const key = normalise(raw);
    if (!key) continue;
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { word: raw.trim().replace(/\s+/g, ' ').replace(/[.!?,;:]+$/, ''), count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count);
}

export interface CloudBox {
  width: number;
  height: number;
  minSize: number;
  maxSize: number;
}

interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The first free place on a fine spiral from the centre, stretched like the cloud: wider than
 * high on a wide cloud, about round on a phone's taller one (`stretch`, width to height).
 */
function findSpot(width: number, height: number, fits: (r: Rect) => boolean, free: (r: Rect) => boolean, stretch = 1.6) {
  for (let step = 0; step < 4000; step++) {
    const angle = step * 0.2;
    const radius = step * 0.25;
    const x = radius * Math.cos(angle) * stretch;
    const y = radius * Math.sin(angle);
    const rect = { x1: x - width / 2, y1: y - height / 2, x2: x + width / 2, y2: y + height / 2 };
    if (fits(rect) && free(rect)) return { x, y, rect };
  }
  return undefined;
}

/** A rough width of a text in the cloud's units; the cloud leaves room for wide letters. */
const textWidth = (word: string, size: number) => word.length * size * 0.58 + size * 0.3;

/**
 * Places each word as close to the centre as it fits without overlapping another, the most
 * named first. A word that does not fit anywhere is left out of the cloud (never of the list).
 */
export function layout(words: Tally[], box: CloudBox): { placed: PlacedWord[]; left: Tally[] } {
  const placed: PlacedWord[] = [];
  const rects: Rect[] = [];
  const left: Tally[] = [];
  const max = Math.max(1, ...words.map((w) => w.count));
  // Many words share the space: the largest size shrinks with their number.
  const largest = Math.max(box.minSize, box.maxSize * Math.min(1, Math.sqrt(14 / Math.max(1, words.length))));
  const fits = (rect: Rect) =>
    rect.x1 >= -box.width / 2 && rect.x2 <= box.width / 2 && rect.y1 >= -box.height / 2 && rect.y2 <= box.height / 2;
  const free = (rect: Rect) => !rects.some((r) => rect.x1 < r.x2 && rect.x2 > r.x1 && rect.y1 < r.y2 && rect.y2 > r.y1);
  words.forEach((w, index) => {
    // Square root: a word named four times is twice as large, not four times.
    const share = max === 1 ? 0.35 : Math.sqrt((w.count - 1) / (max - 1));
    let size = box.minSize + (largest - box.minSize) * share;
    // A long phrase may shrink to fit the width, down to the smallest size.
    while (textWidth(w.word, size) > box.width * 0.95 && size > box.minSize) size -= 1;
    // Where no place is left at its size, a word tries the smallest sizes before it is left out.
    for (const tried of [...new Set([size, box.minSize, box.minSize * 0.85])].filter((t) => t <= size)) {
      const spot = findSpot(textWidth(w.word, tried), tried * 1.15, fits, free, Math.min(1.6, box.width / box.height));
      if (spot) {
        rects.push(spot.rect);
        placed.push({ ...w, x: spot.x, y: spot.y + tried * 0.35, size: Math.round(tried * 10) / 10, tone: index % 6 });
        return;
      }
    }
    left.push(w);
  });
  return { placed, left };
}
