/**
 * Session parts loaded on first need (issue 14), each test in a page where its part is not yet
 * loaded (see session-parts.test.ts for the rest): an element waits for the two-tab merge in
 * `updateComplete`; a state the page sets while the salvage loads wins.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { KjkTensionCard } from '../src/components/tension-card/tension-card.js';
import { emptyState } from '../src/internal/session/state.js';
import { SessionStore, whenSessionPartsLoaded } from '../src/internal/session/session-store.js';

const fetched = (name: string) =>
  performance.getEntriesByType('resource').some((e) => e.name.includes(`/src/internal/session/${name}.ts`));

describe('session parts in a page that has not loaded them', () => {
  it('waits for it in updateComplete, and shows the other tab\'s answers', async () => {
    const key = `parts-element-${Date.now()}`;
    const el = await fixture<KjkTensionCard>(html`<kjk-tension-card field="2" storage-key=${key} persist="local"></kjk-tension-card>`);
    const other = { ...emptyState(), tensions: { '2': { marked: true, note: 'uit het andere tabblad' } } };
    localStorage.setItem(`kjk-session:${key}`, JSON.stringify(other));
    expect(fetched('merge'), 'not before it is needed').to.equal(false);
    window.dispatchEvent(new StorageEvent('storage', { key: `kjk-session:${key}`, storageArea: localStorage }));
    await el.updateComplete;
    expect(fetched('merge')).to.equal(true);
    expect(el.shadowRoot!.querySelector('textarea')!.value).to.equal('uit het andere tabblad');
    el.remove();
    localStorage.removeItem(`kjk-session:${key}`);
  });

  it('while the rescue loads, a state the page sets wins, and the user\'s overwrite waits for what it restores', async () => {
    const key = `parts-salvage-${Date.now()}`;
    const damaged = JSON.stringify({ ...emptyState(), tensions: { '1': { marked: true, note: 'bewaard' }, '9': 'x' } });
    sessionStorage.setItem(`kjk-session:${key}`, damaged);
    expect(fetched('salvage'), 'not before it is needed').to.equal(false);
    const store = new SessionStore('session', key);
    const set = { ...emptyState(), topic: 'Van de pagina' };
    expect(store.replace(set)).to.equal(true);
    // Meanwhile, in a second session, the user agrees to overwrite: with what can be read of it.
    const other = `${key}-b`;
    sessionStorage.setItem(`kjk-session:${other}`, damaged);
    const second = new SessionStore('session', other);
    second.update((s) => void (s.plan.actions = ['nieuw']));
    second.overwriteUnreadable();
    expect(sessionStorage.getItem(`kjk-session:${other}`), 'not before the salvage is here').to.equal(damaged);
    await whenSessionPartsLoaded();
    const written = JSON.parse(sessionStorage.getItem(`kjk-session:${other}`)!);
    expect(written.tensions['1'], 'what could be read').to.deep.equal({ marked: true, note: 'bewaard' });
    expect(written.plan.actions, 'and the edit').to.deep.equal(['nieuw']);
    expect(second.holding).to.equal(false);
    second.dispose();
    sessionStorage.removeItem(`kjk-session:${other}`);
    expect(fetched('salvage')).to.equal(true);
    expect(store.state).to.deep.equal(set);
    expect(sessionStorage.getItem(`kjk-session:${key}`), 'still held until the user says otherwise').to.equal(damaged);
    store.dispose();
    sessionStorage.removeItem(`kjk-session:${key}`);
  });
});
