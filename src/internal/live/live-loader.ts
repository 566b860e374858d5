/**
 * The one seam between the elements and the live connection (issue 15). The connection (Yjs, the
 * provider, the crypto) is its own chunk, downloaded only when a live session starts or a join
 * link is opened; nothing here imports it statically. Tests and stories put a test double in its
 * place with `setLiveLoader`.
 */
import type { LiveSession } from './live-types.js';
import type { SessionStore } from '../session/session-store.js';

/** What the live chunk offers: src/internal/live/live-session.ts and link.ts. */
export interface LiveModule {
  startLive(store: SessionStore, serverUrl: string, options: { pageUrl: string }): Promise<LiveSession>;
  joinLive(store: SessionStore, serverUrl: string, options: { room: string; key: string; name?: string }): Promise<LiveSession>;
  /** The facilitator's room after a reload of the page, or null when this device started none (or it ended). */
  resumeLive(store: SessionStore, serverUrl: string, options: { pageUrl: string }): Promise<LiveSession | null>;
  /** `#kjk-live=<room>.<key>` → its parts; null without one; 'malformed' for a broken one. */
  readJoinFragment(hash: string): { room: string; key: string } | null | 'malformed';
  /** The storage key a participant's device uses for the room, so its own earlier answers stay apart. */
  roomStorageKey(storageKey: string, room: string): string;
  /** The join link as a QR code (see qr.ts); null when the link is too long for one. */
  qrCode(text: string): { size: number; d: string } | null;
}

/** The real chunk: the connection (Yjs, the provider, the crypto) and the link's helpers. */
const realLoader = (): Promise<LiveModule> => import('./live-module.js');

let loader: () => Promise<LiveModule> = realLoader;
let loading: Promise<LiveModule> | undefined;

let loaded: LiveModule | undefined;

/** Loads the live chunk once; after a failure (offline) the next call tries again. */
export function loadLive(): Promise<LiveModule> {
  return (loading ??= loader().then((module) => (loaded = module)).catch((error: unknown) => {
    loading = undefined;
    throw error;
  }));
}

/** @internal Tests and stories: a test double instead of the real connection; no argument puts the real one back. */
export function setLiveLoader(load?: () => Promise<LiveModule>): void {
  loader = load ?? realLoader;
  loading = undefined;
  loaded = undefined;
}

/** The live chunk once it is here (a room exists only after it loaded), for what must render at once. */
export function loadedLive(): LiveModule | undefined {
  return loaded;
}
