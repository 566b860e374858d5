/**
 * What the live panel's buttons do, and what it announces: in the panel's chunk, so an element
 * without `live-server` carries none of it (see live-controller.ts, which creates this once the
 * chunk is here, in the element that leads its room).
 */
import type { TemplateResult } from 'lit';
import { loadLive, type LiveModule } from './live-loader.js';
import { moveRoom, type LiveController, type LiveRoom } from './live-controller.js';
import { renderLivePanel, t, type LivePanelView } from './live-panel.js';
import { livePanelStyles } from './live-panel.styles.js';
import { adoptStyles } from '../styles/adopt-styles.js';
import { liveHostKey } from './link.js';
import type { SessionStore } from '../session/session-store.js';

/** Whether this device keeps a room it started for this session (see `resumeLive`). */
function keptRoom(store: SessionStore): boolean {
  try {
    const storage = store.mode === 'local' ? localStorage : store.mode === 'session' ? sessionStorage : undefined;
    return !!storage?.getItem(liveHostKey(store.storageKey));
  } catch {
    return false;
  }
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/**
 * Why `value` cannot be a live server; undefined when it can. A WebSocket address, and on a secure
 * page an encrypted one: browsers block ws:// there, except to this computer.
 */
export function liveServerProblem(value: string, pageProtocol = location.protocol): 'address' | 'scheme' | 'insecure' | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'address';
  }
  if (url.protocol !== 'wss:' && url.protocol !== 'ws:') return 'scheme';
  if (url.protocol === 'ws:' && pageProtocol === 'https:' && !LOOPBACK.test(url.hostname)) return 'insecure';
  return undefined;
}

/** The join part of a URL fragment, if any. */
const joinPart = (hash: string): string | undefined => /kjk-live=[^&]*/.exec(hash)?.[0];
let watchingLinks = false;

/**
 * Another room's join link opened in a tab that shows the page already changes only the fragment,
 * and the browser does not load the page again: the device would stay in the old room (or on its
 * end) while the person believes they joined the new one. Loading the page again joins it as any
 * first open does; each room's copy stays under its own storage key.
 */
function reloadOnNewJoinLink(): void {
  if (watchingLinks) return;
  watchingLinks = true;
  let current = joinPart(location.hash);
  addEventListener('hashchange', () => {
    const next = joinPart(location.hash);
    if (next && next !== current) location.reload();
    current = next;
  });
}

export class LivePanelDriver {
  private confirmingEnd = false;
  private copied: LivePanelView['copied'] = '';
  private announcement = '';
  /** The `live-server` value last reported as unusable, so the console hears of it once. */
  private warnedServer?: string;
  /** What was last announced about, to announce changes only. */
  private seen?: { people: Set<string>; revealed: boolean; status: string };

  constructor(private readonly c: LiveController) {
    if (c.host.shadowRoot) adoptStyles(c.host.shadowRoot, livePanelStyles);
    reloadOnNewJoinLink();
    const room = c.liveRoom;
    if (room && this.checkServer(room)) return;
    if (room?.phase === 'join') this.prepareJoin(room);
    else if (room?.phase === 'idle') this.resume(room);
  }

  private get t() {
    return t(this.c.lang);
  }

  // Announcements: joins, the reveal, a dropped and a restored connection, politely.

  /** The room changed (the controller calls this in the element that leads it). */
  changed(room: LiveRoom): void {
    const live = room.phase === 'room' ? room.session : undefined;
    if (!live) return;
    const people = new Set(live.people.map((p) => p.id));
    const seen = this.seen;
    this.seen = { people, revealed: live.revealed, status: live.status };
    if (!seen) return;
    const t = this.t;
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
    const host = this.c.host;
    if (host.announceLive) host.announceLive(message);
    // The same message twice differs by a space, or it would not be read again.
    else this.announcement = message === this.announcement ? `${message}\u00a0` : message;
    host.requestUpdate();
  }

  // Actions

  private start = async (): Promise<void> => {
    const room = this.c.liveRoom;
    const store = this.c.store;
    if (!room || !store) return;
    room.set('loading');
    try {
      const live = await (await loadLive()).startLive(store, this.c.host.liveServer.trim(), { pageUrl: location.href.split('#')[0] });
      this.seen = undefined;
      room.set('room', live);
      this.focus('[data-live="link-heading"]');
    } catch (error) {
      console.error(`<${this.c.host.localName}>: the live session could not start.`, error);
      room.set('load-failed');
      this.focus('[data-live="retry"]');
    }
  };

