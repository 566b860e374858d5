import { sendMouse } from '@web/test-runner-commands';

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
