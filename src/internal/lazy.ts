import type { ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & object;

/** What each element is loading right now; `whenLazyLoaded` waits for it. */
const pendingByHost = new WeakMap<object, Set<Promise<unknown>>>();

/**
 * A part of an element that is downloaded on first use, not with the element (issue 14): the
 * step plan, a worksheet's shared view, print and import … In the chunk graph (dist/cdn)
 * `load` is a dynamic import of its own chunk; in a single-file bundle rollup inlines it, so it
 * arrives in a microtask. The host re-renders when the part arrives, and its `updateComplete`
 * waits for it (see SessionElement), so a host page or test that awaits `updateComplete` after a
 * click sees the part, as it did when the part was bundled.
 */
export class Lazy<T> {
  private value: T | undefined;
  private loading: Promise<T> | undefined;
  /** The last failure (offline, a blocked chunk): the host can say so; the next `ready()` tries again. */
  error: unknown;

  constructor(
    private readonly host: Host,
    private readonly load: () => Promise<T>,
  ) {}

  /** The part if it is here; otherwise starts loading it and returns undefined (render a placeholder). */
  get module(): T | undefined {
    if (this.value === undefined && this.error === undefined) void this.ready().catch(() => {});
    return this.value;
  }

  /** Starts loading (e.g. when the pointer or focus reaches the button that needs it); resolves with the part. */
  ready(): Promise<T> {
    if (this.value !== undefined) return Promise.resolve(this.value);
    if (!this.loading) {
      let pending = pendingByHost.get(this.host);
      if (!pending) pendingByHost.set(this.host, (pending = new Set()));
      const loading: Promise<T> = this.load().then(
        (value) => {
          this.value = value;
          this.error = undefined;
          this.host.requestUpdate();
          return value;
        },
        (error: unknown) => {
          this.loading = undefined;
          this.error = error;
          this.host.requestUpdate();
          throw error;
        },
      );
      this.loading = loading;
      const settled: Promise<boolean> = loading.then(
        () => pending.delete(settled),
        () => pending.delete(settled),
      );
      pending.add(settled);
    }
    return this.loading;
  }
}

/** True while the host is loading a part. */
export function isLazyLoading(host: object): boolean {
  return (pendingByHost.get(host)?.size ?? 0) > 0;
}

/** Resolves once nothing the host asked for is still loading (loaded or failed). */
export async function whenLazyLoaded(host: object): Promise<void> {
  const pending = pendingByHost.get(host);
  while (pending?.size) await Promise.all([...pending]);
}