  /** A facilitator who reloads the page is back in the same room, not asked to start another. */
  private resume(room: LiveRoom): void {
    const store = this.c.store;
    // Only where this device started a room (the live code loads only then).
    if (!store || !keptRoom(store)) return;
    loadLive()
      .then((live) => live.resumeLive(store, this.c.host.liveServer.trim(), { pageUrl: location.href.split('#')[0] }))
      .then(
        (session) => {
          if (session && room.phase === 'idle') room.set('room', session);
          else session?.leave();
        },
        // Offline or blocked: "Start samen invullen" stays, as before.
        () => {},
      );
  }

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
    const old = this.c.store;
    this.c.session.useStorageKey(live.roomStorageKey(this.c.host.storageKey ?? '', link.room));
    moveRoom(old, this.c.store, room);
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
    const room = this.c.liveRoom;
    if (!room || !this.c.store) return;
    room.set('loading');
    try {
      const entered = await this.enterRoomStore(room);
      if (!entered) {
        room.set('bad-link');
        this.focus('[data-live="message"]');
        return;
      }
      // The name goes with the join, so the others meet this person by name, not as "Deelnemer 3" first.
      const session = await entered.live.joinLive(this.c.store!, this.c.host.liveServer.trim(), { ...entered.link, name: name.trim() || undefined });
      if (name.trim()) session.setName(name.trim());
      this.seen = undefined;
      room.set('room', session);
      this.focus('[data-live="message"]');
    } catch (error) {
      console.error(`<${this.c.host.localName}>: could not join the live session.`, error);
      room.set('load-failed');
      this.focus('[data-live="retry"]');
    }
  };

  private retry = (): void => {
    const room = this.c.liveRoom;
    if (room?.place === 'top') {
      room.set('join');
      this.focus('#live-name');
    } else void this.start();
  };

  private copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(this.c.live?.link ?? '');
      this.copied = 'copied';
      this.say(this.t('live.copied'));
    } catch {
      this.copied = 'failed';
    }
    this.c.host.requestUpdate();
  };

  private reveal = (): void => {
    this.c.live?.reveal();
    this.focus('[data-live="message"]');
  };

  private askEnd = (): void => {
    this.confirmingEnd = true;
    this.c.host.requestUpdate();
    this.focus('[data-live="confirm-end"]');
  };

  private cancelEnd = (): void => {
    this.confirmingEnd = false;
    this.c.host.requestUpdate();
    this.focus('[data-live="end"]');
  };

  private confirmEnd = async (): Promise<void> => {
    this.confirmingEnd = false;
    this.c.host.requestUpdate();
    await this.c.live?.end();
    this.c.liveRoom?.notify();
    this.focus('[data-live="message"]');
  };

  private setFollow = (on: boolean): void => {
    this.c.following = on;
    this.c.host.requestUpdate();
  };

  private focus(selector: string): void {
    const host = this.c.host;
    void host.updateComplete.then(() => host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus());
  }

  /**
   * A `live-server` no browser can reach keeps the room from starting, says so calmly, and tells the
   * page's developer why, once per value; a corrected one offers the start again. True while it is unusable.
   */
  checkServer(room: LiveRoom): boolean {
    const server = this.c.host.liveServer?.trim();
    const problem = server ? liveServerProblem(server) : undefined;
    if (!problem) {
      if (room.phase === 'bad-server') room.set(room.place === 'top' ? 'join' : 'idle');
      return false;
    }
    if (room.phase === 'idle' || room.phase === 'join') room.set('bad-server');
    if (this.warnedServer === server) return true;
    this.warnedServer = server;
    const why = { address: 'is not an address', scheme: 'is not a WebSocket address', insecure: 'is not encrypted (ws://), which browsers block on a secure page' }[problem];
    console.error(`<${this.c.host.localName}>: live-server="${server}" ${why}. Use wss://your-server (ws:// only on this computer). "Samen invullen" is off; everything else works.`);
    return true;
  }

  render(room: LiveRoom, follow: boolean): TemplateResult {
    const live = room.phase === 'room' ? room.session : undefined;
    return renderLivePanel({
      lang: this.c.lang,
      phase: room.phase,
      live,
      confirmingEnd: this.confirmingEnd,
      copied: this.copied,
      announcement: this.c.host.announceLive ? undefined : this.announcement,
      follow: follow && live?.role === 'participant' ? this.c.following : undefined,
      content: this.c.host.liveContent ?? 'sheets',
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
}

