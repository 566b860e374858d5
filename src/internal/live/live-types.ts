/**
 * The contract of a live session (issue 15), shared by the connection (live-session.ts, loaded
 * only when a live session starts or a join link is opened), the panel every element with
 * `live-server` shows, and the fan's "follow" mode. Elements never touch Yjs: the live document
 * sits behind the session store (the store receives remote changes as cause 'sync').
 */

/** Who this device is in the room: the one who started it, or someone who joined by the link. */
export type LiveRole = 'facilitator' | 'participant';

/**
 * - connecting: first contact with the server (or the room's key is being checked);
 * - connected: in the room, changes flow;
 * - offline: the connection dropped; everything stays editable and merges on reconnect;
 * - wrong-key: the link's key does not open this room: nothing is shown of it;
 * - refused: the server refused us (origin not allowed, room too large, malformed link);
 * - ended: the facilitator ended the session; this device keeps its own copy.
 */
export type LiveStatus = 'connecting' | 'connected' | 'offline' | 'wrong-key' | 'refused' | 'ended';

/** Someone in the room, as the facilitator's screen shows them: a name and a count, never content. */
export interface LivePerson {
  id: string;
  /** Decrypted; may be empty (then "Deelnemer N" is shown). */
  name: string;
  /** Notes, words, figures, lines and pictures this person has on any sheet. */
  count: number;
  /** Connected now (awareness). */
  online: boolean;
  isMe: boolean;
  isFacilitator: boolean;
}

/** Where the facilitator is in the fan, for "Volg de gespreksleider". */
export interface LivePosition {
  /** The open card's id, or null for the overview. */
  card: string | null;
  /** The step plan's step (1…8), when the step plan is open. */
  step?: number;
}

export interface LiveSession {
  readonly role: LiveRole;
  readonly status: LiveStatus;
  /** The join link: the page's URL with `#kjk-live=<room>.<key>` (the fragment never reaches a server). */
  readonly link: string;
  /** This device's participant id in the session state. */
  readonly me: string;
  readonly people: readonly LivePerson[];
  /** "Deel je bevindingen" was pressed: every sheet is visible on every device. One-way. */
  readonly revealed: boolean;
  /** The facilitator's place in the fan (null until they open something). */
  readonly position: LivePosition | null;
  /** Calls `listener` on every change of the fields above (not on every remote note: the store does that). */
  subscribe(listener: () => void): () => void;
  /** This device's name or nickname (optional). */
  setName(name: string): void;
  /** Facilitator: show every sheet on every device. */
  reveal(): void;
  /** Facilitator's fan: where they are. */
  setPosition(position: LivePosition): void;
  /** Facilitator: end the room for everyone; every device keeps its copy, the server deletes the room. */
  end(): Promise<void>;
  /** This device leaves (the copy stays); used on disconnect of the last element. */
  leave(): void;
}

/** The fragment of a join link: `#kjk-live=<room>.<key>`, both base64url (128 and 256 bits). */
export const LIVE_FRAGMENT = 'kjk-live';
