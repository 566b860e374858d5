/**
 * Parts of the session that most pages never need are downloaded on first need (issue 14): the
 * merge of two tabs' answers when another tab's change arrives, the postMessage bridge only for
 * an element with `message-origin`. Nothing may be lost while such a part loads.
 * This file must not import merge.ts or message-bridge.ts itself: it checks when they load.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { KjkTensionCard } from '../src/components/tension-card/tension-card.js';
import { SessionStore, whenSessionPartsLoaded, type ChangeCause } from '../src/internal/session/session-store.js';
import { emptyState, type SessionState } from '../src/internal/session/state.js';
import type { StorageAdapter } from '../src/internal/session/storage.js';

/** Whether the page has fetched a module of src/internal/session/ by name. */
const fetched = (name: string) =>
  performance.getEntriesByType('resource').some((e) => e.name.includes(`/src/internal/session/${name}.ts`));

/** Local storage as two tabs share it: this tab's store reads and writes it, `otherTab` writes it too. */
function sharedStorage(key: string) {
  const data = new Map<string, string>();
  let tell: (() => void) | undefined;
  const adapter: StorageAdapter = {
    kind: 'local',
    read: (k) => (data.has(k) ? { status: 'found', raw: data.get(k)! } : { status: 'empty' }),
    write: (k, raw) => (data.set(k, raw), 'ok'),
    remove: (k) => void data.delete(k),
    watch: (_k, onChange) => ((tell = onChange), () => (tell = undefined)),
  };
  const stored = (): SessionState => JSON.parse(data.get(`kjk-session:${key}`)!);
  /** Another tab changes what is stored, as it would: on top of what it read. */
  const otherTab = (change: (s: SessionState) => void) => {
    const state = data.has(`kjk-session:${key}`) ? stored() : emptyState();
    change(state);
    data.set(`kjk-session:${key}`, JSON.stringify(state));
    tell?.();
  };
  const seed = (raw: string) => data.set(`kjk-session:${key}`, raw);
  const raw = () => data.get(`kjk-session:${key}`);
  return { adapters: { session: adapter, local: adapter }, stored, otherTab, seed, raw };
}

let counter = 0;
const newKey = () => `parts-${Date.now()}-${counter++}`;

describe('the two-tab merge', () => {
  it('is not downloaded for a page with one tab', async () => {
    const key = newKey();
    const { adapters, stored } = sharedStorage(key);
    const store = new SessionStore('local', key, adapters);
    store.update((s) => void (s.plan.actions = ['een']));
    store.update((s) => void s.plan.actions.push('twee'));
    await whenSessionPartsLoaded();
    expect(stored().plan.actions).to.deep.equal(['een', 'twee']);
    expect(fetched('merge'), 'merge.ts fetched').to.equal(false);
    expect(fetched('salvage'), 'salvage.ts fetched').to.equal(false);
    store.dispose();
  });

  it('loads when another tab changes the answers, and loses nothing of either tab while it loads', async () => {
    const key = newKey();
    const { adapters, stored, otherTab } = sharedStorage(key);
    const store = new SessionStore('local', key, adapters);
    const causes: ChangeCause[] = [];
    store.subscribe((_, cause) => causes.push(cause));
    store.update((s) => void (s.plan.actions = ['hier 1']));

    // The other tab writes; the merge starts loading. Both tabs go on working meanwhile.
    otherTab((s) => void (s.plan.actions = [...s.plan.actions, 'daar 1']));
    store.update((s) => void s.plan.actions.push('hier 2'));
    otherTab((s) => void s.plan.actions.push('daar 2'));
    store.update((s) => void (s.tensions['3'] = { marked: true, note: 'hier' }));
    // Nothing was written over the other tab's answers while the merge was not here.
    expect(stored().plan.actions).to.deep.equal(['hier 1', 'daar 1', 'daar 2']);
    expect(store.state.plan.actions).to.deep.equal(['hier 1', 'hier 2']);

    await whenSessionPartsLoaded();
    expect(fetched('merge'), 'merge.ts fetched').to.equal(true);
    // Every answer of both tabs, in the order each tab gave them, on screen and in storage.
    expect(store.state.plan.actions).to.have.members(['hier 1', 'hier 2', 'daar 1', 'daar 2']);
    const order = (list: string[], a: string, b: string) => expect(list.indexOf(a)).to.be.below(list.indexOf(b));
    order(store.state.plan.actions, 'hier 1', 'hier 2');
    order(store.state.plan.actions, 'daar 1', 'daar 2');
    expect(store.state.tensions['3']).to.deep.equal({ marked: true, note: 'hier' });
    expect(stored()).to.deep.equal(store.state);
    expect(causes.at(-1), 'the merge is told as news from another tab').to.equal('sync');

    // Once here, a merge is at once, as before.
    otherTab((s) => void s.plan.actions.push('daar 3'));
    expect(store.state.plan.actions).to.include('daar 3');
    store.dispose();
  });
});

