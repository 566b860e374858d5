import { DOCX_UNAVAILABLE } from './document/docx.js';
import { renderShareMenuFrame } from './share-menu-frame.js';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** One thing the menu can do: print, copy, save a file, open a file. */
export interface ShareItem {
  /** `data-action` of the button, which tests and pages may rely on. */
  action: string;
  label: string;
  run: () => void;
  /** A short line under the button that says what to expect (e.g. "Past op één A4"), its description. */
  hint?: string;
}

/** Items under one small heading ("Afdrukken", "Opslaan als bestand"); without a label they stand alone. */
export interface ShareGroup {
  label?: string;
  items: ShareItem[];
}

/**
 * "Bewaren en delen": one disclosure button that shows or hides a list of buttons, written once
 * for the work formats and the gespreksplan. A disclosure (aria-expanded, aria-controls), not an
 * ARIA menu: Tab walks the buttons as everywhere else, and nothing needs arrow keys to be found.
 * The panel is part of the flow, so at 320px it pushes what follows instead of covering it.
 * The panel stays in the DOM while closed (hidden), so a file input in it keeps working.
 */
export class ShareMenu implements ReactiveController {
  open = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Prefix of ids in the host's shadow root, so two menus in one root would not collide. */
    private readonly id = 'share',
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  get toggleSelector(): string {
    return `#${this.id}-toggle`;
  }

  setOpen(open: boolean, focusToggle = false): void {
    this.open = open;
    this.host.requestUpdate();
    // A disclosure leaves focus on its toggle when it opens; Tab goes on into the panel.
    if (focusToggle) void this.focus(this.toggleSelector);
  }

  private async focus(selector: string): Promise<void> {
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Escape closes the open menu and returns focus to its button. */
  readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.open) return;
    // The fan also listens for Escape (back to the overview): this one is ours.
    event.preventDefault();
    event.stopPropagation();
    this.setOpen(false, true);
  };

  private run(item: ShareItem): void {
    // Closed before the action: printing and the file chooser take over the page.
    this.setOpen(false, true);
    item.run();
  }

  /** The toggle and its panel; `after` (e.g. a file input) goes inside the panel's container. */
  render(label: string, groups: ShareGroup[], after: TemplateResult | typeof nothing = nothing): TemplateResult {
    return renderShareMenuFrame({
      id: this.id,
      label,
      open: this.open,
      onToggle: () => this.setOpen(!this.open),
      onKeyDown: this.onKeyDown,
      panel: this.renderPanel(groups),
      after,
    });
  }

  /** The panel's buttons, by group; for a host that draws the frame itself (renderShareMenuFrame). */
  renderPanel(groups: ShareGroup[]): TemplateResult {
    const id = this.id;
    const button = (item: ShareItem) => {
      const hintId = `${id}-${item.action}-hint`;
      return html`<li>
        <button
          type="button"
          class="button quiet share-item"
          data-action=${item.action}
          aria-describedby=${item.hint ? hintId : nothing}
          @click=${() => this.run(item)}
        >${item.label}</button>
        ${item.hint ? html`<span class="share-hint" id=${hintId}>${item.hint}</span>` : nothing}
      </li>`;
    };
    return html`${groups.map((group, i) =>
      group.label
        ? html`<div class="share-group" role="group" aria-labelledby="${id}-group-${i}">
            <p class="share-group-label" id="${id}-group-${i}">${group.label}</p>
            <ul class="share-items">
              ${group.items.map(button)}
            </ul>
          </div>`
        : html`<ul class="share-items">
            ${group.items.map(button)}
          </ul>`,
    )}`;
  }
}

/** Saves a ready file (e.g. a Word document) on the user's device; nothing is sent anywhere. */
export function saveBlob(fileName: string, blob: Blob): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/**
 * Makes a Word file and saves it, and says how it went: `saved`, `unavailable` (the offline page
 * has no Word writer; the text file still works) or `failed`. The fan and every work format use it.
 */
export async function saveDocx(fileName: string, make: () => Promise<Blob>): Promise<'saved' | 'unavailable' | 'failed'> {
  try {
    saveBlob(fileName, await make());
    return 'saved';
  } catch (error) {
    if ((error as Error)?.name === DOCX_UNAVAILABLE) return 'unavailable';
    console.error(error);
    return 'failed';
  }
}

// Here too, so the fan imports the menu and its look from one place.
export { shareMenuStyles } from './share-menu.styles.js';
