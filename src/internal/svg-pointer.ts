/** Pointer and arrow-key handling shared by everything that is moved or drawn on an SVG sheet. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a pointer event lies in the sheet's own coordinates (the viewBox of the SVG it hit). */
export function toSheetPoint(event: PointerEvent): { x: number; y: number } {
  // The sheet itself (a tap on a place) or a shape on it.
  const target = event.currentTarget as SVGSVGElement;
  const surface = target.ownerSVGElement ?? target;
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

// Used by every worksheet, so it lives apart: this module (picking and moving) only where something is moved.
export { trackPress } from './worksheet/track-press.js';

/** How far (CSS px) a pointer may wander and still be a tap; further, and the press is a drag. */
export const TAP_SLOP = 6;

/** An item on a sheet and where it stands, in the sheet's coordinates. */
export interface Spot {
  id: string;
  x: number;
  y: number;
}

/**
 * Moving without dragging (WCAG 2.5.7), shared by the octagon's figures and the mind map's pictures:
 * a tap, Enter or Space picks an item; a tap on a place, a zone or a move button then places it;
 * a second tap, Enter or Space leaves it where it is; Escape puts it back where it stood when picked.
 * It also tells a tap from a drag, so neither is mistaken for the other.
 */
export class PickController implements ReactiveController {
  /** The item picked to be moved, and where it stood when it was picked. */
  picked?: Spot;
  private press?: { event: PointerEvent; id?: string; x: number; y: number; dragging: boolean };

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Puts an item back (Escape): the element saves and announces it. */
    private readonly restore: (spot: Spot) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.picked = undefined;
    this.press = undefined;
  }

  isPicked(id: string): boolean {
    return this.picked?.id === id;
  }

  /** Picks the item, or lets go of it when it is the one already picked. */
  toggle(spot: Spot): void {
    this.picked = this.isPicked(spot.id) ? undefined : { ...spot };
    this.host.requestUpdate();
  }

  /** The item is placed: nothing is picked any more. */
  release(): void {
    this.picked = undefined;
    this.host.requestUpdate();
  }

  /** Escape: the picked item goes back to where it stood when picked. */
  cancel(): void {
    const spot = this.picked;
    if (!spot) return;
    this.release();
    this.restore(spot);
  }

  /**
   * Enter or Space picks the item or leaves it where it is; Escape cancels. True when the key was one of
   * these. Escape goes no further: around the sheet (the fan) it would close the card.
   */
  key(event: KeyboardEvent, spot: Spot): boolean {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.toggle(spot);
      return true;
    }
    if (event.key === 'Escape' && this.picked) {
      event.preventDefault();
      event.stopPropagation();
      this.cancel();
      return true;
    }
    return false;
  }

  /**
   * A pointer goes down on an item (its id) or on the sheet (no id). The sheet hears the press after the
   * item under the pointer did: that one keeps it.
   */
  down(event: PointerEvent, id?: string): void {
    if (this.press?.event === event) return;
    this.press = { event, id, x: event.clientX, y: event.clientY, dragging: false };
  }

  /** Whether the press on this item has become a drag: the pointer went further than a tap goes. */
  dragging(event: PointerEvent, id?: string): boolean {
    const press = this.press;
    if (!press || press.event.pointerId !== event.pointerId || press.id !== id) return false;
    press.dragging ||= Math.hypot(event.clientX - press.x, event.clientY - press.y) > TAP_SLOP;
    return press.dragging;
  }

  /** The pointer is let go: whether the press on this item (or the sheet) was a tap or a drag; undefined if there was none. */
  up(event: PointerEvent, id?: string): 'tap' | 'drag' | undefined {
    const press = this.press;
    if (!press || press.event.pointerId !== event.pointerId || press.id !== id) return undefined;
    const dragging = this.dragging(event, id);
    this.press = undefined;
    return dragging ? 'drag' : 'tap';
  }

  /** The browser took the pointer (a scroll, a lost touch): the press is neither tap nor drag. */
  lost(): void {
    this.press = undefined;
  }
}
