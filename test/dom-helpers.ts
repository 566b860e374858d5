/** Small helpers that act as a person would; they register no element. */
import { sendMouse } from '@web/test-runner-commands';

/** What a person does in a file chooser: picks one file, and the input says it changed. */
export function chooseFile(input: HTMLInputElement, file: File): void {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

/** A picture file as a camera makes one: a canvas with a dark block on it. */
export async function pictureFile(width: number, height: number, type = 'image/jpeg'): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')!.fillRect(width / 10, height / 10, width / 2, height / 2);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), type));
  return new File([blob], type === 'image/png' ? 'plaatje.png' : 'foto.jpg', { type });
}

/** Waits until `check` holds, 20 ms at a time, at most `tries` times. */
export async function until(check: () => unknown, tries = 100): Promise<void> {
  for (let i = 0; i < tries && !check(); i++) await new Promise((r) => setTimeout(r, 20));
}

/** Draws a line with the real mouse across an SVG, from and to fractions of its box. */
export async function drawLine(svg: Element, from: [number, number], to: [number, number], steps = 6): Promise<void> {
  // The real mouse only reaches what is on screen.
  svg.scrollIntoView({ block: 'center' });
  const box = svg.getBoundingClientRect();
  const at = ([fx, fy]: [number, number]): [number, number] => [Math.round(box.left + box.width * fx), Math.round(box.top + box.height * fy)];
  await sendMouse({ type: 'move', position: at(from) });
  await sendMouse({ type: 'down' });
  for (let i = 1; i <= steps; i++) {
    const f: [number, number] = [from[0] + ((to[0] - from[0]) * i) / steps, from[1] + ((to[1] - from[1]) * i) / steps];
    await sendMouse({ type: 'move', position: at(f) });
  }
  await sendMouse({ type: 'up' });
}

/** Text the user has selected, also inside a shadow root (Chromium keeps that selection apart). */
/** The user-select in effect: WebKit (Safari) knows only the prefixed property. */
export function userSelect(style: CSSStyleDeclaration): string {
  return style.userSelect || style.getPropertyValue('-webkit-user-select');
}

export function selectedText(host: Element): string {
  const root = host.shadowRoot as (ShadowRoot & { getSelection?: () => Selection | null }) | null;
  return (document.getSelection()?.toString() ?? '') + (root?.getSelection?.()?.toString() ?? '');
}

/**
 * Drags with the real mouse from one point to another (viewport pixels) in small steps and,
 * with the button still down, calls `during` — what a person sees in the middle of a drag.
 */
export async function dragMouse(from: [number, number], to: [number, number], during: () => void | Promise<void>, steps = 8): Promise<void> {
  await sendMouse({ type: 'move', position: from.map(Math.round) as [number, number] });
  await sendMouse({ type: 'down' });
  try {
    for (let i = 1; i <= steps; i++) {
      const at = [from[0] + ((to[0] - from[0]) * i) / steps, from[1] + ((to[1] - from[1]) * i) / steps].map(Math.round) as [number, number];
      await sendMouse({ type: 'move', position: at });
    }
    await during();
  } finally {
    await sendMouse({ type: 'up' });
  }
}

/**
 * A real click in the middle of `node`, or at a point in the coordinates of `node` (an SVG sheet).
 * The real mouse reaches only what is on screen, and focus may have scrolled the node away.
 */
export async function clickOn(node: Element, point?: [number, number]): Promise<void> {
  node.scrollIntoView({ block: 'center' });
  const box = node.getBoundingClientRect();
  const at = point
    ? new DOMPoint(...point).matrixTransform((node as SVGGraphicsElement).getScreenCTM()!)
    : { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await sendMouse({ type: 'click', position: [Math.round(at.x), Math.round(at.y)] });
}
