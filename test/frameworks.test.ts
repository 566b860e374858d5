/**
 * The standard framework binding, in real apps: React 19 and Vue 3 bind `state` to an element
 * and write every `kjk-change` back into it. That loop must end after one round: setting
 * `state` from code fires no `kjk-change`, and `undefined`/`null` (no value yet) are ignored.
 * Each app is a bundle as its own `vite build` makes it, with the package's dist/ as `ken-je-kracht`
 * (built on request, see web-test-runner.config.mjs), loaded into a page of its own.
 */
import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { sendKeys } from './commands.js';
import { loadPage, type PageReport } from './page-helpers.js';
import { until } from './dom-helpers.js';
import type { RemoteAnswer } from './fixtures/frameworks/remote.js';

interface App {
  report: PageReport;
  octagon: HTMLElement;
  tension: HTMLElement;
  /** Every kjk-change the page saw, by the tag of the element that fired it. */
  changes: string[];
  /** How often the framework rendered the app. */
  renders: () => number;
  text: (selector: string) => string;
  cleanup: () => void;
}

type Probe = { __changes: string[]; app?: { renders: { count: number } } };

const FRAMEWORKS = [
  { name: 'React 19', app: '/test/fixtures/frameworks/react-app.js', empty: 'undefined', echo: 'Notities in React' },
  { name: 'Vue 3', app: '/test/fixtures/frameworks/vue-app.js', empty: 'null', echo: 'Notities in Vue' },
];

