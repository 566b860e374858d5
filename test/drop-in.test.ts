import { expect } from '@open-wc/testing';
import { CARD_IDS } from '../src/internal/content/deck-schema.js';
import { WORKSHEET_HEADINGS, headings, loadPage } from './page-helpers.js';
import { until } from './dom-helpers.js';

async function loadPlainPage(scripts: string[], body: string) {
  const report = await loadPage({ scripts, body });
  // Read before the frame is removed: WebKit forgets a removed frame's performance entries.
  const urls = report.win.performance.getEntriesByType('resource').map((r) => r.name);
  report.cleanup();
  return { ...report, headings: headings(report), urls };
}


describe('single-file bundles (dist/cdn/single) on a plain page', () => {
  it('kjk.js pasted twice: cards render, no console error or warning', async () => {
    const report = await loadPlainPage(['/dist/cdn/single/kjk.js', '/dist/cdn/single/kjk.js?again'], '<kjk-card card="intro"></kjk-card>');
    expect(report.errors).to.deep.equal([]);
    expect(report.warnings).to.deep.equal([]);
    expect(report.headings).to.deep.equal(['Aanleiding']);
  });

  it('kjk.js beside kjk-card.js (two copies of Lit and of the element): no error', async () => {
    const report = await loadPlainPage(
      ['/dist/cdn/single/kjk-card.js', '/dist/cdn/single/kjk.js', '/dist/cdn/single/kjk-card.js?twice'],
      '<kjk-card card="tension-1"></kjk-card><kjk-card card="action" lang="en"></kjk-card>',
    );
    expect(report.errors).to.deep.equal([]);
    expect(report.headings[0]).to.equal('Verschillende visies op eigen kracht');
    expect(report.headings[1]).to.not.equal('');
  });

  it('every single-element bundle beside kjk.js, each twice: every element works, no error', async () => {
    const singles = ['kjk-fan', 'kjk-tension-card', 'kjk-session', 'kjk-card', 'kjk-octagon', 'kjk-circle-quadrant', 'kjk-look-back', 'kjk-mindmap', 'kjk-action-card', 'kjk-word-cloud'].map(
      (n) => `/dist/cdn/${n}.js`,
    );
    const report = await loadPlainPage(
      [...singles, '/dist/cdn/single/kjk.js', ...singles.map((s) => `${s}?again`)],
      '<kjk-fan card="why" persist="none"></kjk-fan><kjk-session persist="none"><kjk-tension-card field="2"></kjk-tension-card></kjk-session>' +
        '<kjk-octagon persist="none"></kjk-octagon><kjk-circle-quadrant persist="none"></kjk-circle-quadrant>' +
        '<kjk-look-back persist="none"></kjk-look-back><kjk-mindmap persist="none"></kjk-mindmap>' +
        '<kjk-action-card persist="none"></kjk-action-card><kjk-word-cloud persist="none"></kjk-word-cloud>',
    );
    expect(report.errors).to.deep.equal([]);
    expect(report.warnings).to.deep.equal([]);
    expect(report.headings).to.deep.equal(['Waarom in gesprek?', '', 'Grenzen aan eigen kracht', ...WORKSHEET_HEADINGS]);
  });

  for (const [name, heading] of [
    ['look-back', 'Terugkijken'],
    ['mindmap', 'Beeldvormen'],
    ['action-card', 'Wat zet het gesprek in gang?'],
    ['word-cloud', 'Wat versta jij onder ‘eigen kracht’?'],
  ]) {
    it(`kjk-${name}.js alone on a plain page: its element works and nothing else is requested`, async () => {
      const report = await loadPlainPage([`/dist/cdn/single/kjk-${name}.js`], `<kjk-${name}></kjk-${name}>`);
      expect(report.errors).to.deep.equal([]);
      expect(report.headings).to.deep.equal([heading]);
      expect(report.resources).to.deep.equal([`/dist/cdn/single/kjk-${name}.js`]);
    });
  }

  it('makes no request besides the bundle itself while showing every card', async () => {
    const body = CARD_IDS.map((id) => `<kjk-card card="${id}"></kjk-card><kjk-card card="${id}" lang="en"></kjk-card>`).join('');
    const report = await loadPlainPage(['/dist/cdn/single/kjk.js'], body);
    expect(report.errors).to.deep.equal([]);
    expect(report.headings.filter((h) => h === '')).to.have.length(0);
    expect(report.resources).to.deep.equal(['/dist/cdn/single/kjk.js']);
  });
});

