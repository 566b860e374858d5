/**
 * Colour contrast from computed styles, as a user sees it: a translucent background is laid over
 * what is behind it (up through shadow roots to the page), then WCAG's relative luminance.
 */
import { expect } from '@open-wc/testing';

export type Rgba = [number, number, number, number];

export function parseColour(value: string): Rgba {
  const m = value.match(/rgba?\(([^)]+)\)/);
  if (!m) throw new Error(`not an rgb() colour: ${value}`);
  const [r, g, b, a = '1'] = m[1].split(/[\s,/]+/).filter(Boolean);
  return [Number(r), Number(g), Number(b), Number(a)];
}

/** `top` laid over the opaque `bottom`. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as Rgba;
}

const parentOf = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);

/** The opaque colour behind `el`'s content: its own background over its ancestors' (the page is white). */
export function backgroundOf(el: Element): Rgba {
  const layers: Rgba[] = [];
  for (let at: Element | null = el; at; at = parentOf(at)) {
    const colour = parseColour(getComputedStyle(at).backgroundColor);
    if (colour[3] > 0) layers.push(colour);
    if (colour[3] === 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

function luminance([r, g, b]: Rgba): number {
  const [R, G, B] = [r, g, b].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * R + 0.7152 * G + 0.0722 * B;
}

export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The colour `el`'s content is drawn in: its text colour, or for a picture (an SVG shape) its fill,
 * or its stroke for a line or a shape without fill; laid over the background behind it.
 */
export function inkOf(el: Element): Rgba {
  const style = getComputedStyle(el);
  const svgShape = el instanceof SVGElement && !(el instanceof SVGSVGElement);
  // A line has no inside: its fill (black by default) is never drawn.
  const stroked = el instanceof SVGLineElement || style.fill === 'none';
  const value = !svgShape ? style.color : stroked ? style.stroke : style.fill;
  return over(parseColour(value), backgroundOf(el));
}

export interface Look {
  /** Content against background. */
  readable: number;
  background: Rgba;
  /** The thicker of border and outline, in px. */
  edge: number;
}

/** How a control looks now: take it in one state, then in the other. `ink` is what carries its content (default: the control's text). */
export function lookOf(control: Element, ink: Element = control): Look {
  const style = getComputedStyle(control);
  const outline = style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
  const border = parseFloat(style.borderTopWidth);
  return {
    readable: contrast(inkOf(ink), backgroundOf(control)),
    background: backgroundOf(control),
    edge: Math.max(border, outline),
  };
}

/**
 * A chosen (pressed, current) control against one that is not: the content of both is readable
 * (4.5:1), and the chosen one is told apart by something visible: its background differs at 3:1
 * (WCAG's non-text contrast), or its border or outline is thicker.
 */
export function expectChosenApart(label: string, chosen: Look, other: Look): void {
  expect(chosen.readable, `${label}: chosen content against its background`).to.be.at.least(4.5);
  expect(other.readable, `${label}: other content against its background`).to.be.at.least(4.5);
  const backgrounds = contrast(chosen.background, other.background);
  const apart = backgrounds >= 3 || chosen.edge > other.edge;
  expect(apart, `${label}: chosen told apart (backgrounds ${backgrounds.toFixed(2)}:1, edges ${chosen.edge} vs ${other.edge} px)`).to.equal(true);
}