// vite builds each app on its first request: all of them before any test's own clock starts.
before(async function () {
  this.timeout(180000);
  const apps = FRAMEWORKS.flatMap((f) => [f.app, f.app.replace(/\.js$/, '.production.js')]);
  for (const app of apps) {
    const response = await fetch(app);
    expect(response.ok, `${app} built`).to.be.true;
    const bundle = await response.text();
    // The elements come from the built package, as from npm: the development build's source map says which files it bundled.
    if (!app.includes('.production')) {
      const map = JSON.parse(atob(bundle.slice(bundle.lastIndexOf('base64,') + 'base64,'.length).trim())) as { sources: string[] };
      expect(map.sources.some((file) => file.endsWith('dist/components/octagon/octagon.js')), `${app} bundles dist/`).to.be.true;
      // Ours, not a dependency's: the Hocuspocus provider's own source map names its src/ (issue 15).
      expect(map.sources.filter((file) => /(^|\/)src\//.test(file) && !file.includes('node_modules/')), `${app} bundles nothing from src/`).to.deep.equal([]);
    }
  }
});

let keys = 0;
const newKey = () => `frameworks-${Date.now()}-${keys++}`;

// `el` may not be there yet: React mounts after the page's load event, later still on a busy machine.
const q = <T extends Element = HTMLElement>(el: Element | null, selector: string) => el?.shadowRoot?.querySelector<T>(selector) ?? null;
const slips = (octagon: HTMLElement) => [...octagon.shadowRoot!.querySelectorAll<HTMLTextAreaElement>('.zone .slip')].map((s) => s.value);

async function openApp(src: string, { persist = 'none', key = newKey() } = {}): Promise<App> {
  // Counts from the first moment, before the app mounts, in the capture phase so nothing hides one.
  const head = `<script>window.__changes = []; document.addEventListener('kjk-change', (e) => __changes.push(e.target.localName), true);</script>`;
  const report = await loadPage({ scripts: [src], head, body: `<div id="app" data-persist="${persist}" data-key="${key}"></div>`, height: 900 });
  const win = report.win as Window & Probe;
  const doc = report.doc;
  // React renders after the page's load event; wait until both elements show their controls.
  await until(() => q(doc.querySelector('kjk-octagon'), '#add-why') && q(doc.querySelector('kjk-tension-card'), 'input[type="checkbox"]:enabled'), 200);
  const octagon = doc.querySelector<HTMLElement>('kjk-octagon')!;
  const tension = doc.querySelector<HTMLElement>('kjk-tension-card')!;
  expect(q(octagon, '#add-why'), 'the octagon rendered').to.exist;
  return {
    report,
    octagon,
    tension,
    changes: win.__changes,
    renders: () => win.app?.renders.count ?? 0,
    text: (selector) => doc.querySelector(selector)?.textContent?.trim() ?? '',
    cleanup: report.cleanup,
  };
}

/** Lets the page run until nothing changes any more, a short timer at a time; false if it never settles. */
async function settled(app: App): Promise<boolean> {
  const snapshot = () => `${app.changes.length}/${app.renders()}`;
  let last = snapshot();
  let calm = 0;
  for (let i = 0; i < 60 && calm < 4; i++) {
    await new Promise((r) => setTimeout(r, 25));
    const now = snapshot();
    calm = now === last ? calm + 1 : 0;
    last = now;
  }
  return calm >= 4;
}

/** What a person would see go wrong: errors, and the frameworks' own warnings of a loop. */
function problems(app: App): string[] {
  return [...app.report.errors, ...app.report.warnings.filter((w) => !w.includes('Lit is in dev mode'))];
}

async function typeNote(app: App, zone: string, text: string): Promise<void> {
  q<HTMLTextAreaElement>(app.octagon, `#add-${zone}`)!.focus();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
}

for (const framework of FRAMEWORKS) {
  describe(`bound to state in ${framework.name}`, () => {
    let app: App | undefined;
    afterEach(() => {
      app?.cleanup();
      app = undefined;
      sessionStorage.clear();
    });

    it('a note typed into the octagon reaches the app\'s state with exactly one kjk-change, and stays', async () => {
      app = await openApp(framework.app);
      expect(app.text('#echo')).to.equal(`${framework.echo}: 0`);
      await typeNote(app, 'why', 'Samen');
      expect(await settled(app), `the page settles (${app.changes.length} kjk-change, ${app.renders()} renders)`).to.be.true;
      expect(problems(app), 'no error, no loop warning').to.deep.equal([]);
      expect(app.changes).to.deep.equal(['kjk-octagon']);
      expect(app.text('#echo')).to.equal(`${framework.echo}: 1`);
      expect(slips(app.octagon)).to.deep.equal(['Samen']);
      await typeNote(app, 'how', 'Luisteren');
      expect(await settled(app)).to.be.true;
      expect(app.changes).to.have.length(2);
      expect(app.text('#echo')).to.equal(`${framework.echo}: 2`);
      expect(slips(app.octagon)).to.deep.equal(['Samen', 'Luisteren']);
      expect(problems(app)).to.deep.equal([]);
    });

    it('each keystroke in the tension card\'s note is one kjk-change, and no letter is lost', async () => {
      app = await openApp(framework.app);
      q<HTMLInputElement>(app.tension, 'input[type="checkbox"]')!.click();
      await until(() => q(app!.tension, 'textarea'));
      q<HTMLTextAreaElement>(app.tension, 'textarea')!.focus();
      await sendKeys({ type: 'Samen werken' });
      expect(await settled(app), `the page settles (${app.changes.length} kjk-change, ${app.renders()} renders)`).to.be.true;
      // One for the mark, one per letter.
      expect(app.changes).to.have.length(1 + 'Samen werken'.length);
      expect(app.changes.every((tag) => tag === 'kjk-tension-card')).to.be.true;
      expect(q<HTMLTextAreaElement>(app.tension, 'textarea')!.value).to.equal('Samen werken');
      expect(app.text('#tension-echo')).to.contain('Samen werken');
      expect(problems(app)).to.deep.equal([]);
    });

    it('a state the app sets ("Laad voorbeeld") shows in the element and fires no kjk-change', async () => {
      app = await openApp(framework.app);
      app.report.doc.querySelector<HTMLButtonElement>('#load-sample')!.click();
      expect(await settled(app), `the page settles (${app.changes.length} kjk-change, ${app.renders()} renders)`).to.be.true;
      await until(() => slips(app!.octagon).length === 2);
      expect(problems(app), 'no error, no loop warning').to.deep.equal([]);
      expect(slips(app.octagon)).to.deep.equal(['Voorbeeld waarom', 'Voorbeeld hoe']);
      expect(q<HTMLInputElement>(app.octagon, '#topic')!.value).to.equal('Voorbeeld');
      expect(app.text('#echo')).to.equal(`${framework.echo}: 2`);
      expect(app.changes).to.deep.equal([]);
      // The user goes on from the loaded state: one change, and the app has all three notes.
      await typeNote(app, 'why', 'Eigen notitie');
      expect(await settled(app)).to.be.true;
      expect(app.changes).to.deep.equal(['kjk-octagon']);
      expect(app.text('#echo')).to.equal(`${framework.echo}: 3`);
      expect(slips(app.octagon)).to.deep.equal(['Voorbeeld waarom', 'Eigen notitie', 'Voorbeeld hoe']);
      app.report.doc.querySelector<HTMLButtonElement>('#load-tension-sample')!.click();
      expect(await settled(app)).to.be.true;
      await until(() => q(app!.tension, 'textarea'));
      expect(q<HTMLTextAreaElement>(app.tension, 'textarea')!.value).to.equal('Uit het voorbeeld');
      expect(app.changes).to.have.length(1);
      expect(problems(app)).to.deep.equal([]);
    });

    it(`starting with state ${framework.empty} keeps what the element loaded, without an error`, async () => {
      const key = newKey();
      app = await openApp(framework.app, { persist: 'session', key });
      await typeNote(app, 'why', 'Bewaard in de tab');
      expect(await settled(app)).to.be.true;
      app.cleanup();
      // Reloaded: the app has no state yet and passes none; the element shows what it kept.
      app = await openApp(framework.app, { persist: 'session', key });
      expect(await settled(app)).to.be.true;
      expect(slips(app.octagon)).to.deep.equal(['Bewaard in de tab']);
      expect(q(app.octagon, '.session .problem'), 'no storage problem shown').to.not.exist;
      expect(app.changes).to.deep.equal([]);
      expect(problems(app)).to.deep.equal([]);
      // And the binding works from there on.
      await typeNote(app, 'why', 'Nog een');
      expect(await settled(app)).to.be.true;
      expect(app.changes).to.deep.equal(['kjk-octagon']);
      expect(app.text('#echo')).to.equal(`${framework.echo}: 2`);
    });

    it('the page stays responsive after edits and loads: a timer still fires and the app comes to rest', async () => {
      app = await openApp(framework.app);
      await typeNote(app, 'why', 'Een');
      app.report.doc.querySelector<HTMLButtonElement>('#load-sample')!.click();
      await typeNote(app, 'how', 'Twee');
      // A timer on the app's page, set while it works: a looping page keeps it waiting. (A page
      // that freezes outright freezes this one too; the production test below catches that.)
      let fired = false;
      app.report.win.setTimeout(() => (fired = true), 0);
      await until(() => fired, 100);
      expect(fired, 'a timer on the app page fired').to.be.true;
      expect(await settled(app), `the page settles (${app.changes.length} kjk-change, ${app.renders()} renders)`).to.be.true;
      expect(app.changes).to.have.length(2);
      expect(app.text('#echo')).to.equal(`${framework.echo}: 3`);
      expect(problems(app)).to.deep.equal([]);
    });
  });
}

/**
 * The production builds a site ships, where Vue has no guard against an endless update loop and
 * a loop freezes the tab. The app runs on another origin (127.0.0.1 instead of localhost), so
 * in a renderer process of its own: this page keeps running and can tell when the app stops answering.
 */
describe('production builds on a page of their own', () => {
  let frame: HTMLIFrameElement | undefined;
  let asked = 0;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  /** Asks the app page how it is; undefined when it does not answer within a bounded wait. */
  async function ask(message: { click?: string; find?: string } = {}): Promise<RemoteAnswer | undefined> {
    const id = ++asked;
    let reply: RemoteAnswer | undefined;
    const listener = (e: MessageEvent<RemoteAnswer>) => {
      if (e.source === frame!.contentWindow && e.data?.id === id) reply = e.data;
    };
    addEventListener('message', listener);
    frame!.contentWindow!.postMessage({ id, ...message }, new URL(frame!.src).origin);
    await until(() => reply, 150);
    removeEventListener('message', listener);
    return reply;
  }

  /** Asks until the number of kjk-change stops growing; undefined as soon as the page does not answer. */
  async function settledAnswer(): Promise<RemoteAnswer | undefined> {
    let last = await ask();
    for (let calm = 0, i = 0; last && calm < 3 && i < 40; i++) {
      const now = await ask();
      calm = now?.changes === last.changes ? calm + 1 : 0;
      last = now;
    }
    return last;
  }

  for (const framework of FRAMEWORKS) {
    it(`${framework.name}: the bound app keeps answering after a note and a loaded example`, async () => {
      const app = `${framework.app.split('/').pop()!.replace(/\.js$/, '')}.production`;
      const origin = location.origin.replace('localhost', '127.0.0.1');
      expect(origin, 'the app page is on another origin').to.not.equal(location.origin);
      frame = document.createElement('iframe');
      // Smaller than the test page's window, so all of it is on screen for the real mouse.
      frame.width = '760';
      frame.height = '480';
      frame.src = `${origin}/test/fixtures/frameworks/remote.html?app=${app}&parent=${encodeURIComponent(location.origin)}`;
      document.body.append(frame);
      await new Promise((r) => frame!.addEventListener('load', r, { once: true }));
      let state = await ask();
      // The first request builds the bundle: wait for it, a short timer at a time.
      for (let i = 0; i < 400 && !state?.ready; i++) {
        await new Promise((r) => setTimeout(r, 25));
        state = await ask();
      }
      expect(state?.ready, `the app rendered ${JSON.stringify(state)}`).to.be.true;
      // A real click into the note field, then real typing, as a person does.
      frame.scrollIntoView({ block: 'start' });
      const { rect } = (await ask({ find: '#add-why' }))!;
      const box = frame.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.x + rect!.x), Math.round(box.y + rect!.y)] });
      await sendKeys({ type: 'Samen' });
      // Enter adds the note; on a frozen page the key is never acknowledged, so wait for it boundedly.
      await Promise.race([sendKeys({ press: 'Enter' }), new Promise((r) => setTimeout(r, 3000))]);
      state = await settledAnswer();
      expect(state, 'the app page still answers after a note').to.exist;
      expect(state!.changes).to.equal(1);
      expect(state!.echo).to.equal(`${framework.echo}: 1`);
      await ask({ click: '#load-sample' });
      state = await settledAnswer();
      expect(state, 'the app page still answers after "Laad voorbeeld"').to.exist;
      expect(state!.changes).to.equal(1);
      expect(state!.slips).to.deep.equal(['Voorbeeld waarom', 'Voorbeeld hoe']);
      expect(state!.errors).to.deep.equal([]);
    });
  }
});
