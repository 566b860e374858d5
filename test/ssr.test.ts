/**
 * Server rendering, as a site's Node server does it: @lit-labs/ssr renders a page with our elements
 * from the built npm entries (the `ssr` server command, web-test-runner.config.mjs), the browser
 * parses that HTML with its declarative shadow roots, and Lit's hydrate support, loaded before the
 * elements, takes the server's DOM over. A person must see the page the server sent, then the same
 * elements working: no doubled content, no hydration error, their saved answers back.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { sendKeys } from './commands.js';
import { loadPage, type PageReport } from './page-helpers.js';
import { until } from './dom-helpers.js';
import { SAMPLE_STATE } from './fixtures/frameworks/sample.js';

interface Rendered {
  html: string;
  errors: string[];
  warnings: string[];
}

const HYDRATE = '/test/fixtures/ssr/hydrate.ts';
const ELEMENTS = '/dist/index.js';

let keys = 0;
const newKey = () => `ssr-${Date.now()}-${keys++}`;

const serverRender = (markup: string) => executeServerCommand<Rendered, string>('ssr', markup);

/** The server's HTML in a page of its own, the hydrate support first and then the elements, as the README says. */
async function hydratedPage(markup: string, scripts = [HYDRATE, ELEMENTS], head = ''): Promise<PageReport & { server: Rendered }> {
  const server = await serverRender(markup);
  const report = await loadPage({ scripts, head, body: server.html, height: 900 });
  return { ...report, server };
}

/** What is on screen, as a list: every element (not styles) through every shadow root, with its own text. */
function shape(root: Element | ShadowRoot): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.localName === 'style' || el.localName === 'template') continue;
    const text = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent!.trim()).join(' ').trim();
    out.push(text ? `${el.localName}: ${text}` : el.localName);
    if (el.shadowRoot) out.push(...shape(el.shadowRoot).map((s) => `  ${s}`));
  }
  return out;
}

const everything = (report: PageReport) => shape(report.doc.body);

/** What would tell a developer that hydration went wrong: errors, and Lit's warnings other than dev mode. */
const problems = (report: PageReport) => [
  ...report.errors,
  ...report.warnings.filter((w) => !w.includes('Lit is in dev mode') && !w.includes('multiple versions of Lit')),
];

/** The same markup rendered by the browser alone, with the same saved answers: what hydration must end up as. */
async function clientPage(markup: string): Promise<PageReport> {
  return loadPage({ scripts: [ELEMENTS], body: markup, height: 900 });
}

const q = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);

const EVERY = [
  { tag: 'kjk-fan', markup: (key: string) => `<kjk-fan storage-key="${key}"></kjk-fan>` },
  { tag: 'kjk-card', markup: () => `<kjk-card card="tension-2"></kjk-card>` },
  { tag: 'kjk-tension-card', markup: (key: string) => `<kjk-tension-card field="3" storage-key="${key}"></kjk-tension-card>` },
  { tag: 'kjk-session', markup: (key: string) => `<kjk-session storage-key="${key}"><kjk-octagon topic="Regie"></kjk-octagon></kjk-session>` },
  { tag: 'kjk-octagon', markup: (key: string) => `<kjk-octagon storage-key="${key}"></kjk-octagon>`, zone: 'why' },
  { tag: 'kjk-circle-quadrant', markup: (key: string) => `<kjk-circle-quadrant storage-key="${key}"></kjk-circle-quadrant>`, zone: 'proud' },
  { tag: 'kjk-look-back', markup: (key: string) => `<kjk-look-back storage-key="${key}"></kjk-look-back>`, zone: 'situation' },
  { tag: 'kjk-mindmap', markup: (key: string) => `<kjk-mindmap storage-key="${key}" topic="Samenwerken"></kjk-mindmap>`, zone: 'images' },
  { tag: 'kjk-action-card', markup: (key: string) => `<kjk-action-card storage-key="${key}"></kjk-action-card>`, zone: 'ideas' },
  { tag: 'kjk-word-cloud', markup: (key: string) => `<kjk-word-cloud storage-key="${key}"></kjk-word-cloud>`, zone: 'words' },
];