/** Full URLs of everything the page fetched, in order. */
const fetched = (report: { win: Window; urls?: string[] }) => report.urls ?? report.win.performance.getEntriesByType('resource').map((r) => r.name);
const paths = (urls: string[]) => urls.map((u) => new URL(u).pathname);
const duplicates = (list: string[]) => list.filter((x, i) => list.indexOf(x) !== i);
/** An entry (dist/cdn/kjk-….js) or a shared chunk (dist/cdn/chunks/…). */
const OWN_FILE = /^\/dist\/cdn\/(kjk[\w-]*|chunks\/[\w.-]+)\.js$/;

/** Each element alone, by its own entry of the chunk graph, and the heading it shows. */
const ALONE: [string, string, string[]][] = [
  ['kjk-card', '<kjk-card card="intro"></kjk-card>', ['Aanleiding']],
  ['kjk-fan', '<kjk-fan card="why" persist="none"></kjk-fan>', ['Waarom in gesprek?']],
  ['kjk-tension-card', '<kjk-tension-card field="2" persist="none"></kjk-tension-card>', ['Grenzen aan eigen kracht']],
  ['kjk-session', '<kjk-session persist="none"></kjk-session>', ['']],
  ['kjk-octagon', '<kjk-octagon persist="none"></kjk-octagon>', ['Bekrachtigen']],
  ['kjk-circle-quadrant', '<kjk-circle-quadrant persist="none"></kjk-circle-quadrant>', ['Cirkelen']],
  ['kjk-look-back', '<kjk-look-back persist="none"></kjk-look-back>', ['Terugkijken']],
  ['kjk-mindmap', '<kjk-mindmap persist="none"></kjk-mindmap>', ['Beeldvormen']],
  ['kjk-action-card', '<kjk-action-card persist="none"></kjk-action-card>', ['Wat zet het gesprek in gang?']],
  ['kjk-word-cloud', '<kjk-word-cloud persist="none"></kjk-word-cloud>', ['Wat versta jij onder ‘eigen kracht’?']],
];

