/**
 * Two tabs on one device: two same-origin iframes, each its own document with its own copy of
 * the drop-in bundle. localStorage and its `storage` events cross between them as between tabs.
 * Needs `npm run build` (the iframes load dist/cdn/kjk.js).
 */
import { expect } from '@open-wc/testing';
import { loadUrl, type PageReport } from './page-helpers.js';
import { until } from './dom-helpers.js';
import { emptyState } from '../src/internal/session/state.js';
import { sheetView } from '../src/internal/session/sheets.js';

let counter = 0;
const newKey = () => `tabs-${Date.now()}-${counter++}`;
const opened: PageReport[] = [];

type Rendered = HTMLElement & { updateComplete: Promise<unknown>; state?: ReturnType<typeof emptyState> };

async function openTab(tag: string, key: string, extra = ''): Promise<Rendered> {
  const report = await loadUrl(`/test/fixtures/tab.html?tag=${tag}&persist=local&storage-key=${key}${extra}`);
  opened.push(report);
  expect(report.errors).to.deep.equal([]);
  return report.elements[0] as Rendered;
}

const q = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const texts = (el: Element, selector: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLTextAreaElement | HTMLElement>(selector)].map((e) =>
    'value' in e ? (e as HTMLTextAreaElement).value : e.textContent!.trim(),
  );

/** Types into an add field and presses Enter, as a user in that tab does. */
async function add(el: Rendered, selector: string, text: string): Promise<void> {
  const field = q<HTMLInputElement>(el, selector)!;
  field.focus();
  field.value = text;
  field.dispatchEvent(new Event('input'));
  field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
  await el.updateComplete;
}

