/**
 * The live session's states for stories and the demo page, played with the TEST DOUBLE of the
 * connection (test/live-fake.ts): no server, nothing encrypted or sent. Each scene sets up the
 * page (the join link in the URL or not), mounts the element and plays the room up to the state.
 */
import { fakeLive, FAKE_KEY, FAKE_ROOM, type FakeLive } from '../test/live-fake.js';
import { setLiveLoader } from '../src/internal/live/live-loader.js';
import { resetLiveRooms } from '../src/internal/live/live-controller.js';
import { sheetView, writeSheet } from '../src/internal/session/sheets.js';
import type { SessionElement } from '../src/internal/session/session-element.js';

export const LIVE_SCENES = ['idle', 'join', 'waiting', 'participant', 'revealed', 'offline', 'wrong-key', 'ended'] as const;
export type LiveScene = (typeof LIVE_SCENES)[number];

const JOINS: readonly LiveScene[] = ['join', 'participant', 'revealed', 'offline', 'wrong-key'];
/** What the demo's other people wrote: no names of families, as the hint asks. */
const OTHERS: Array<{ name: string; notes: Record<string, string[]> }> = [
  { name: 'Sam', notes: { why: ['Ouders houden zelf de regie'], how: ['Samen een plan maken'] } },
  { name: '', notes: { why: ['Het netwerk erbij halen'], what: ['Minder crisismomenten'] } },
];

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
async function settle(el: SessionElement): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await el.updateComplete;
    await tick();
  }
}

async function press(el: SessionElement, selector: string): Promise<void> {
  for (let i = 0; i < 50 && !el.shadowRoot?.querySelector(selector); i++) await new Promise((r) => setTimeout(r, 20));
  el.shadowRoot?.querySelector<HTMLElement>(selector)?.click();
  await settle(el);
}

/** Before the element is made: a fresh room registry, the test double, and the URL of a facilitator or of a join link. */
export function prepareLive(scene: LiveScene): FakeLive {
  resetLiveRooms();
  const fake = fakeLive(scene === 'wrong-key' ? { status: 'wrong-key' } : {});
  setLiveLoader(() => Promise.resolve(fake.module));
  const base = location.pathname + location.search;
  history.replaceState(history.state, '', JOINS.includes(scene) ? `${base}#kjk-live=${FAKE_ROOM}.${FAKE_KEY}` : base);
  return fake;
}

/** Plays the room up to `scene`, once the element is on the page. */
export async function playLive(el: SessionElement, scene: LiveScene, fake: FakeLive, kind = 'octagon'): Promise<void> {
  await settle(el);
  if (scene === 'idle' || scene === 'join') return;
  if (JOINS.includes(scene)) {
    const name = el.shadowRoot?.querySelector<HTMLInputElement>('#live-name');
    if (name) name.value = 'Kim';
    await press(el, '[data-live="join"]');
  } else {
    await press(el, '[data-live="start"]');
  }
  const live = fake.last;
  if (!live) return;
  if (JOINS.includes(scene) && scene !== 'wrong-key') {
    // What Kim wrote on her own sheet so far.
    el.session.update((s) => {
      const ws = sheetView(s, kind);
      const me = ws?.participants.find((p) => p.id === live.me);
      if (!ws || !me || kind !== 'octagon') return;
      me.notes = { why: [{ id: 'n-kim-1', text: 'Het gezin voelt zich gehoord' }] };
      writeSheet(s, kind, ws);
    });
  }
  if (kind === 'fan' && scene === 'participant') live.set({ position: { card: 'tension-3' } });
  if (scene === 'waiting') {
    live.addPerson('', 3);
    live.addPerson('Mo', 1);
    live.addPerson('', 0, { online: false });
  }
  if (scene === 'offline') live.set({ status: 'offline' });
  if (scene === 'ended') await live.end();
  if (scene === 'revealed') {
    // As the room does at the reveal: every participant's sheet arrives in this device's state.
    el.session.update((s) => {
      const ws = kind === 'fan' ? undefined : sheetView(s, kind);
      if (!ws) return;
      OTHERS.forEach((other, i) =>
        ws.participants.push({
          id: `other-${i}`,
          name: other.name,
          figures: [],
          notes: Object.fromEntries(Object.entries(other.notes).map(([zone, texts]) => [zone, texts.map((text, n) => ({ id: `n-${i}-${zone}-${n}`, text }))])),
        }),
      );
      writeSheet(s, kind, ws);
    });
    live.set({ revealed: true });
  }
  await settle(el);
}
