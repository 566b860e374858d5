import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * What an element prints. The browser's own print (Ctrl+P) gets the element's default;
 * `print(mode)` chooses. The print layout is taken right after `beforeprint`, so the
 * element renders at once, not in the next microtask.
 */
export class PrintController<Mode extends string> implements ReactiveController {
  mode: Mode | '' = '';

  constructor(
    private readonly host: Host,
    private readonly defaultMode: () => Mode,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  print(mode: Mode): void {
    this.set(mode);
    window.print();
  }

  private set(mode: Mode | ''): void {
    this.mode = mode;
    this.host.requestUpdate();
    (this.host as unknown as { performUpdate(): void }).performUpdate();
  }

  private onBeforePrint = (): void => {
    if (!this.mode) this.set(this.defaultMode());
  };

  private onAfterPrint = (): void => {
    this.mode = '';
    this.host.requestUpdate();
  };
}
