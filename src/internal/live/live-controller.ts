/**
 * Live sessions in every element with a session (issue 15): whether this element takes part, the
 * room its session store is in, and the panel (its own chunk). In every bundle, so kept small and
 * free of the live code: without `live-server` and without a join link (`#kjk-live=`) it imports
 * nothing, asks for nothing and renders nothing.
 */
import { nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { SessionController, SessionHost } from '../session/session-controller.js';
import { holdStore, type SessionStore } from '../session/session-store.js';
import { loadEnglish, resolveLang, type LocaleController } from '../i18n.js';
import { LIVE_FRAGMENT, type LiveSession } from './live-types.js';
import type { LivePanelDriver, LivePanelPart } from './live-panel.js';

export interface LiveHost extends SessionHost {
  liveServer: string;
  readonly locale?: LocaleController;
  /** What people add in a room led by this element (the word cloud: words, shared as they come); sheets by default. */
  readonly liveContent?: 'sheets' | 'words';
  /** The element's own polite status line, if it has one; otherwise the panel brings one. */
  announceLive?(message: string): void;
}

/**
 * Where a store's room is:
 * - idle: not started (the facilitator's "Start samen invullen");
 * - join: a join link is open, "Doe mee" not yet pressed;
 * - loading: the live chunk loads and the connection is made;
 * - room: in the room (the session's own status says how it goes);
 * - load-failed: the live chunk could not be loaded (offline): try again;
 * - bad-link: the join link is broken;
 * - no-server: a join link, but this page names no live server;
 * - bad-server: `live-server` is not an address the page can reach (see live-driver.ts).
 */
export type LivePhase = 'idle' | 'join' | 'loading' | 'room' | 'load-failed' | 'bad-link' | 'no-server' | 'bad-server';

/** One per session store: every element sharing the store shares its room. */
export class LiveRoom {
  phase: LivePhase;
  session?: LiveSession;
  /** The element that shows the room's panel and announces its news: one per room, not one per element. */
  leader?: LiveController;
  /** A device that opened a join link sees the panel at the top (what to do first), the facilitator below the sheet. */
  place: 'top' | 'bottom' = 'bottom';
  private readonly listeners = new Set<() => void>();
  private stopSession?: () => void;
  private releaseStore?: () => void;

  constructor(phase: LivePhase) {
    this.phase = phase;
  }

  set(phase: LivePhase, session?: LiveSession): void {
    this.phase = phase;
    if (session && session !== this.session) {
      this.stopSession?.();
      this.session = session;
      this.stopSession = session.subscribe(() => this.notify());
    }
    this.notify();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(): void {
    this.listeners.forEach((listener) => listener());
  }

  /** The room's store stays while the room does (see holdStore). */
  hold(store: SessionStore): void {
    this.releaseStore?.();
    this.releaseStore = holdStore(store);
  }

  /** This device leaves; the copy stays. */
  close(): void {
    this.stopSession?.();
    this.session?.leave();
    this.listeners.clear();
    this.releaseStore?.();
  }
}

const rooms = new Map<SessionStore, LiveRoom>();

function placeRoom(store: SessionStore, room: LiveRoom): void {
  rooms.set(store, room);
  room.hold(store);
}

const storeOf = (room: LiveRoom | undefined): SessionStore | undefined => [...rooms].find(([, r]) => r === room)?.[0];

/** @internal The panel's chunk: a joining device's session moved to the room's storage key. */
export function moveRoom(from: SessionStore | undefined, to: SessionStore | undefined, room: LiveRoom): void {
  if (!from || !to || from === to) return;
  rooms.delete(from);
  placeRoom(to, room);
}
const controllers = new Set<LiveController>();
/** A join link joins one room per page: the first element with `live-server` that sees it. */
let fragmentTaken = false;
/**
 * An element without `live-server` may take the link only to say the page cannot join: and only
 * once the page's elements have had time to appear, or a card's hosted work format (which names no
 * server) would take it before the work format that does.
 */
let noServerMayClaim = false;
let noServerTimer: ReturnType<typeof setTimeout> | undefined;
function waitBeforeNoServer(): void {
  noServerTimer ??= setTimeout(() => {
    noServerMayClaim = true;
    for (const c of controllers) c.host.requestUpdate();
  }, NO_SERVER_WAIT);
}
/** How long a page with a join link waits for an element with `live-server` before saying it has none. */
const NO_SERVER_WAIT = 1500;

/** The room of a session store, if it has one (a work format in a fan asks with the fan's store). */
export function liveRoomFor(store: SessionStore | undefined): LiveRoom | undefined {
  return store ? rooms.get(store) : undefined;
}

const hasJoinLink = (): boolean => typeof location !== 'undefined' && location.hash.includes(`${LIVE_FRAGMENT}=`);

/** The panel's chunk: its code, texts and styles come only to a page that uses live sessions. */
let panelPart: Promise<LivePanelPart> | undefined;
let loadedPanel: LivePanelPart | undefined;
function loadPanel(): Promise<LivePanelPart> {
  return (panelPart ??= import('./live-panel.js').then((part) => (loadedPanel = part), (error: unknown) => {
    panelPart = undefined;
    throw error;
  }));
}

export class LiveController implements ReactiveController {
  private room?: LiveRoom;
  private stopRoom?: () => void;
  /** The panel and what its buttons do, from the panel's chunk; only in the element that leads the room. */
  private driver?: LivePanelDriver;
  /** This element may lead its room: it owns the store and names a server or sees a join link. */
  private leads = false;
  /** "Volg de gespreksleider" in this element (the fan). */
  following = true;

  constructor(
    readonly host: LiveHost,
    readonly session: SessionController,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
  }

  hostDisconnected(): void {
    controllers.delete(this);
    const room = this.room;
    // The session has let go of its store already (its controller comes first): the room knows it.
    const store = storeOf(room);
    this.detach();
    // Moved on the page (disconnected and connected again at once): the room stays.
    queueMicrotask(() => {
      if (!room || !store || this.host.isConnected || room.leader !== this) return;
      const next = [...controllers].find((c) => c.leads && c.store === store);
      if (next) {
        // Another element with this session carries on the room and its panel.
        room.leader = next;
        next.host.requestUpdate();
        return;
      }
      room.close();
      rooms.delete(store);
    });
  }

  get lang(): 'nl' | 'en' {
    return this.host.locale?.lang ?? 'nl';
  }

  get store(): SessionStore | undefined {
    return this.session.store;
  }

  /** The room of this element's session, if it has one. */
  get liveRoom(): LiveRoom | undefined {
    return this.room;
  }

  /** The session of this element's room, once in it. */
  get live(): LiveSession | undefined {
    return this.room?.phase === 'room' ? this.room.session : undefined;
  }

  /** The session while this device is in its room (connected or not); not after it ended or failed. */
  get inRoom(): LiveSession | undefined {
    const live = this.live;
    return live && (live.status === 'connected' || live.status === 'offline' || live.status === 'connecting') ? live : undefined;
  }

  /** This device opened the room's join link and has not joined yet: it will be one participant, with no one to add or switch to. */
  get joining(): boolean {
    const room = this.room;
    return room?.place === 'top' && (room.phase === 'join' || room.phase === 'loading' || room.phase === 'load-failed');
  }

  /** A `live.…` text, for an element in the room (the panel's texts are here once in a room). */
  text(key: string, values?: Record<string, string | number>): string {
    return loadedPanel?.t(this.lang)(key, values) ?? '';
  }

  /** "Bekijk alle bladen". */
  get seeAllLabel(): string {
    return this.text('live.seeAll');
  }

  hostUpdate(): void {
    const store = this.store;
    if (!store) return this.detach();
    let room = rooms.get(store);
    const server = this.host.liveServer?.trim();
    // Only the element that made the session leads its room: with a server, or the one that took
    // the page's join link (the others, without a server, stay as they are).
    const owned = this.session.owned;
    const link = hasJoinLink() && !fragmentTaken;
    if (link && !server) waitBeforeNoServer();
    const joining = link && (!!server || noServerMayClaim);
    if (!room && owned && (server || joining)) {
      if (joining) fragmentTaken = true;
      room = new LiveRoom(joining ? (server ? 'join' : 'no-server') : 'idle');
      room.place = joining ? 'top' : 'bottom';
      room.leader = this;
      placeRoom(store, room);
      // Work formats inside, which share the store, start to follow the room.
      for (const c of controllers) if (c !== this && c.store === store) c.host.requestUpdate();
    }
    this.leads = owned && !!room && (!!server || room.leader === this);
    if (room && this.leads && (!room.leader || !room.leader.host.isConnected)) room.leader = this;
    if (room?.leader === this) this.driver?.checkServer(room);
    if (room !== this.room) {
      this.leaveOrphan();
      this.detach();
      this.room = room;
      this.stopRoom = room?.subscribe(() => {
        if (room.leader === this) this.driver?.changed(room);
        this.host.requestUpdate();
      });
    }
    if (room?.leader === this && !this.driver) {
      loadPanel().then(
        async (part) => {
          // English on demand: the panel's English comes when a page in English first needs it.
          if (resolveLang(this.host) === 'en') await loadEnglish();
          this.driver ??= new part.LivePanelDriver(this);
          this.host.requestUpdate();
        },
        () => console.error(`<${this.host.localName}>: the live session's panel could not be loaded.`),
      );
    }
  }

  /**
   * The element's session changed under a room it leads (its `storage-key` or `persist` changed):
   * unless another element still shows that session, this device leaves the room, keeping its copy,
   * rather than staying connected to a session no one sees.
   */
  private leaveOrphan(): void {
    const room = this.room;
    const old = storeOf(room);
    if (!room || !old || old === this.store || room.leader !== this) return;
    if ([...controllers].some((c) => c !== this && c.store === old)) return;
    room.close();
    rooms.delete(old);
  }

  private detach(): void {
    this.stopRoom?.();
    this.stopRoom = undefined;
    this.room = undefined;
  }

  /**
   * The panel, where this element shows it: a device that opened a join link sees it at the top
   * (what to do first), the facilitator below the sheet, beside the privacy line.
   * `follow`: the fan offers "Volg de gespreksleider" to participants.
   */
  render(place: 'top' | 'bottom', options: { follow?: boolean } = {}): TemplateResult | typeof nothing {
    const room = this.room;
    if (!this.driver || !room || room.leader !== this || place !== room.place) return nothing;
    return this.driver.render(room, options.follow === true);
  }
}

/** @internal Tests: forget every room and the join link, as a new page would. */
export function resetLiveRooms(): void {
  rooms.forEach((room) => room.close());
  rooms.clear();
  fragmentTaken = false;
  noServerMayClaim = false;
  clearTimeout(noServerTimer);
  noServerTimer = undefined;
}
