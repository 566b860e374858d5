/**
 * An element whose session needs the two-tab merge (issue 14) waits for it in `updateComplete`.
 * Its own file, so that the merge is not yet loaded when the test starts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { KjkTensionCard } from '../src/components/tension-card/tension-card.js';
import { emptyState } from '../src/internal/session/state.js';

const fetched = (name: string) =>
  performance.getEntriesByType('resource').some((e) => e.name.includes(`/src/internal/session/${name}.ts`));

describe('an element and the two-tab merge', () => {
  it('waits for it in updateComplete, and shows the other tab\'s answers', async () => {
    const key = `parts-element-${Date.now()}`;
    const el = await fixture<KjkTensionCard>(html`<kjk-tension-card field="2" storage-key=${key} persist="local"></kjk-tension-card>`);
    const other = { ...emptyState(), tensions: { '2': { marked: true, note: 'uit het andere tabblad' } } };
    localStorage.setItem(`kjk-session:${key}`, JSON.stringify(other));
    window.dispatchEvent(new StorageEvent('storage', { key: `kjk-session:${key}`, storageArea: localStorage }));
    expect(fetched('merge'), 'not before it is needed').to.equal(false);
    await el.updateComplete;
    expect(fetched('merge')).to.equal(true);
    expect(el.shadowRoot!.querySelector('textarea')!.value).to.equal('uit het andere tabblad');
    el.remove();
    localStorage.removeItem(`kjk-session:${key}`);
  });
});
