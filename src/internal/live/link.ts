/**
 * The join link of a live session: the host page's URL with `#kjk-live=<room>.<key>`. Small on
 * purpose: it sits in the main bundle, to notice a join link without loading the live code.
 */
import { LIVE_FRAGMENT } from './live-types.js';

/** 16 bytes in base64url without padding: 22 characters; 32 bytes: 43. */
const ROOM = /^[A-Za-z0-9_-]{22}$/;
const KEY = /^[A-Za-z0-9_-]{43}$/;

/** The page's URL with the room and key in the fragment (any other fragment of the page is replaced). */
export function joinLink(pageUrl: string, room: string, key: string): string {
  const url = new URL(pageUrl);
  url.hash = `${LIVE_FRAGMENT}=${room}.${key}`;
  return url.href;
}

/**
 * The room and key of a join link's fragment (`location.hash`, with or without `#`); null when
 * the fragment has none; 'malformed' when it names one that cannot be a room and key (a link cut
 * short when it was copied, say), so the page can say so instead of silently ignoring it.
 */
export function readJoinFragment(hash: string): { room: string; key: string } | null | 'malformed' {
  const parts = hash.replace(/^#/, '').split('&');
  const part = parts.find((p) => p === LIVE_FRAGMENT || p.startsWith(`${LIVE_FRAGMENT}=`));
  if (part === undefined) return null;
  const [room, key, ...rest] = part.slice(LIVE_FRAGMENT.length + 1).split('.');
  if (rest.length || !ROOM.test(room ?? '') || !KEY.test(key ?? '')) return 'malformed';
  return { room, key };
}

/** A participant's storage key for the room, so their earlier answers are neither uploaded nor overwritten. */
export function roomStorageKey(storageKey: string, room: string): string {
  return `${storageKey || 'default'}@${room.slice(0, 8)}`;
}

/**
 * Where a facilitator's device keeps its room and key (next to the answers, in the same storage),
 * so a reload resumes the session instead of starting another; the main bundle checks for it
 * before loading the live code. `storeKey` is the session store's `storageKey`.
 */
export function liveHostKey(storeKey: string): string {
  return `kjk-live-host:${storeKey}`;
}
