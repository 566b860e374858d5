import { html, nothing, type TemplateResult } from 'lit';

/** What the frame of "Bewaren en delen" shows; the panel's buttons come from ShareMenu. */
export interface ShareMenuFrame {
  /** Prefix of the ids in the host's shadow root. */
  id: string;
  label: string;
  open: boolean;
  onToggle: () => void;
  onKeyDown?: (event: KeyboardEvent) => void;
  /** Pointer or focus on the button: a host that loads the menu on first use starts loading it. */
  onApproach?: () => void;
  /** The panel's content; nothing until the menu has loaded. */
  panel: TemplateResult | typeof nothing;
  /** After the panel, in the same container (e.g. a file input). */
  after: TemplateResult | typeof nothing;
}

/**
 * The button and the (hidden) panel of "Bewaren en delen", with nothing of what the panel does:
 * a work format draws this at once and loads the menu itself (share-menu.ts) on first use. The
 * same template before and after, so the button and panel stay the same elements and keep focus.
 */
export function renderShareMenuFrame(f: ShareMenuFrame): TemplateResult {
  const approach = f.onApproach ?? nothing;
  return html`<div class="share-menu" part="share-menu" @keydown=${f.onKeyDown ?? nothing}>
    <button
      type="button"
      id="${f.id}-toggle"
      class="button share-toggle"
      data-action="share-menu"
      aria-expanded=${f.open ? 'true' : 'false'}
      aria-controls="${f.id}-panel"
      @pointerenter=${approach}
      @focus=${approach}
      @click=${f.onToggle}
    >
      ${f.label}<span class="share-chevron" aria-hidden="true"></span>
    </button>
    <div id="${f.id}-panel" class="share-panel" part="share-panel" ?hidden=${!f.open}>${f.panel}</div>
    ${f.after}
  </div>`;
}
