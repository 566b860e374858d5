import { expect } from '@open-wc/testing';
import { openStandalone } from './page-helpers.js';

describe('standalone pages for an LMS web object', () => {
  const pages = [
    ['kjk-look-back', 'Terugkijken'],
    ['kjk-octagon', 'Bekrachtigen'],
    ['kjk-circle-quadrant', 'Cirkelen'],
    ['kjk-mindmap', 'Beeldvormen'],
    ['kjk-action-card', 'Wat zet het gesprek in gang?'],
    ['kjk-word-cloud', 'Wat versta jij onder ‘eigen kracht’?'],
  ];
  for (const [tag, title] of pages) {
    it(`dist/standalone/${tag}.html is one self-contained file that works`, async () => {
      const page = await openStandalone(tag);
      try {
        expect(/\s(src|href)="(?!data:)/.test(page.text), 'refers to no other file').to.equal(false);
        const el = page.el as HTMLElement & { updateComplete: Promise<unknown> };
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('#ws-title')!.textContent).to.equal(title);
        expect(page.win.performance.getEntriesByType('resource')).to.deep.equal([]);
      } finally {
        page.close();
      }
    });
  }
});