describe('the chunk graph of dist/cdn, the default (the loader kjk.js, entries, shared chunks)', () => {
  for (const [tag, body, expected] of ALONE) {
    it(`${tag}.js alone: the element works, from its entry and shared chunks of its own folder, each fetched once`, async () => {
      const report = await loadPlainPage([`/dist/cdn/${tag}.js`], body);
      expect(report.errors).to.deep.equal([]);
      expect(report.warnings).to.deep.equal([]);
      expect(report.headings).to.deep.equal(expected);
      const urls = fetched(report);
      expect(urls.every((u) => new URL(u).origin === location.origin), urls.join()).to.equal(true);
      const [entry, ...rest] = paths(urls);
      expect(entry).to.equal(`/dist/cdn/${tag}.js`);
      expect(rest.some((p) => p.startsWith('/dist/cdn/chunks/'))).to.equal(true);
      // Shared chunks, and for the fan the entry of the tension card it shows: all in dist/cdn.
      expect(rest.every((p) => OWN_FILE.test(p)), rest.join()).to.equal(true);
      expect(duplicates(rest)).to.deep.equal([]);
    });
  }

  it('a work format alone downloads its own card, never the other formats\' cards', async () => {
    const titles: Record<string, string> = { 'kjk-look-back': 'Terugkijken', 'kjk-octagon': 'Bekrachtigen', 'kjk-circle-quadrant': 'Cirkelen', 'kjk-mindmap': 'Beeldvormen' };
    for (const tag of Object.keys(titles)) {
      const report = await loadPlainPage([`/dist/cdn/${tag}.js`], `<${tag} persist="none"></${tag}>`);
      const code = (await Promise.all(fetched(report).map((u) => fetch(u).then((r) => r.text())))).join('\n');
      for (const [other, title] of Object.entries(titles)) {
        expect(code.includes(`"${title}"`), `${tag} alone carries the card of ${other}`).to.equal(other === tag);
      }
    }
  });

  it('English on demand: a Dutch page never fetches the English chunk; lang="en" fetches it once, after the Dutch', async () => {
    const scripts = ['/dist/cdn/kjk-fan.js', '/dist/cdn/kjk-octagon.js'];
    const english = (report: Parameters<typeof fetched>[0]) => paths(fetched(report)).filter((p) => /\/chunks\/english-/.test(p));
    const dutch = await loadPlainPage(scripts, '<kjk-fan card="why" persist="none"></kjk-fan><kjk-octagon persist="none"></kjk-octagon>');
    expect(dutch.headings).to.deep.equal(['Waarom in gesprek?', 'Bekrachtigen']);
    expect(english(dutch)).to.deep.equal([]);
    const report = await loadPlainPage(scripts, '<kjk-fan card="why" lang="en" persist="none"></kjk-fan><kjk-octagon lang="en" persist="none"></kjk-octagon>');
    expect(report.errors).to.deep.equal([]);
    expect(report.warnings).to.deep.equal([]);
    expect(report.headings).to.deep.equal(['Why talk?', 'Empowering']);
    expect(english(report)).to.have.length(1);
    expect(duplicates(paths(fetched(report)))).to.deep.equal([]);
  });

  it('the fan and the octagon side by side: what they share (Lit, the session, …) is fetched once', async () => {
    const fanAlone = paths(fetched(await loadPlainPage(['/dist/cdn/kjk-fan.js'], '<kjk-fan persist="none"></kjk-fan>')));
    const octagonAlone = paths(fetched(await loadPlainPage(['/dist/cdn/kjk-octagon.js'], '<kjk-octagon persist="none"></kjk-octagon>')));
    const shared = fanAlone.filter((p) => octagonAlone.includes(p));
    expect(shared.length, 'the two entries share chunks').to.be.greaterThan(0);
    const report = await loadPlainPage(
      ['/dist/cdn/kjk-fan.js', '/dist/cdn/kjk-octagon.js'],
      '<kjk-fan card="why" persist="none"></kjk-fan><kjk-octagon persist="none"></kjk-octagon>',
    );
    expect(report.errors).to.deep.equal([]);
    expect(report.warnings).to.deep.equal([]);
    expect(report.headings).to.deep.equal(['Waarom in gesprek?', 'Bekrachtigen']);
    const both = paths(fetched(report));
    expect(duplicates(both)).to.deep.equal([]);
    expect([...both].sort()).to.deep.equal([...new Set([...fanAlone, ...octagonAlone])].sort());
  });

  it('kjk.js loads only the entries of the tags on the page, and is harmless twice', async () => {
    const report = await loadPlainPage(
      ['/dist/cdn/kjk.js', '/dist/cdn/kjk.js?again'],
      '<kjk-card card="why"></kjk-card><kjk-session persist="none"><kjk-octagon topic="Regie"></kjk-octagon></kjk-session>',
    );
    expect(report.errors).to.deep.equal([]);
    expect(report.warnings).to.deep.equal([]);
    expect(report.headings).to.deep.equal(['Waarom in gesprek?', '', 'Bekrachtigen']);
    const urls = fetched(report);
    expect(urls.every((u) => new URL(u).origin === location.origin), urls.join()).to.equal(true);
    const all = paths(urls);
    // The loader itself twice (two URLs), everything else once.
    expect(duplicates(all)).to.deep.equal(['/dist/cdn/kjk.js']);
    const entries = all.filter((p) => !p.includes('/chunks/')).sort();
    expect(entries).to.deep.equal(['/dist/cdn/kjk-card.js', '/dist/cdn/kjk-octagon.js', '/dist/cdn/kjk-session.js', '/dist/cdn/kjk.js', '/dist/cdn/kjk.js']);
  });

  it('kjk.js with the fan: a hosted element is fetched only when the fan shows it, then hosted as with the all-in-one file', async () => {
    const report = await loadPage({ scripts: ['/dist/cdn/kjk.js'], body: '<kjk-fan mode="steps" persist="none"></kjk-fan>' });
    try {
      const { doc, win } = report;
      const registry = win.customElements;
      type Fan = HTMLElement & { updateComplete: Promise<unknown>; state: { plan: { step: number; workFormat: number | null } } };
      await until(() => registry.get('kjk-fan'), 250);
      const fan = doc.querySelector('kjk-fan') as Fan;
      await fan.updateComplete;
      // Step 1 opens with the live word cloud: that one arrives, the work formats do not.
      await until(() => registry.get('kjk-word-cloud'), 250);
      const fetchedNow = () => paths(win.performance.getEntriesByType('resource').map((r) => r.name));
      for (const tag of ['kjk-look-back', 'kjk-octagon', 'kjk-circle-quadrant', 'kjk-mindmap', 'kjk-action-card']) {
        expect(registry.get(tag), `${tag} before step 6`).to.equal(undefined);
        expect(fetchedNow(), `${tag} before step 6`).not.to.include(`/dist/cdn/${tag}.js`);
      }
      const state = structuredClone(fan.state);
      state.plan.step = 6;
      state.plan.workFormat = 2;
      fan.state = state;
      await fan.updateComplete;
      await until(() => registry.get('kjk-octagon'), 250);
      const octagon = fan.shadowRoot!.querySelector('kjk-octagon') as HTMLElement & { updateComplete: Promise<unknown> };
      await octagon.updateComplete;
      expect(octagon.shadowRoot!.querySelector('h3')!.textContent!.trim()).to.equal('Bekrachtigen');
      expect(fetchedNow()).not.to.include('/dist/cdn/kjk-mindmap.js');
      expect((win as unknown as { __report: { errors: string[] } }).__report.errors).to.deep.equal([]);
    } finally {
      report.cleanup();
    }
  });

  it('a tag added to the page later is defined and rendered; until then it holds its space', async () => {
    const report = await loadPage({ scripts: ['/dist/cdn/kjk.js'], body: '<p>Een pagina zonder elementen</p>' });
    try {
      expect(paths(fetched(report))).to.deep.equal(['/dist/cdn/kjk.js']);
      const { doc, win } = report;
      doc.body.insertAdjacentHTML('beforeend', '<div><kjk-octagon persist="none"></kjk-octagon></div>');
      const octagon = doc.querySelector('kjk-octagon') as HTMLElement & { updateComplete: Promise<unknown> };
      expect(win.customElements.get('kjk-octagon'), 'not loaded yet').to.equal(undefined);
      expect(octagon.getBoundingClientRect().height, 'space held before it is defined').to.be.greaterThan(200);
      await until(() => win.customElements.get('kjk-octagon'), 250);
      await octagon.updateComplete;
      expect(octagon.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Bekrachtigen');
      const card = doc.createElement('kjk-card');
      card.setAttribute('card', 'why');
      doc.body.append(card);
      await until(() => win.customElements.get('kjk-card'), 250);
      await (card as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(card.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Waarom in gesprek?');
      expect((win as unknown as { __report: { errors: string[] } }).__report.errors).to.deep.equal([]);
    } finally {
      report.cleanup();
    }
  });

  it('kjk.js beside the single-file bundles of dist/cdn/single: every element works once, no duplicate registration', async () => {
    const report = await loadPlainPage(
      ['/dist/cdn/single/kjk-card.js', '/dist/cdn/kjk.js', '/dist/cdn/single/kjk-octagon.js', '/dist/cdn/single/kjk.js'],
      '<kjk-card card="tension-1"></kjk-card><kjk-octagon persist="none"></kjk-octagon><kjk-look-back persist="none"></kjk-look-back>',
    );
    expect(report.errors).to.deep.equal([]);
    expect(report.warnings).to.deep.equal([]);
    expect(report.headings).to.deep.equal(['Verschillende visies op eigen kracht', 'Bekrachtigen', 'Terugkijken']);
    const urls = fetched(report);
    expect(urls.every((u) => new URL(u).origin === location.origin), urls.join()).to.equal(true);
    expect(duplicates(paths(urls))).to.deep.equal([]);
  });
});
