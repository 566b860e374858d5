import { expect } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';

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
      // Read from disk: the test server would rewrite an HTML file it serves.
      const text = (await readFile({ path: `../dist/standalone/${tag}.html` }))!;
      expect(/\s(src|href)="(?!data:)/.test(text), 'refers to no other file').to.equal(false);
      const iframe = document.createElement('iframe');
      iframe.srcdoc = text;
      const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
      document.body.append(iframe);
      try {
        await loaded;
        const win = iframe.contentWindow!;
        await win.customElements.whenDefined(tag);
        const el = iframe.contentDocument!.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('#ws-title')!.textContent).to.equal(title);
        expect(win.performance.getEntriesByType('resource')).to.deep.equal([]);
      } finally {
        iframe.remove();
      }
    });
  }
});
