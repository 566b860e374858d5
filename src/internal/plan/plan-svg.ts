/**
 * The gespreksplan's two pictures as small, self-contained SVG: the word cloud of step 1 and a
 * participant's sketch. Strings, so the handout on screen, the text exports (by their alt text)
 * and the Word document show the same picture. Colours are the fan's own defaults and written
 * into the SVG, because a picture in a Word file cannot read our custom properties; every
 * colour is dark enough to read in black and white too.
 */
import type { Drawing, Pen } from '../session/state.js';
import { layout, type Tally } from '../word-cloud/layout.js';
import { PICTOGRAMS } from '../mindmap/pictograms.js';

/** The section inks of tokens.styles.ts, in the word cloud's tone order. */
const TONES = ['#8a4f00', '#1f5596', '#a23a22', '#2f6b3b', '#4f3f8c', '#9a2659'];
/** The pens of sketch.styles.ts. */
const PEN_COLOURS: Record<Pen, string> = {
  ink: '#24211d',
  red: '#c8322b',
  orange: '#e07b10',
  green: '#2f8a3e',
  blue: '#2366b5',
  purple: '#7a3fa6',
};

/** User text goes into markup: nothing in it may open a tag or end an attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const CLOUD = { width: 400, height: 240, minSize: 13, maxSize: 46 };

/** The word cloud as SVG, 400 × 240 units; words that do not fit are left out of the picture (never of the list). */
export function cloudSvg(words: Tally[]): string {
  const { placed } = layout(words, CLOUD);
  const texts = placed.map(
    (w) =>
      `<text x="${w.x.toFixed(1)}" y="${w.y.toFixed(1)}" font-size="${w.size}" font-weight="700" text-anchor="middle" fill="${TONES[w.tone]}">${escapeXml(w.word)}</text>`,
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-200 -120 400 240" width="400" height="240" font-family="Arial, Helvetica, sans-serif">` +
    `<rect x="-199" y="-119" width="398" height="238" rx="16" fill="#ffffff" stroke="#d8cfc2" stroke-width="1.5"/>` +
    texts.join('') +
    `</svg>`
  );
}

const SHEET = { x: -200, y: -150, width: 400, height: 300 };

/** A drawing (mind map or action-card sketch) as SVG, 400 × 300 units; a photo shows as a framed place. */
export function sketchSvg(drawing: Drawing): string {
  const items = drawing.items.map((item) => {
    if (item.kind === 'pictogram') {
      const path = PICTOGRAMS[item.name];
      if (!path) return '';
      const s = item.size;
      return `<g transform="translate(${item.x - s / 2} ${item.y - s / 2}) scale(${s / 24})"><path d="${escapeXml(path)}" fill="none" stroke="${PEN_COLOURS[item.pen]}" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/></g>`;
    }
    // The photo itself stays out: a picture of a person does not belong on a handout by default.
    const w = item.ratio >= 1 ? item.size : item.size * item.ratio;
    const h = item.ratio >= 1 ? item.size / item.ratio : item.size;
    return `<rect x="${item.x - w / 2}" y="${item.y - h / 2}" width="${w}" height="${h}" rx="4" fill="#f3eee5" stroke="#5c564e" stroke-width="1.5" stroke-dasharray="4 3"/>`;
  });
  const strokes = drawing.strokes.map(
    (s) =>
      `<path d="${escapeXml(s.d)}" fill="none" stroke="${PEN_COLOURS[s.pen]}" stroke-width="${s.width}" stroke-linecap="round" stroke-linejoin="round"/>`,
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${SHEET.x} ${SHEET.y} ${SHEET.width} ${SHEET.height}" width="400" height="300">` +
    `<rect x="-199" y="-149" width="398" height="298" rx="16" fill="#ffffff" stroke="#d8cfc2" stroke-width="1.5"/>` +
    items.join('') +
    strokes.join('') +
    `</svg>`
  );
}
