/**
 * The learner's state in suspend_data: compressed, ASCII-safe and versioned, and never cut
 * short. When it does not fit the LMS's limit, the drawings move to this browser first, then
 * (if it still does not fit) the whole state; suspend_data then says what moved, so the next
 * launch puts it back together and can tell the learner when something is on another device.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { Drawing, SessionState } from '../internal/session/state.js';

/** Version of this format: `kjk1:` + base64 of raw deflate of the JSON payload. */
const PREFIX = 'kjk1:';

/** What moved to the browser because suspend_data could not hold it. */
export type Moved = 'none' | 'drawings' | 'all';

export interface Payload {
  state?: SessionState;
  moved: Moved;
}

/** Drawings by work format and participant, as they were taken out of the state. */
export type Drawings = Record<string, Record<string, Drawing>>;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

export function encode(payload: Payload): string {
  return PREFIX + toBase64(deflateSync(strToU8(JSON.stringify(payload)), { level: 9 }));
}

/** The payload, or undefined when the text is not ours or damaged. */
export function decode(text: string): Payload | undefined {
  if (!text.startsWith(PREFIX)) return undefined;
  try {
    const payload = JSON.parse(strFromU8(inflateSync(fromBase64(text.slice(PREFIX.length)))));
    return payload && typeof payload === 'object' && ['none', 'drawings', 'all'].includes(payload.moved) ? payload : undefined;
  } catch {
    return undefined;
  }
}

/** The state without its drawings, and the drawings on their own. */
export function splitDrawings(state: SessionState): { state: SessionState; drawings: Drawings } {
  const copy = structuredClone(state);
  const drawings: Drawings = {};
  for (const [kind, sheet] of Object.entries(copy.worksheets)) {
    for (const [id, own] of Object.entries(sheet.people)) {
      if (!own.drawing) continue;
      (drawings[kind] ??= {})[id] = own.drawing;
      delete own.drawing;
    }
  }
  return { state: copy, drawings };
}

/** Puts drawings kept in the browser back where they were. */
export function joinDrawings(state: SessionState, drawings: Drawings): SessionState {
  const copy = structuredClone(state);
  for (const [kind, byParticipant] of Object.entries(drawings)) {
    const sheet = copy.worksheets[kind];
    for (const [id, drawing] of Object.entries(byParticipant)) {
      // A drawing is a participant's only entry once the rest went to suspend_data without it.
      if (sheet && drawing) (sheet.people[id] ??= { notes: {}, figures: [] }).drawing = drawing;
    }
  }
  return copy;
}

export interface Packed {
  /** For suspend_data; always within the limit. */
  data: string;
  moved: Moved;
  /** What must be kept in the browser: the drawings, or the whole state. */
  away?: Drawings | SessionState;
}

/** Fits the state into `limit` characters, moving as little as possible to the browser. */
export function pack(state: SessionState, limit: number): Packed {
  const whole = encode({ state, moved: 'none' });
  if (whole.length <= limit) return { data: whole, moved: 'none' };
  const { state: rest, drawings } = splitDrawings(state);
  if (Object.keys(drawings).length) {
    const data = encode({ state: rest, moved: 'drawings' });
    if (data.length <= limit) return { data, moved: 'drawings', away: drawings };
  }
  return { data: encode({ moved: 'all' }), moved: 'all', away: state };
}
