import { expect } from '@open-wc/testing';
import { WORKSHEET_HEADINGS, headings, loadUrl } from './page-helpers.js';
import { chooseFile, pictureFile, until } from './dom-helpers.js';

type Report = { errors: string[]; violations: string[] };
/** An entry or the loader (dist/cdn/kjk….js) or a shared chunk (dist/cdn/chunks/…). */
const MODULES_FILE = /^\/dist\/cdn\/(kjk[\w-]*|chunks\/[\w.-]+)\.js$/;

describe('under a strict Content-Security-Policy (no unsafe-inline, no unsafe-eval)', () => {
  it('serves the test page with the policy', async () => {
    const response = await fetch('/test/fixtures/csp/page.html');
    expect(response.headers.get('content-security-policy')).to.equal("default-src 'self'; script-src 'self'; style-src 'self'");
  });

  it('the single-file kjk.js of dist/cdn/single: every element renders and works, and nothing is blocked', async () => {
    const report = await loadUrl('/test/fixtures/csp/page.html', 1000);
    try {
      const probe = (report.win as unknown as { __report: Report }).__report;
      expect(headings(report)).to.deep.equal(['Ken je kracht?', 'Cirkelen', 'Verschillende visies op eigen kracht', '', ...WORKSHEET_HEADINGS]);
      // Styles arrive as constructable stylesheets, which the policy allows: the cards are styled.
      const card = report.doc.querySelector('kjk-card')!.shadowRoot!.querySelector('article')!;
      expect(getComputedStyle(card).borderTopStyle).to.equal('solid');
      const fan = report.doc.querySelector('kjk-fan') as unknown as { open(): void; startSteps(): void; updateComplete: Promise<unknown>; shadowRoot: ShadowRoot };
      fan.open();
      await fan.updateComplete;
      const strip = fan.shadowRoot.querySelectorAll<HTMLElement>('.strip')[5];
      expect(getComputedStyle(strip).transform).to.not.equal('none');
      fan.startSteps();
      await fan.updateComplete;
      const octagon = report.doc.querySelector('kjk-octagon') as unknown as { updateComplete: Promise<unknown>; shadowRoot: ShadowRoot };
      const add = octagon.shadowRoot.querySelector<HTMLTextAreaElement>('#add-why')!;
      add.value = 'Onder een strikte CSP';
      (add.nextElementSibling as HTMLButtonElement).click();
      await octagon.updateComplete;
      expect(octagon.shadowRoot.querySelector<HTMLTextAreaElement>('.zone[data-zone="why"] textarea.slip')!.value).to.equal('Onder een strikte CSP');
      expect(octagon.shadowRoot.querySelector('.note-badge text')!.textContent, 'counted on the shape').to.equal('1');
      // A photo and a pictogram on the mind map: pictures are painted on canvases, so img-src 'self' does not block them.
      const mindmap = report.doc.querySelector('kjk-mindmap') as unknown as { updateComplete: Promise<unknown>; shadowRoot: ShadowRoot };
      mindmap.shadowRoot.querySelector<HTMLButtonElement>('[data-action="add-pictogram"]')!.click();
      await mindmap.updateComplete;
      mindmap.shadowRoot.querySelector<HTMLButtonElement>('[data-pictogram="heart"]')!.click();
      chooseFile(mindmap.shadowRoot.querySelector<HTMLInputElement>('#picture')!, await pictureFile(300, 200, 'image/png'));
      await until(() => mindmap.shadowRoot.querySelector('canvas[data-painted]'));
      expect(mindmap.shadowRoot.querySelector<HTMLCanvasElement>('svg canvas[data-picture]')!.width).to.equal(300);
      expect(mindmap.shadowRoot.querySelectorAll('.item')).to.have.length(2);
      await new Promise((r) => setTimeout(r, 100));
      expect(probe.violations).to.deep.equal([]);
      expect(probe.errors).to.deep.equal([]);
      // The probe itself works: an inline style attribute, as we never write one, is reported.
      report.doc.body.insertAdjacentHTML('beforeend', '<p style="color: red">inline</p>');
      await new Promise((r) => setTimeout(r, 100));
      expect(probe.violations.join()).to.contain('style-src');
    } finally {
      report.cleanup();
    }
  });

  it('the loader kjk.js of dist/cdn: every element renders from its own folder, nothing is blocked', async () => {
    const report = await loadUrl('/test/fixtures/csp/modules.html', 1000);
    try {
      const probe = (report.win as unknown as { __report: Report }).__report;
      expect(headings(report)).to.deep.equal(['Ken je kracht?', 'Cirkelen', 'Verschillende visies op eigen kracht', '', ...WORKSHEET_HEADINGS]);
      const files = report.resources.filter((p) => p.startsWith('/dist/'));
      expect(files[0]).to.equal('/dist/cdn/kjk.js');
      expect(files.every((p) => MODULES_FILE.test(p)), files.join()).to.equal(true);
      expect(files.filter((p, i) => files.indexOf(p) !== i)).to.deep.equal([]);
      await new Promise((r) => setTimeout(r, 100));
      expect(probe.violations).to.deep.equal([]);
      expect(probe.errors).to.deep.equal([]);
    } finally {
      report.cleanup();
    }
  });

  it('the loader, loaded twice: an element added later holds its space, then loads from the same folder; nothing is blocked', async () => {
    const report = await loadUrl('/test/fixtures/csp/later.html', 1000);
    try {
      const { doc, win } = report;
      const probe = (win as unknown as { __report: Report }).__report;
      doc.body.insertAdjacentHTML('beforeend', '<kjk-session persist="none"><kjk-octagon topic="Regie"></kjk-octagon></kjk-session>');
      const octagon = doc.querySelector('kjk-octagon') as HTMLElement & { updateComplete: Promise<unknown> };
      expect(win.customElements.get('kjk-octagon')).to.equal(undefined);
      // The reserved space is a constructable stylesheet of the loader: allowed by style-src 'self'.
      expect(octagon.getBoundingClientRect().height).to.be.greaterThan(200);
      await until(() => win.customElements.get('kjk-octagon'), 250);
      await octagon.updateComplete;
      expect(octagon.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Bekrachtigen');
      const urls = win.performance.getEntriesByType('resource').map((r) => r.name);
      expect(urls.every((u) => new URL(u).origin === location.origin), urls.join()).to.equal(true);
      const files = urls.map((u) => new URL(u).pathname).filter((p) => p.startsWith('/dist/'));
      expect(files.filter((p, i) => files.indexOf(p) !== i)).to.deep.equal(['/dist/cdn/kjk.js']);
      expect(files.every((p) => MODULES_FILE.test(p)), files.join()).to.equal(true);
      await new Promise((r) => setTimeout(r, 100));
      expect(probe.violations).to.deep.equal([]);
      expect(probe.errors).to.deep.equal([]);
    } finally {
      report.cleanup();
    }
  });
});
