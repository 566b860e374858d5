/**
 * The live chunk as one module (issue 15): the connection and the link's helpers. The elements
 * reach it only through live-loader.ts, by a dynamic import; the single-file bundles load it as
 * `kjk-live.js` beside them (see liveBeside in rollup.config.mjs), so it is in none of them.
 */
export { joinLive, resumeLive, startLive } from './live-session.js';
export { readJoinFragment, roomStorageKey } from './link.js';
export { qrCode } from './qr.js';