describe('the rescue of stored data that cannot be read as a whole', () => {
  // Version 3, with one part broken: the tension field "9" does not exist.
  const damaged = JSON.stringify({ ...emptyState(), tensions: { '1': { marked: true, note: 'bewaard' }, '9': 'x' } });

  it('loads when stored data is damaged; edits made while it loads are made again on what it restores', async () => {
    const key = newKey();
    const { adapters, seed, raw } = sharedStorage(key);
    seed(damaged);
    expect(fetched('salvage'), 'not before it is needed').to.equal(false);
    const store = new SessionStore('local', key, adapters);
    expect(store.problem).to.equal('unreadable');
    store.update((s) => void (s.plan.actions = ['tijdens het laden']));
    store.update((s) => void s.plan.actions.push('en daarna'));

    await whenSessionPartsLoaded();
    expect(fetched('salvage'), 'salvage.ts fetched').to.equal(true);
    expect(store.state.tensions['1'], 'restored').to.deep.equal({ marked: true, note: 'bewaard' });
    expect(store.state.plan.actions, 'the edits, in order').to.deep.equal(['tijdens het laden', 'en daarna']);
    expect(store.salvaged).to.deep.equal(['tensions.1']);
    expect(raw(), 'the damaged original is kept until the user says otherwise').to.equal(damaged);
    store.dispose();
  });
});

describe('the postMessage bridge', () => {
  it('is not downloaded for an element without message-origin', async () => {
    const el = await fixture<KjkTensionCard>(html`<kjk-tension-card field="1" persist="none"></kjk-tension-card>`);
    await el.updateComplete;
    expect(fetched('message-bridge'), 'message-bridge.ts fetched').to.equal(false);
  });

  it('loads for an element with message-origin, and a state the parent sent while it loaded is applied', async () => {
    const el = document.createElement('kjk-tension-card') as KjkTensionCard;
    el.setAttribute('field', '4');
    el.setAttribute('persist', 'none');
    el.setAttribute('message-origin', location.origin);
    document.body.append(el);
    // At once, before the bridge can be here (the test page is its own parent, so no answer is posted).
    const state = { ...emptyState(), tensions: { '4': { marked: true, note: 'van de ouderpagina' } } };
    window.dispatchEvent(
      new MessageEvent('message', { data: { source: 'ken-je-kracht', type: 'kjk-set-state', state }, origin: location.origin, source: window }),
    );
    try {
      await el.updateComplete;
      expect(fetched('message-bridge'), 'message-bridge.ts fetched').to.equal(true);
      await new Promise((r) => setTimeout(r, 50)); // the bridge answers a batch of messages once per frame
      await el.updateComplete;
      expect(el.state!.tensions['4']).to.deep.equal({ marked: true, note: 'van de ouderpagina' });
      expect(el.shadowRoot!.querySelector('textarea')!.value).to.equal('van de ouderpagina');
    } finally {
      el.remove();
    }
  });
});
