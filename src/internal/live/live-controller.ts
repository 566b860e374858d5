/**
 * Live sessions in every element with a session (issue 15): whether this element takes part, the
 * room its session store is in, and the panel (its own chunk). In every bundle, so kept small and
 * free of the live code: without `live-server` and without a join link (`#kjk-live=`) it imports
 * nothing, asks for nothing and renders nothing.
 */
import { nothing, type CSSResult, type ReactiveController, type TemplateResult } from 'lit';
import type { SessionController, SessionHost } from '../session/session-controller.js';
import type { SessionStore } from '../session/session-store.js';
import { loadEnglish, resolveLang, type LocaleController } from '../i18n.js';
import { LIVE_FRAGMENT, type LiveSession } from './live-types.js';
import { loadLive, type LiveModule } from './live-loader.js';
import type { LivePanelPart, LivePanelView } from './live-panel.js';

export interface LiveHost extends SessionHost {
  liveServer: string;
  readonly locale?: LocaleController;
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
 * - no-server: a join link, but this page names no live server.
 */
export type LivePhase = 'idle' | 'join' | 'loading' | 'room' | 'load-failed' | 'bad-link' | 'no-server';

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

  /** This device leaves; the copy stays. */
  close(): void {
    this.stopSession?.();
    this.session?.leave();
    this.listeners.clear();
  }
}

