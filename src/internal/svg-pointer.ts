/** Pointer and arrow-key handling shared by everything that is moved or drawn on an SVG sheet. */

/** Where a pointer event lies in the sheet's own coordinates (the viewBox of the SVG it hit). */
export function toSheetPoint(event: PointerEvent): { x: number; y: number } {
  const surface = (event.currentTarget as SVGElement).ownerSVGElement!;
  const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(surface.getScreenCTM()!.inverse());
  return { x: point.x, y: point.y };
}

/** Keeps a drag going when the pointer leaves the shape; a pointer that is already gone cannot be captured. */
export function capturePointer(event: PointerEvent): void {
  try {
    (event.currentTarget as Element).setPointerCapture(event.pointerId);
  } catch {
    // The drag still works while the pointer stays on the shape.
  }
}

/** The move an arrow key asks for (Shift: three times as far), or undefined for any other key. */
export function arrowMove(event: KeyboardEvent, step: number): [number, number] | undefined {
  const size = event.shiftKey ? step * 3 : step;
  const moves: Record<string, [number, number]> = {
    ArrowLeft: [-size, 0],
    ArrowRight: [size, 0],
    ArrowUp: [0, -size],
    ArrowDown: [0, size],
  };
  return moves[event.key];
}

/**
 * Reports a press on a sheet until that pointer is let go or lost, wherever that happens: while
 * it lasts the page must select no text (WebKit selected the zone panels during a drag).
 * Listens on the window in the capture phase, so a shape that stops its pointerup cannot hide it.
 */
export function trackPress(event: PointerEvent, held: (pressed: boolean) => void): void {
  held(true);
  const release = (up: PointerEvent) => {
    if (up.pointerId !== event.pointerId) return;
    window.removeEventListener('pointerup', release, true);
    window.removeEventListener('pointercancel', release, true);
    held(false);
  };
  window.addEventListener('pointerup', release, true);
  window.addEventListener('pointercancel', release, true);
}