describe('server rendering with @lit-labs/ssr, hydrated in the browser', () => {
  let pages: PageReport[] = [];
  afterEach(() => {
    pages.forEach((p) => p.cleanup());
    pages = [];
    sessionStorage.clear();
  });

  for (const element of EVERY) {
    it(`${element.tag}: the server's HTML hydrates without an error, shows once, and ends as the browser renders it`, async () => {
      const key = newKey();
      const markup = element.markup(key);
      const page = await hydratedPage(markup);
      pages.push(page);
      expect(page.server.errors.concat(page.server.warnings), 'nothing wrong while rendering on the server').to.deep.equal([]);
      expect(page.server.html, 'the server rendered the shadow content').to.contain('shadowrootmode="open"');
      const el = page.doc.querySelector(element.tag)!;
      const client = await clientPage(element.markup(newKey()));
      pages.push(client);
      await until(() => everything(page).join('\n') === everything(client).join('\n'), 50);
      expect(problems(page), 'no hydration error').to.deep.equal([]);
      expect(everything(page), 'the hydrated page shows what the browser alone shows, nothing twice').to.deep.equal(everything(client));
      expect(el.shadowRoot!.querySelectorAll(':scope > style').length, 'one stylesheet').to.be.at.most(1);
    });
  }

  it('empty card and mode are not written out as attributes, on the server or in the browser', async () => {
    const page = await hydratedPage(`<kjk-fan persist="none"></kjk-fan>`);
    pages.push(page);
    expect(page.server.html).to.not.match(/<kjk-fan[^>]*\s(card|mode)[\s=>]/);
    const fan = page.doc.querySelector('kjk-fan')!;
    expect(fan.hasAttribute('card'), 'no card attribute').to.be.false;
    expect(fan.hasAttribute('mode'), 'no mode attribute').to.be.false;
    const client = await clientPage(`<kjk-fan persist="none"></kjk-fan>`);
    pages.push(client);
    expect(client.doc.querySelector('kjk-fan')!.getAttributeNames().sort()).to.deep.equal(['persist']);
  });

  it('the fan works after hydration: "Open de waaier" opens it and the cover is gone', async () => {
    const page = await hydratedPage(`<kjk-fan persist="none"></kjk-fan>`);
    pages.push(page);
    const fan = page.doc.querySelector('kjk-fan')!;
    const open = q<HTMLButtonElement>(fan, '[data-action="open"]')!;
    expect(open.textContent!.trim()).to.equal('Open de waaier');
    open.click();
    await until(() => !q(fan, '.closed'));
    expect(q(fan, '.closed'), 'the cover is gone').to.not.exist;
    expect(fan.shadowRoot!.querySelectorAll('.fan').length, 'one fan').to.equal(1);
    expect(q(fan, '[part="stage"]'), 'the fanned cards show').to.exist;
    expect(problems(page)).to.deep.equal([]);
  });

  for (const element of EVERY.filter((e) => e.zone)) {
    it(`${element.tag}: after hydration a typed note fires kjk-change and is kept`, async () => {
      const key = newKey();
      const page = await hydratedPage(element.markup(key));
      pages.push(page);
      const el = page.doc.querySelector(element.tag)!;
      const changes: unknown[] = [];
      el.addEventListener('kjk-change', (e) => changes.push(e));
      // The page is a frame: give it the focus first, and let the focus land before typing (WebKit
      // dropped the first letter otherwise).
      page.win.focus();
      q<HTMLTextAreaElement>(el, `#add-${element.zone}`)!.focus();
      await new Promise((r) => requestAnimationFrame(r));
      await sendKeys({ type: 'Na het hydrateren' });
      await sendKeys({ press: 'Enter' });
      await until(() => changes.length);
      expect(changes, 'one kjk-change').to.have.length(1);
      // A note is a slip, or in the word cloud a chip.
      const notes = [...el.shadowRoot!.querySelectorAll<HTMLTextAreaElement>('.slip, .chip-word')].map((s) => s.value ?? s.textContent);
      expect(notes).to.include('Na het hydrateren');
      expect(page.win.sessionStorage.getItem(`kjk-session:${key}`), 'kept in the tab').to.contain('Na het hydrateren');
      expect(problems(page)).to.deep.equal([]);
    });
  }

  it('answers saved in the tab come back after hydration, without a hydration error', async () => {
    const key = newKey();
    sessionStorage.setItem(`kjk-session:${key}`, JSON.stringify(SAMPLE_STATE));
    const markup = `<kjk-octagon storage-key="${key}"></kjk-octagon><kjk-tension-card field="3" storage-key="${key}"></kjk-tension-card>`;
    const page = await hydratedPage(markup);
    pages.push(page);
    const octagon = page.doc.querySelector('kjk-octagon')!;
    const tension = page.doc.querySelector('kjk-tension-card')!;
    await until(() => octagon.shadowRoot!.querySelectorAll('.zone .slip').length === 2 && q(tension, 'textarea'));
    expect(problems(page), 'no hydration error').to.deep.equal([]);
    expect([...octagon.shadowRoot!.querySelectorAll<HTMLTextAreaElement>('.zone .slip')].map((s) => s.value)).to.deep.equal(['Voorbeeld waarom', 'Voorbeeld hoe']);
    expect(q<HTMLInputElement>(octagon, '#topic')!.value).to.equal('Voorbeeld');
    expect(q<HTMLTextAreaElement>(tension, 'textarea')!.value).to.equal('Uit het voorbeeld');
    // And the same as the browser alone shows it.
    const client = await clientPage(markup);
    pages.push(client);
    expect(everything(page)).to.deep.equal(everything(client));
  });

  it('a #kjk- link opens its card once the server-rendered fan is hydrated', async () => {
    // The server knows no URL: it renders the cover, and the browser follows the link after hydrating.
    const page = await hydratedPage(`<kjk-fan persist="none" hash-navigation></kjk-fan>`, [HYDRATE, ELEMENTS], `<script>location.hash = '#kjk-tension-3';</script>`);
    pages.push(page);
    expect(page.win.location.hash, 'the page has the link').to.equal('#kjk-tension-3');
    expect(page.server.html, 'the server rendered the cover').to.contain('data-action="open"');
    const fan = page.doc.querySelector<HTMLElement & { card: string }>('kjk-fan')!;
    await until(() => q(fan, '.reader'));
    expect(fan.card).to.equal('tension-3');
    expect(q(fan, '.reader h2')?.textContent?.trim(), 'the card of the link').to.equal('Verschillende belangen bij eigen kracht');
    expect(q(fan, '.closed'), 'no cover beside it').to.not.exist;
    expect(problems(page)).to.deep.equal([]);
  });

  it('an element with lang="en" renders English on the server and stays English', async () => {
    const page = await hydratedPage(`<kjk-fan lang="en" persist="none"></kjk-fan>`);
    pages.push(page);
    expect(page.server.html).to.contain('Open the fan');
    const fan = page.doc.querySelector('kjk-fan')!;
    expect(q(fan, '[data-action="open"]')!.textContent!.trim()).to.equal('Open the fan');
    expect(problems(page)).to.deep.equal([]);
  });
});