const rooms = new Map<SessionStore, LiveRoom>();
const controllers = new Set<LiveController>();
/** A join link joins one room per page: the first element with `live-server` that sees it. */
let fragmentTaken = false;

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
  private panel?: LivePanelPart;
  /** This element may lead its room: it owns the store and names a server or sees a join link. */
  private leads = false;
  private confirmingEnd = false;
  private copied: LivePanelView['copied'] = '';
  private announcement = '';
  /** What was last announced about, to announce changes only. */
  private seen?: { people: Set<string>; revealed: boolean; status: string };
  private adopted = new WeakSet<CSSResult>();
  /** "Volg de gespreksleider" in this element (the fan). */
  following = true;

  constructor(
    private readonly host: LiveHost,
    private readonly session: SessionController,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
  }

  hostDisconnected(): void {
    controllers.delete(this);
    const room = this.room;
    const store = this.store;
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

  private get lang(): 'nl' | 'en' {
    return this.host.locale?.lang ?? 'nl';
  }

  private get store(): SessionStore | undefined {
    return this.session.store;
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
    const joining = hasJoinLink() && !fragmentTaken;
    if (!room && owned && (server || joining)) {
      if (joining) fragmentTaken = true;
      room = new LiveRoom(joining ? (server ? 'join' : 'no-server') : 'idle');
      room.place = joining ? 'top' : 'bottom';
      room.leader = this;
      rooms.set(store, room);
      if (joining && server) this.prepareJoin(room);
      // Work formats inside, which share the store, start to follow the room.
      for (const c of controllers) if (c !== this && c.store === store) c.host.requestUpdate();
    }
    this.leads = owned && !!room && (!!server || room.leader === this);
    if (room && this.leads && (!room.leader || !room.leader.host.isConnected)) room.leader = this;
    if (room !== this.room) {
      this.detach();
      this.room = room;
      this.stopRoom = room?.subscribe(() => {
        if (room.leader === this) this.announceChanges();
        this.host.requestUpdate();
      });
    }
    if (room?.leader === this && !this.panel) {
      loadPanel().then(
        async (part) => {
          // English on demand: the panel's English comes when a page in English first needs it.
          if (resolveLang(this.host) === 'en') await loadEnglish();
          this.panel = part;
          this.host.requestUpdate();
        },
        () => console.error(`<${this.host.localName}>: the live session's panel could not be loaded.`),
      );
    }
  }

  private detach(): void {
    this.stopRoom?.();
    this.stopRoom = undefined;
    this.room = undefined;
  }

  // Announcements: joins, the reveal, a dropped and a restored connection, politely.

  private announceChanges(): void {
    const live = this.live;
    const t = loadedPanel?.t(this.lang);
    if (!live || !t) return;
    const people = new Set(live.people.map((p) => p.id));
    const seen = this.seen;
    this.seen = { people, revealed: live.revealed, status: live.status };
    if (!seen) return;
    const said: string[] = [];
    live.people.forEach((p, i) => {
      if (!seen.people.has(p.id) && !p.isMe) said.push(t('live.joined', { name: p.name.trim() || t('live.personN', { n: i + 1 }) }));
    });
    if (live.revealed && !seen.revealed) said.push(t('live.revealed'));
    if (live.status === 'offline' && seen.status !== 'offline') said.push(t('live.offline'));
    if (live.status === 'connected' && seen.status === 'offline') said.push(t('live.back'));
    if (said.length) this.say(said.join(' '));
  }

  private say(message: string): void {
    if (this.host.announceLive) this.host.announceLive(message);
    // The same message twice differs by a space, or it would not be read again.
    else this.announcement = message === this.announcement ? `${message}\u00a0` : message;
  }

  // Actions

  private start = async (): Promise<void> => {
    const room = this.room;
    const store = this.store;
    if (!room || !store) return;
    room.set('loading');
    try {
      const live = await (await loadLive()).startLive(store, this.host.liveServer.trim(), { pageUrl: location.href.split('#')[0] });
      this.seen = undefined;
      room.set('room', live);
      this.announceChanges();
      this.focus('[data-live="link-heading"]');
    } catch (error) {
      console.error(`<${this.host.localName}>: the live session could not start.`, error);
      room.set('load-failed');
      this.focus('[data-live="retry"]');
    }
  };

  /**
   * The room's answers under a key of their own, so this device's earlier answers are neither sent
   * to the room nor overwritten by it. Done as soon as a join link is seen (what is typed before
   * "Doe mee" is then the room's, and a reload shows this device's copy of the room at once), and
   * again at "Doe mee" if the live part could not be loaded then. False for a broken link.
   */
  private async enterRoomStore(room: LiveRoom): Promise<{ live: LiveModule; link: { room: string; key: string } } | false> {
    const live = await loadLive();
    const link = live.readJoinFragment(location.hash);
    if (!link || link === 'malformed') return false;
    const old = this.store;
    this.session.useStorageKey(live.roomStorageKey(this.host.storageKey ?? '', link.room));
    const store = this.store;
    if (old && store && store !== old) {
      rooms.delete(old);
      rooms.set(store, room);
    }
    return { live, link };
  }

  private prepareJoin(room: LiveRoom): void {
    this.enterRoomStore(room).then(
      (entered) => {
        if (!entered && room.phase === 'join') room.set('bad-link');
      },
      // Offline: "Doe mee" tries again.
      () => {},
    );
  }

  private join = async (name: string): Promise<void> => {
    const room = this.room;
    if (!room || !this.store) return;
    room.set('loading');
    try {
      const entered = await this.enterRoomStore(room);
      if (!entered) {
        room.set('bad-link');
        this.focus('[data-live="message"]');
        return;
      }
      const session = await entered.live.joinLive(this.store, this.host.liveServer.trim(), entered.link);
      if (name.trim()) session.setName(name.trim());
      this.seen = undefined;
      room.set('room', session);
      this.announceChanges();
      this.focus('[data-live="message"]');
    } catch (error) {
      console.error(`<${this.host.localName}>: could not join the live session.`, error);
      room.set('load-failed');
      this.focus('[data-live="retry"]');
    }
  };

  private retry = (): void => {
    if (this.room?.place === 'top') {
      this.room.set('join');
      this.focus('#live-name');
    } else void this.start();
  };

  private copy = async (): Promise<void> => {
    const link = this.live?.link ?? '';
    try {
      await navigator.clipboard.writeText(link);
      this.copied = 'copied';
      this.say(loadedPanel!.t(this.lang)('live.copied'));
    } catch {
      this.copied = 'failed';
    }
    this.host.requestUpdate();
  };

  private reveal = (): void => {
    this.live?.reveal();
    this.focus('[data-live="message"]');
  };

  private askEnd = (): void => {
    this.confirmingEnd = true;
    this.host.requestUpdate();
    this.focus('[data-live="confirm-end"]');
  };

  private cancelEnd = (): void => {
    this.confirmingEnd = false;
    this.host.requestUpdate();
    this.focus('[data-live="end"]');
  };

  private confirmEnd = async (): Promise<void> => {
    this.confirmingEnd = false;
    this.host.requestUpdate();
    await this.live?.end();
    this.room?.notify();
    this.focus('[data-live="message"]');
  };

  private setFollow = (on: boolean): void => {
    this.following = on;
    this.host.requestUpdate();
  };

  private focus(selector: string): void {
    void this.host.updateComplete.then(() => this.host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus());
  }

  /**
   * The panel, where this element shows it: a device that opened a join link sees it at the top
   * (what to do first), the facilitator below the sheet, beside the privacy line.
   * `follow`: the fan offers "Volg de gespreksleider" to participants.
   */
  render(place: 'top' | 'bottom', options: { follow?: boolean } = {}): TemplateResult | typeof nothing {
    const panel = this.panel;
    const room = this.room;
    if (!panel || !room || room.leader !== this || place !== room.place) return nothing;
    this.adopt(panel.livePanelStyles);
    const live = room.session;
    return panel.renderLivePanel({
      lang: this.lang,
      phase: room.phase,
      live: room.phase === 'room' ? live : undefined,
      confirmingEnd: this.confirmingEnd,
      copied: this.copied,
      announcement: this.host.announceLive ? undefined : this.announcement,
      follow: options.follow && live?.role === 'participant' ? this.following : undefined,
      actions: {
        start: () => void this.start(),
        join: (name) => void this.join(name),
        retry: this.retry,
        copy: () => void this.copy(),
        reveal: this.reveal,
        askEnd: this.askEnd,
        confirmEnd: () => void this.confirmEnd(),
        cancelEnd: this.cancelEnd,
        setFollow: this.setFollow,
      },
    });
  }

  /** The panel's styles, added to the element's shadow root once (as a worksheet's parts do). */
  private adopt(styles: CSSResult): void {
    const root = this.host.shadowRoot;
    if (!root || this.adopted.has(styles)) return;
    this.adopted.add(styles);
    const sheet = styles.styleSheet;
    if (sheet) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      return;
    }
    const style = document.createElement('style');
    const nonce = (globalThis as { litNonce?: string }).litNonce;
    if (nonce) style.setAttribute('nonce', nonce);
    style.textContent = styles.cssText;
    root.appendChild(style);
  }
}

/** @internal Tests: forget every room and the join link, as a new page would. */
export function resetLiveRooms(): void {
  rooms.forEach((room) => room.close());
  rooms.clear();
  fragmentTaken = false;
}
