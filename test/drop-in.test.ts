import { expect } from '@open-wc/testing';
import { CARD_IDS } from '../src/internal/content/deck-schema.js';
import { WORKSHEET_HEADINGS, headings, loadPage } from './page-helpers.js';

async function loadPlainPage(scripts: string[], body: string) {
  const report = await loadPage({ scripts, body });
  report.cleanup();
  return { ...report, headings: headings(report) };
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
    const singles = ['kjk-fan', 'kjk-tension-card', 'kjk-session', 'kjk-card', 'kjk-octagon', 'kjk-circle-quadrant', 'kjk-look-back', 'kjk-mindmap', 'kjk-action-card', 'kjk-word-cloud'].map(
      (n) => `/dist/cdn/${n}.js`,
    );
    const report = await loadPlainPage(
      [...singles, '/dist/cdn/kjk.js', ...singles.map((s) => `${s}?again`)],
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
      const report = await loadPlainPage([`/dist/cdn/kjk-${name}.js`], `<kjk-${name}></kjk-${name}>`);
      expect(report.errors).to.deep.equal([]);
      expect(report.headings).to.deep.equal([heading]);
      expect(report.resources).to.deep.equal([`/dist/cdn/kjk-${name}.js`]);
    });
  }

  it('makes no request besides the bundle itself while showing every card', async () => {
    const body = CARD_IDS.map((id) => `<kjk-card card="${id}"></kjk-card><kjk-card card="${id}" lang="en"></kjk-card>`).join('');
    const report = await loadPlainPage(['/dist/cdn/kjk.js'], body);
    expect(report.errors).to.deep.equal([]);
    expect(report.headings.filter((h) => h === '')).to.have.length(0);
    expect(report.resources).to.deep.equal(['/dist/cdn/kjk.js']);
  });
});
