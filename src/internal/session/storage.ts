/**
 * Where a session is kept. Browser storage is one adapter among others: an LMS or a
 * shared live document can implement the same three calls without touching an element.
 */
export type ReadResult =
  | { status: 'empty' }
  | { status: 'found'; raw: string }
  | { status: 'blocked' };

export type WriteResult = 'ok' | 'quota' | 'blocked';

export interface StorageAdapter {
  /** 'session' and 'local' keep data in the browser; 'memory' only while the page is open. */
  readonly kind: string;
  read(key: string): ReadResult;
  write(key: string, raw: string): WriteResult;
  remove(key: string): void;
  /**
   * Calls `onChange` when someone else (another tab) changed what is stored under `key`;
   * returns the call that stops watching. Optional: an adapter nobody else writes needs none.
   */
  watch?(key: string, onChange: () => void): () => void;
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
}

/** sessionStorage or localStorage; a browser that blocks them throws on mere access. */
export function webStorage(kind: 'session' | 'local'): StorageAdapter {
  const area = (): Storage => (kind === 'local' ? globalThis.localStorage : globalThis.sessionStorage);
  return {
    kind,
    read(key) {
      try {
        const raw = area().getItem(key);
        return raw === null ? { status: 'empty' } : { status: 'found', raw };
      } catch {
        return { status: 'blocked' };
      }
    },
    write(key, raw) {
      try {
        area().setItem(key, raw);
        return 'ok';
      } catch (error) {
        return isQuotaError(error) ? 'quota' : 'blocked';
      }
    },
    remove(key) {
      try {
        area().removeItem(key);
      } catch {
        // Nothing was stored where storage is blocked.
      }
    },
    watch(key, onChange) {
      // The browser tells every other document of this origin, i.e. other tabs and frames.
      const listener = (event: StorageEvent) => {
        if (event.key !== null && event.key !== key) return;
        try {
          if (event.storageArea !== area()) return;
        } catch {
          return;
        }
        onChange();
      };
      globalThis.addEventListener?.('storage', listener);
      return () => globalThis.removeEventListener?.('storage', listener);
    },
  };
}

export const memoryStorage: StorageAdapter = {
  kind: 'memory',
  read: () => ({ status: 'empty' }),
  write: () => 'ok',
  remove: () => {},
};
