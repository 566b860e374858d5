import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What takes part: the toolbar's own controls (a file input hides behind its label). */
const ITEMS = 'button, input';

/**
 * Roving tabindex for a `role="toolbar"` (WAI-ARIA APG): the toolbar is one tab stop, the arrow
 * keys (and Home/End) move among its controls, and Tab leaves it. The control last focused keeps
 * the stop, so Tab back in returns there. Enter and Space stay the controls' own.
 *
 * Render the group with `@keydown=${roving.keydown} @focusin=${roving.focusin}`; after every
 * update the controller hands out the tabindexes again, as controls come, go and are disabled.
 */
export class RovingTabindexController implements ReactiveController {
  private current?: HTMLElement;

  constructor(
    host: ReactiveControllerHost,
    private readonly group: () => HTMLElement | null | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.sync();
  }

  private items(): HTMLElement[] {
    const group = this.group();
    if (!group) return [];
    return [...group.querySelectorAll<HTMLElement>(ITEMS)].filter((item) => !(item as HTMLButtonElement).disabled);
  }

  /** One stop: the last focused control, else the pressed one, else the first. */
  private sync(): void {
    const items = this.items();
    const stop =
      items.find((item) => item === this.current) ?? items.find((item) => item.getAttribute('aria-pressed') === 'true') ?? items[0];
    for (const item of items) item.tabIndex = item === stop ? 0 : -1;
  }

  focusin = (event: FocusEvent): void => {
    const item = this.items().find((i) => i === event.target);
    if (!item) return;
    this.current = item;
    this.sync();
  };

  keydown = (event: KeyboardEvent): void => {
    const items = this.items();
    const at = items.indexOf(event.target as HTMLElement);
    if (at < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const last = items.length - 1;
    const next = { ArrowRight: at === last ? 0 : at + 1, ArrowLeft: at === 0 ? last : at - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    items[next].focus();
  };
}
