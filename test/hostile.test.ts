/**
 * Host pages we do not control: global resets, tiny root font sizes, !important colours,
 * a 320px column, right-to-left, English pages, an iframe, and another (older) Lit.
 * Every element must still work, fit and stay readable, with no console error.
 */
import { expect } from '@open-wc/testing';
import { EVERY_ELEMENT, WORKSHEET_HEADINGS, headings, loadPage, type PageReport } from './page-helpers.js';

const HOSTILE_CSS = `<style>
  * { all: revert; box-sizing: content-box; }
  html { font-size: 62.5%; }
  body { font: 1rem/1 serif; margin: 0; }
  button { all: unset; }
  div { display: flex; }
  p, li { color: #f0f !important; background: #ff0 !important; letter-spacing: 0.3em; text-transform: uppercase; }
  * { color: #0f0 !important; }
  svg { display: none; }
</style>`;

const EXPECTED = ['Ken je kracht?', 'Grenzen aan eigen kracht', 'Verschillende belangen bij eigen kracht', ...WORKSHEET_HEADINGS];

/** Text inside an element: its computed size, colour and letter spacing. */
function textStyle(el: HTMLElement, selector: string): CSSStyleDeclaration {
  const node = el.shadowRoot!.querySelector(selector)!;
  return getComputedStyle(node);
}

/** Body text at 16px or more, small print (labels, hints) at 12px or more, whatever the page's root size. */
function checkReadable(report: PageReport): void {
  for (const el of report.elements) {
    for (const p of el.shadowRoot!.querySelectorAll('p')) {
      expect(parseFloat(getComputedStyle(p).fontSize), `${el.localName} ${p.className}`).to.be.at.least(12);
    }
    const body = el.shadowRoot!.querySelector('.body p, .zone-question');
    if (!body) continue;
    const style = getComputedStyle(body);
    expect(parseFloat(style.fontSize), `${el.localName} body text`).to.be.at.least(16);
    expect(style.letterSpacing, `${el.localName} letter spacing`).to.equal('normal');
    expect(style.textTransform, `${el.localName}`).to.not.equal('uppercase');
  }
}

function interact(report: PageReport): void {
  const fan = report.doc.querySelector('kjk-fan') as unknown as { open(): void; showCard(id: string): void };
  fan.open();
  fan.showCard('tension-4');
}

describe('on a hostile host page', () => {
  it('survives a global reset, a 62.5% root size, unset buttons, flex divs and !important colours', async () => {
    const report = await loadPage({ scripts: ['/dist/cdn/kjk.js'], head: HOSTILE_CSS, body: EVERY_ELEMENT });
    try {
      expect(report.errors).to.deep.equal([]);
      expect(headings(report).filter((h) => h !== '')).to.deep.equal(EXPECTED);
      checkReadable(report);
      // Our own controls keep their size and look: the page's `button { all: unset }` stops at the shadow boundary.
      const open = report.elements[0].shadowRoot!.querySelector<HTMLElement>('[data-action="open"]')!;
      expect(open.getBoundingClientRect().height).to.be.at.least(44);
      expect(textStyle(report.elements[1], '.body p').color).to.not.equal('rgb(0, 255, 0)');
      // The page hides every svg; ours are inside shadow roots and stay.
      expect(report.elements[3].shadowRoot!.querySelector('kjk-octagon, svg') ?? report.doc.querySelector('kjk-octagon')!.shadowRoot!.querySelector('svg')).to.exist;
      interact(report);
      await (report.elements[0] as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(report.elements[0].shadowRoot!.querySelector('.reader h2')!.textContent).to.equal('Regie bij eigen kracht');
    } finally {
      report.cleanup();
    }
  });

  it('fits a 320px column with no horizontal scroll, for every element and view', async () => {
    const report = await loadPage({ scripts: ['/dist/cdn/kjk.js'], head: HOSTILE_CSS, body: EVERY_ELEMENT, width: 320 });
    try {
      const overflow = () => report.doc.documentElement.scrollWidth - report.win.innerWidth;
      expect(overflow()).to.be.at.most(0);
      interact(report);
      await new Promise((r) => setTimeout(r, 400));
      expect(overflow()).to.be.at.most(0);
      checkReadable(report);
      expect(report.errors).to.deep.equal([]);
    } finally {
      report.cleanup();
    }
  });

  it('works right-to-left without horizontal scroll', async () => {
    const report = await loadPage({ scripts: ['/dist/cdn/kjk.js'], body: `<div dir="rtl">${EVERY_ELEMENT}</div>`, width: 400, htmlAttributes: 'lang="nl" dir="rtl"' });
    try {
      expect(report.errors).to.deep.equal([]);
      interact(report);
      await new Promise((r) => setTimeout(r, 400));
      expect(report.doc.documentElement.scrollWidth - report.win.innerWidth).to.be.at.most(0);
      expect(report.elements[0].shadowRoot!.querySelector('.reader h2')!.textContent).to.equal('Regie bij eigen kracht');
    } finally {
      report.cleanup();
    }
  });

  it('speaks English on a page with lang="en"', async () => {
    const report = await loadPage({ scripts: ['/dist/cdn/kjk.js'], body: EVERY_ELEMENT, htmlAttributes: 'lang="en"' });
    try {
      expect(report.errors).to.deep.equal([]);
      expect(report.elements[0].shadowRoot!.querySelector('[data-action="open"]')!.textContent!.trim()).to.equal('Open the fan');
      expect(report.doc.querySelector('kjk-octagon')!.shadowRoot!.querySelector('.topic label')!.textContent).to.equal('Central issue');
    } finally {
      report.cleanup();
    }
  });

  it('works beside an older Lit (2.x) that the page already uses', async () => {
    const hostWidget = `<script type="module">
      import { LitElement, html } from '${location.origin}/node_modules/lit-2/index.js';
      customElements.define('host-widget', class extends LitElement { render() { return html\`<p>widget van de pagina</p>\`; } });
    </script>`;
    const report = await loadPage({ scripts: ['/dist/cdn/kjk.js'], head: hostWidget, body: `<host-widget></host-widget>${EVERY_ELEMENT}` });
    try {
      expect(report.errors).to.deep.equal([]);
      await report.win.customElements.whenDefined('host-widget');
      const widget = report.doc.querySelector('host-widget') as unknown as { updateComplete: Promise<unknown>; shadowRoot: ShadowRoot };
      await widget.updateComplete;
      expect(widget.shadowRoot.textContent).to.contain('widget van de pagina');
      // Lit 2 brings lit-element 3.x; our bundle brings its own lit-element 4.x.
      const versions = (report.win as unknown as { litElementVersions: string[] }).litElementVersions;
      expect(versions.some((v) => v.startsWith('3.'))).to.equal(true);
      expect(versions.some((v) => v.startsWith('4.'))).to.equal(true);
      interact(report);
      await (report.elements[0] as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(report.elements[0].shadowRoot!.querySelector('.reader h2')!.textContent).to.equal('Regie bij eigen kracht');
    } finally {
      report.cleanup();
    }
  });
});