/** axe, run inside the tab's own document (the test page's copy cannot see another realm's nodes). */
async function expectAccessible(el: Element): Promise<void> {
  const doc = el.ownerDocument;
  const win = doc.defaultView as Window & { axe?: { run: (el: Element) => Promise<{ violations: Array<{ id: string; help: string }> }> } };
  if (!win.axe) {
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    doc.head.append(script);
    await loaded;
  }
  const { violations } = await win.axe!.run(el);
  expect(violations.map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
}

const octagonNotes = (el: Rendered) => texts(el, '.zone[data-zone="why"] .slip');
/** The participant buttons above a sheet (shown from two participants on). */
const chips = (el: Rendered) => [...el.shadowRoot!.querySelectorAll('.participant-tabs .chip')].map((c) => c.textContent!.trim());
const sheetPeople = (el: Rendered) => el.state?.participants.length ?? 0;
const fanGoals = (el: Rendered) => texts(el, '.own-items li span:first-child');

afterEach(() => {
  for (const report of opened.splice(0)) report.cleanup();
  localStorage.clear();
});

describe('two tabs with one storage key (persist="local")', () => {
  it('octagon: a note added in each tab survives a reload, and each tab shows the other\'s', async () => {
    const key = newKey();
    const a = await openTab('kjk-octagon', key);
    const b = await openTab('kjk-octagon', key);
    // The host page of tab B did not make this change, so B tells it.
    const changes: unknown[] = [];
    b.addEventListener('kjk-change', (e) => changes.push((e as CustomEvent).detail.state));
    await add(a, '#add-why', 'Van tabblad A');
    await until(() => octagonNotes(b).includes('Van tabblad A'));
    expect(octagonNotes(b)).to.deep.equal(['Van tabblad A']);
    expect(changes).to.have.length(1);
    await add(b, '#add-why', 'Van tabblad B');
    await until(() => octagonNotes(a).length === 2);
    expect(octagonNotes(a)).to.deep.equal(['Van tabblad A', 'Van tabblad B']);
    const again = await openTab('kjk-octagon', key);
    expect(octagonNotes(again)).to.deep.equal(['Van tabblad A', 'Van tabblad B']);
  });

  it('octagon: notes added in both tabs at the same moment are both kept', async () => {
    const key = newKey();
    const a = await openTab('kjk-octagon', key);
    const b = await openTab('kjk-octagon', key);
    // Neither tab has heard of the other's note when it writes its own.
    await Promise.all([add(a, '#add-why', 'Tegelijk A'), add(b, '#add-why', 'Tegelijk B')]);
    await until(() => octagonNotes(a).length === 2 && octagonNotes(b).length === 2);
    const again = await openTab('kjk-octagon', key);
    const stored = sheetView(again.state, 'octagon')!.participants.flatMap((p) => p.notes.why ?? []).map((n) => n.text);
    expect(stored.sort()).to.deep.equal(['Tegelijk A', 'Tegelijk B']);
  });

  it('participants added at the same moment in two tabs, one in the octagon and one in the mind map, are both in every work format', async () => {
    const key = newKey();
    const a = await openTab('kjk-octagon', key);
    const b = await openTab('kjk-mindmap', key);
    await add(a, '#add-why', 'Eerste notitie');
    await until(() => sheetPeople(b) === 1);
    const addPerson = async (el: Rendered, name: string) => {
      q<HTMLButtonElement>(el, '[data-action="add-participant"]')!.click();
      await el.updateComplete;
      const field = q<HTMLInputElement>(el, '#participant-name')!;
      field.value = name;
      field.dispatchEvent(new Event('input'));
      await el.updateComplete;
    };
    // Neither tab has heard of the other's new person when it adds its own.
    await Promise.all([addPerson(a, 'Anna'), addPerson(b, 'Bram')]);
    const both = (el: Rendered) => chips(el).includes('Anna') && chips(el).includes('Bram');
    await until(() => both(a) && both(b));
    expect(chips(a).sort()).to.deep.equal(['Anna', 'Bram', 'Deelnemer 1']);
    expect(chips(b).sort()).to.deep.equal(['Anna', 'Bram', 'Deelnemer 1']);
    const again = await openTab('kjk-action-card', key);
    expect(chips(again).sort()).to.deep.equal(['Anna', 'Bram', 'Deelnemer 1']);
  });

  it('octagon: the same note rewritten differently in two tabs keeps both texts', async () => {
    const key = newKey();
    const a = await openTab('kjk-octagon', key);
    await add(a, '#add-why', 'Eerste versie');
    const b = await openTab('kjk-octagon', key);
    const edit = async (el: Rendered, text: string) => {
      const slip = q<HTMLTextAreaElement>(el, '.zone[data-zone="why"] .slip')!;
      slip.value = text;
      slip.dispatchEvent(new Event('input'));
      slip.dispatchEvent(new Event('change'));
      await el.updateComplete;
    };
    await Promise.all([edit(a, 'Versie van A'), edit(b, 'Versie van B')]);
    await until(() => octagonNotes(a).length === 2 && octagonNotes(b).length === 2);
    expect(octagonNotes(a).sort()).to.deep.equal(['Versie van A', 'Versie van B']);
    expect(octagonNotes(b).sort()).to.deep.equal(['Versie van A', 'Versie van B']);
    const again = await openTab('kjk-octagon', key);
    expect(octagonNotes(again).sort()).to.deep.equal(['Versie van A', 'Versie van B']);
  });

  it('tension card: one note changed differently in both tabs keeps this tab\'s, says so and offers the other as a download', async () => {
    const key = newKey();
    const start = emptyState();
    start.tensions['2'] = { marked: true, note: 'Begin' };
    localStorage.setItem(`kjk-session:${key}`, JSON.stringify(start));
    const a = await openTab('kjk-tension-card', key, '&field=2');
    const b = await openTab('kjk-tension-card', key, '&field=2');
    const write = async (el: Rendered, text: string) => {
      const area = q<HTMLTextAreaElement>(el, 'textarea')!;
      area.value = text;
      area.dispatchEvent(new Event('input'));
      await el.updateComplete;
    };
    // B writes without having heard of A's change.
    await Promise.all([write(a, 'Tekst van A'), write(b, 'Tekst van B')]);
    await until(() => q(b, '.notice-conflict'));
    const alert = q(b, '.notice-conflict[role="alert"]')!;
    expect(alert.textContent).to.contain('ook in een ander tabblad veranderd');
    expect(q<HTMLTextAreaElement>(b, 'textarea')!.value).to.equal('Tekst van B');
    await expectAccessible(b);
    const win = b.ownerDocument.defaultView as Window & typeof globalThis;
    let blob: Blob | undefined;
    const names: string[] = [];
    win.URL.createObjectURL = (x: Blob) => ((blob = x), 'blob:test');
    win.HTMLAnchorElement.prototype.click = function () {
      names.push(this.download);
    };
    const button = q<HTMLButtonElement>(b, '[data-action="download-other"]')!;
    button.focus();
    button.click();
    expect(names).to.deep.equal(['ken-je-kracht-andere-versie.json']);
    expect(JSON.parse(await blob!.text()).tensions['2'].note).to.equal('Tekst van A');
    q<HTMLButtonElement>(b, '[data-action="dismiss-notice"]')!.click();
    await b.updateComplete;
    expect(q(b, '.notice-conflict')).to.equal(null);
  });

  it('fan: an own goal added in each tab survives a reload', async () => {
    const key = newKey();
    const start = emptyState();
    start.plan.step = 2;
    localStorage.setItem(`kjk-session:${key}`, JSON.stringify(start));
    const a = await openTab('kjk-fan', key, '&mode=steps');
    const b = await openTab('kjk-fan', key, '&mode=steps');
    await add(a, '.own input', 'Doel uit A');
    await until(() => fanGoals(b).length === 1);
    await add(b, '.own input', 'Doel uit B');
    await until(() => fanGoals(a).length === 2);
    expect(fanGoals(a)).to.deep.equal(['Doel uit A', 'Doel uit B']);
    const again = await openTab('kjk-fan', key, '&mode=steps');
    expect(again.state!.plan.goals.own).to.deep.equal(['Doel uit A', 'Doel uit B']);
  });

  it('fan: "Alles wissen" in one tab clears the other, says so politely, and is not undone by it', async () => {
    const key = newKey();
    const start = emptyState();
    start.plan.step = 2;
    start.plan.goals.own = ['Oud doel'];
    localStorage.setItem(`kjk-session:${key}`, JSON.stringify(start));
    const a = await openTab('kjk-fan', key, '&mode=steps');
    const b = await openTab('kjk-fan', key, '&mode=steps');
    q<HTMLButtonElement>(a, '[data-action="clear"]')!.click();
    await a.updateComplete;
    q<HTMLButtonElement>(a, '.confirm .danger')!.click();
    await a.updateComplete;
    await until(() => q(b, '.notice[role="status"]')!.textContent!.includes('gewist'));
    expect(q(b, '.notice[role="status"]')!.textContent).to.contain('De antwoorden zijn in een ander tabblad gewist.');
    expect(b.state!.plan.goals.own).to.deep.equal([]);
    await expectAccessible(b);
    // The other tab's next change must not write the wiped answers back.
    q<HTMLButtonElement>(b, '.step-nav .button:not(.quiet)')!.click();
    await b.updateComplete;
    const again = await openTab('kjk-fan', key, '&mode=steps');
    expect(again.state!.plan.goals.own).to.deep.equal([]);
    expect(again.state!.plan.step).to.equal(2);
  });
});
