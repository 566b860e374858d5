import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Notes grow as one types: `field-sizing: content` does that in the stylesheet, but WebKit and older
 * Firefox lack it, and a four-line note stayed 85 px high. There this controller measures
 * every textarea in the host's shadow root, on input and after each render.
 *
 * It sets `--_rows-height` rather than `height`: an inline height would beat every rule, while the
 * custom property leaves the stylesheet in charge (min-height, print). Set through the CSSOM, so a
 * page's CSP without 'unsafe-inline' styles allows it.
 */
export class GrowController implements ReactiveController {
  /** Tests set this to false to see the fallback in an engine that has field-sizing. */
  static supported = (): boolean => globalThis.CSS?.supports?.('field-sizing', 'content') ?? false;

  private active = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.active = !GrowController.supported();
    if (this.active) this.host.addEventListener('input', this.onInput);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('input', this.onInput);
  }

  hostUpdated(): void {
    // Values set by a render (a loaded session, another participant) need their height too.
    if (this.active) this.fit([...(this.host.shadowRoot?.querySelectorAll('textarea') ?? [])]);
  }

  private onInput = (event: Event): void => {
    const field = event.composedPath()[0];
    if (field instanceof HTMLTextAreaElement) this.fit([field]);
  };

  /** Back to the rows' height first, so a shortened note shrinks; all reads before all writes. */
  private fit(fields: HTMLTextAreaElement[]): void {
    for (const field of fields) field.style.removeProperty('--_rows-height');
    const heights = fields.map((field) => {
      const style = getComputedStyle(field);
      const borders = parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth);
      // Hidden (closed panel, other tab): nothing to measure.
      return field.scrollHeight ? field.scrollHeight + borders : 0;
    });
    fields.forEach((field, i) => {
      if (heights[i] > field.offsetHeight) field.style.setProperty('--_rows-height', `${heights[i]}px`);
    });
  }
}
