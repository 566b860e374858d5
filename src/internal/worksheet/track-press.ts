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
