import { expect } from '@open-wc/testing';
import { CARD_IDS } from '../src/internal/content/deck-schema.js';

interface PageReport {
  errors: string[];
  warnings: string[];
  resources: string[];
  headings: string[];
}

/**
 * Loads a page exactly as an intranet editor makes it: script tags and elements, nothing
 * else. An inline probe (ours, not the editor's) records console errors and warnings.
 */
async function loadPlainPage(scripts: string[], body: string): Promise<PageReport> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '800px';
  iframe.style.height = '600px';
  const probe = `<script>
    window.__report = { errors: [], warnings: [] };
    const e = console.error, w = console.warn;
    console.error = (...a) => { __report.errors.push(a.join(' ')); e(...a); };
    console.warn = (...a) => { __report.warnings.push(a.join(' ')); w(...a); };
    addEventListener('error', (ev) => __report.errors.push(String(ev.message)));
    addEventListener('unhandledrejection', (ev) => __report.errors.push(String(ev.reason)));
  </script>`;
  const tags = scripts.map((src) => `<script type="module" src="${location.origin}${src}"></script>`).join('');
  iframe.srcdoc = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,">${probe}${tags}</head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as Window & { __report: { errors: string[]; warnings: string[] } };
  const kjkTags = [...new Set([...win.document.body.querySelectorAll('*')].map((e) => e.localName))].filter((t) => t.startsWith('kjk-'));
  await Promise.all(kjkTags.map((t) => win.customElements.whenDefined(t)));
  await new Promise((r) => setTimeout(r, 50));
  const cards = [...win.document.querySelectorAll(kjkTags.join(','))];
  await Promise.all(cards.map((c) => (c as unknown as { updateComplete: Promise<unknown> }).updateComplete));
  const report: PageReport = {
    errors: win.__report.errors,
    warnings: win.__report.warnings,
    resources: win.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname),
    headings: cards.map((c) => c.shadowRoot?.querySelector('h2')?.textContent?.trim() ?? ''),
  };
  iframe.remove();
  return report;
}

describe('drop-in bundles on a plain page', () => {
  it('kjk.js pasted twice: cards render, no console error or warning', async () => {
    const report = await loadPlainPage(['/dist/cdn/kjk.js', '/dist/cdn/kjk.js?again'], '<kjk-card card="intro"></kjk-card>');
    expect(report.errors).to.deep.equal([]);
    expect(report.warnings).to.deep.equal([]);
    expect(report.headings).to.deep.equal(['Aanleiding']);
  });

  it('kjk.js beside kjk-card.js (two copies of Lit and of the element): no error', async () => {
    const report = await loadPlainPage(
      ['/dist/cdn/kjk-card.js', '/dist/cdn/kjk.js', '/dist/cdn/kjk-card.js?twice'],
      '<kjk-card card="tension-1"></kjk-card><kjk-card card="action" lang="en"></kjk-card>',
    );
    expect(report.errors).to.deep.equal([]);
    expect(report.headings[0]).to.equal('Verschillende visies op eigen kracht');
    expect(report.headings[1]).to.not.equal('');
  });

  it('every single-element bundle beside kjk.js, each twice: every element works, no error', async () => {
    const singles = ['kjk-fan', 'kjk-tension-card', 'kjk-session', 'kjk-card', 'kjk-octagon', 'kjk-circle-quadrant'].map(
      (n) => `/dist/cdn/${n}.js`,
    );
    const report = await loadPlainPage(
      [...singles, '/dist/cdn/kjk.js', ...singles.map((s) => `${s}?again`)],
      '<kjk-fan card="why" persist="none"></kjk-fan><kjk-session persist="none"><kjk-tension-card field="2"></kjk-tension-card></kjk-session>' +
        '<kjk-octagon persist="none"></kjk-octagon><kjk-circle-quadrant persist="none"></kjk-circle-quadrant>',
    );
    expect(report.errors).to.deep.equal([]);
    expect(report.warnings).to.deep.equal([]);
    expect(report.headings).to.deep.equal(['Waarom in gesprek?', '', 'Grenzen aan eigen kracht', 'Bekrachtigen', 'Cirkelen']);
  });

  it('makes no request besides the bundle itself while showing every card', async () => {
    const body = CARD_IDS.map((id) => `<kjk-card card="${id}"></kjk-card><kjk-card card="${id}" lang="en"></kjk-card>`).join('');
    const report = await loadPlainPage(['/dist/cdn/kjk.js'], body);
    expect(report.errors).to.deep.equal([]);
    expect(report.headings.filter((h) => h === '')).to.have.length(0);
    expect(report.resources).to.deep.equal(['/dist/cdn/kjk.js']);
  });
});
