/**
 * What a screen reader gets from the structure, beyond what axe checks: ids that are unique in
 * each shadow root and references that point at something, headings that fit where an element is
 * hosted, few landmarks, no name read twice, and each element's own language on its UI.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';
import '../src/index.js';
import type { KjkFan } from '../src/components/fan/fan.js';
import { fanFixture } from './fan-fixture.js';
import { itRequires } from './engine.js';
import { narrow, sendKeys } from './commands.js';
import { defaultDecks } from '../src/internal/content/default-decks.js';

let counter = 0;
const fan = (attrs: { mode?: string; card?: string; lang?: string } = {}) =>
  fanFixture({ persist: 'none', key: `structure-${Date.now()}-${counter++}`, ...attrs });

afterEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

/** Every shadow root in `host`, its own first, then those of the elements it hosts. */
function shadowRoots(host: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (root: ShadowRoot) => {
    roots.push(root);
    root.querySelectorAll('*').forEach((e) => e.shadowRoot && visit(e.shadowRoot));
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return roots;
}

/** Waits until the element and every element it hosts have rendered. */
async function settle(host: Element): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await Promise.all(
      [host, ...shadowRoots(host).flatMap((r) => [...r.querySelectorAll('*')])].map((e) => (e as Partial<{ updateComplete: Promise<unknown> }>).updateComplete),
    );
  }
}

const REFERENCES = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-activedescendant', 'for', 'list'];

/**
 * Ids used twice in one shadow root, references to an id that root does not hold, and a `title`
 * that repeats the name (read twice).
 */
function structureProblems(host: Element): string[] {
  const problems: string[] = [];
  for (const root of shadowRoots(host)) {
    const where = `<${root.host.localName}>`;
    const counts = new Map<string, number>();
    root.querySelectorAll('[id]').forEach((e) => counts.set(e.id, (counts.get(e.id) ?? 0) + 1));
    counts.forEach((n, id) => n > 1 && problems.push(`${where}: id "${id}" ${n} times`));
    for (const attribute of REFERENCES) {
      root.querySelectorAll(`[${attribute}]`).forEach((e) => {
        for (const id of e.getAttribute(attribute)!.split(/\s+/).filter(Boolean)) {
          if (!root.getElementById(id)) problems.push(`${where}: ${e.localName}[${attribute}="${id}"] points at nothing`);
        }
      });
    }
    // On a control without text (a colour swatch) the title is the only visible name, so it stays.
    root.querySelectorAll('[title]').forEach((e) => {
      const title = e.getAttribute('title')!.trim();
      const text = e.textContent!.trim();
      if (text && (title === e.getAttribute('aria-label')?.trim() || title === text)) {
        problems.push(`${where}: ${e.localName} title "${title}" repeats its name`);
      }
    });
  }
  return problems;
}

/** Walks the composed tree in reading order: into shadow roots and slots, past what is hidden. */
function walkComposed(node: Node, visit: (e: Element) => void): void {
  if (node instanceof Element) {
    if (node.getAttribute('aria-hidden') === 'true') return;
    visit(node);
    if (node.shadowRoot) return node.shadowRoot.childNodes.forEach((n) => walkComposed(n, visit));
    if (node instanceof HTMLSlotElement) return node.assignedNodes({ flatten: true }).forEach((n) => walkComposed(n, visit));
  }
  node.childNodes.forEach((n) => walkComposed(n, visit));
}

interface Heading {
  level: number;
  text: string;
}

/** The headings a screen reader lists, with their levels, in reading order. */
function headings(start: Element): Heading[] {
  const found: Heading[] = [];
  walkComposed(start, (e) => {
    const tag = /^H([1-6])$/.exec(e.tagName);
    const level = e.getAttribute('role') === 'heading' ? e.getAttribute('aria-level') : tag?.[1];
    // Not rendered (display: none, a closed <details>): not read either.
    if (level && e.getClientRects().length) found.push({ level: Number(level), text: e.textContent!.replace(/\s+/g, ' ').trim() });
  });
  return found;
}

/** A heading deeper than one below the one before it skips a level. */
function skippedLevels(list: Heading[]): string[] {
  return list.slice(1).flatMap((h, i) => (h.level > list[i].level + 1 ? [`h${list[i].level} "${list[i].text}" → h${h.level} "${h.text}"`] : []));
}

/** Sections with a name are region landmarks: rendered ones, in reading order. */
function regions(start: Element): string[] {
  const found: string[] = [];
  walkComposed(start, (e) => {
    const named = e.hasAttribute('aria-label') || e.hasAttribute('aria-labelledby');
    if ((e.getAttribute('role') === 'region' || (e.localName === 'section' && named)) && e.getClientRects().length) {
      found.push(e.getAttribute('aria-label') ?? e.getAttribute('aria-labelledby')!);
    }
  });
  return found;
}

const steps = (el: KjkFan) => el.shadowRoot!.querySelector('.steps')!;

async function toStep(el: KjkFan, step: number, format?: number): Promise<void> {
  el.goToStep(step);
  await settle(el);
  if (format) {
    el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="work-format"]')[format - 1].click();
    await settle(el);
  }
}

describe('structure a screen reader relies on', () => {
  describe('ids and references in the fan', () => {
    it('are unique and resolve on the cover, in the overview and on every card', async function () {
      this.timeout(60000);
      const el = await fan();
      expect(structureProblems(el), 'cover').to.deep.equal([]);
      el.open();
      await settle(el);
      expect(structureProblems(el), 'overview').to.deep.equal([]);
      for (const card of defaultDecks.nl.cards.filter((c) => c.id !== 'cover')) {
        el.showCard(card.id);
        await settle(el);
        expect(structureProblems(el), card.id).to.deep.equal([]);
      }
    });

    it('are unique and resolve in every step, with each work format', async function () {
      this.timeout(60000);
      const el = await fan({ mode: 'steps' });
      for (let step = 1; step <= 8; step++) {
        await toStep(el, step);
        expect(structureProblems(el), `step ${step}`).to.deep.equal([]);
      }
      for (const format of [1, 2, 3, 4]) {
        await toStep(el, 6, format);
        expect(structureProblems(el), `step 6, format ${format}`).to.deep.equal([]);
      }
    });

    it('names each card in step 1 by its own title', async () => {
      const el = await fan({ mode: 'steps' });
      await toStep(el, 1);
      const cards = [...el.shadowRoot!.querySelectorAll('.steps article.card')];
      expect(cards).to.have.length(2);
      const names = cards.map((c) => el.shadowRoot!.getElementById(c.getAttribute('aria-labelledby')!)?.textContent);
      expect(names).to.deep.equal(['knowledge-1', 'knowledge-2'].map((id) => defaultDecks.nl.cards.find((c) => c.id === id)!.title));
      await expect(el).to.be.accessible();
    });
  });

  describe('ids and references in each element on its own', () => {
    for (const tag of ['kjk-card', 'kjk-tension-card', 'kjk-look-back', 'kjk-octagon', 'kjk-circle-quadrant', 'kjk-mindmap', 'kjk-word-cloud', 'kjk-action-card']) {
      it(`<${tag}>`, async () => {
        const el = await fixture(staticHtml`<${unsafeStatic(tag)} persist="none" field="1"></${unsafeStatic(tag)}>`);
        await settle(el);
        expect(structureProblems(el)).to.deep.equal([]);
      });
    }
  });

  describe('headings and landmarks', () => {
    it('a hosted work format starts one level below the step heading, with one landmark for the step', async function () {
      this.timeout(30000);
      const el = await fan({ mode: 'steps' });
      for (const format of [1, 2, 3, 4]) {
        await toStep(el, 6, format);
        const list = headings(steps(el));
        expect(list[0].level, 'the step heading').to.equal(2);
        expect(list.slice(1).map((h) => h.level).filter((l) => l <= 2), `format ${format}: ${JSON.stringify(list)}`).to.deep.equal([]);
        expect(skippedLevels(list), `format ${format}`).to.deep.equal([]);
        expect(regions(el), `format ${format}`).to.have.length.at.most(1);
      }
      await expect(el).to.be.accessible();
    });

    it('hosted cards, tension cards and the action card sit below the step heading in every step', async function () {
      this.timeout(30000);
      const el = await fan({ mode: 'steps' });
      for (let step = 1; step <= 8; step++) {
        await toStep(el, step);
        const list = headings(steps(el));
        expect(list[0].level, `step ${step}`).to.equal(2);
        expect(list.slice(1).filter((h) => h.level <= 2), `step ${step}`).to.deep.equal([]);
        expect(skippedLevels(list), `step ${step}`).to.deep.equal([]);
        expect(regions(el), `step ${step}`).to.have.length.at.most(1);
      }
    });

    it('a work format on its own card sits below the card heading', async () => {
      const el = await fan({ card: 'work-format-2' });
      await settle(el);
      const list = headings(el.shadowRoot!.querySelector('.reader')!);
      expect(list[0]).to.deep.include({ level: 2, text: defaultDecks.nl.cards.find((c) => c.id === 'work-format-2')!.title });
      expect(list.slice(1).filter((h) => h.level <= 2)).to.deep.equal([]);
      expect(skippedLevels(list)).to.deep.equal([]);
    });

    it('on its own, a work format keeps its h2 and a tension card its h2', async () => {
      const sheet = await fixture(html`<kjk-octagon persist="none"></kjk-octagon>`);
      const card = await fixture(html`<kjk-tension-card persist="none" field="2"></kjk-tension-card>`);
      await settle(sheet);
      await settle(card);
      expect(headings(sheet)[0].level).to.equal(2);
      expect(skippedLevels(headings(sheet))).to.deep.equal([]);
      expect(headings(card)[0].level).to.equal(2);
    });

    it('heading-level moves a work format and a tension card down, keeping the order below', async () => {
      const sheet = await fixture(html`<kjk-mindmap persist="none" heading-level="4"></kjk-mindmap>`);
      const card = await fixture(html`<kjk-tension-card persist="none" field="2" heading-level="3"></kjk-tension-card>`);
      await settle(sheet);
      await settle(card);
      expect(headings(sheet)[0].level).to.equal(4);
      expect(Math.min(...headings(sheet).map((h) => h.level))).to.equal(4);
      expect(skippedLevels(headings(sheet))).to.deep.equal([]);
      expect(headings(card)[0].level).to.equal(3);
    });

    itRequires('a11y-tree', 'in the accessibility tree, step 6 has one h2 with "Stap 6 van 7", the work format an h3, one region', async () => {
      type AxNode = { name?: string; role?: string; level?: number; children: AxNode[] };
      const el = await fan({ mode: 'steps' });
      await toStep(el, 6, 2);
      const snapshot = (await a11ySnapshot({})) as unknown as AxNode;
      const all: AxNode[] = [];
      const collect = (n: AxNode): void => (all.push(n), (n.children ?? []).forEach(collect));
      collect(snapshot);
      const h2 = all.filter((n) => n.role === 'heading' && n.level === 2);
      expect(h2.map((n) => n.name)).to.have.length(1);
      expect(h2[0].name).to.match(/^Stap 6 van 7\b/);
      const octagon = el.shadowRoot!.querySelector('kjk-octagon')!.shadowRoot!.querySelector('#ws-title')!.textContent!.trim();
      const node = findAccessibilityNode<AxNode>(snapshot, (n) => n.role === 'heading' && n.name === octagon);
      expect(node?.level, JSON.stringify(all.filter((n) => n.role === 'heading'))).to.equal(3);
      expect(all.filter((n) => n.role === 'region')).to.have.length.at.most(1);
    });
  });

  describe('the step heading that receives focus', () => {
    for (const [lang, progress] of [
      ['nl', 'Stap 3 van 7'],
      ['en', 'Step 3 of 7'],
    ]) {
      it(`says "${progress}" (${lang})`, async () => {
        const el = await fan({ mode: 'steps', lang });
        await toStep(el, 3);
        const title = el.shadowRoot!.querySelector<HTMLElement>('#step-title')!;
        expect(el.shadowRoot!.activeElement).to.equal(title);
        expect(title.localName).to.equal('h2');
        expect(title.textContent!.replace(/\s+/g, ' ').trim()).to.match(new RegExp(`^${progress}\\W+\\w`));
        // Said once: not again in a separate line around the heading.
        expect(steps(el).textContent!.split(progress)).to.have.length(2);
        await expect(el).to.be.accessible();
      });
    }

    it('step dots have their name once, without a title that repeats it', async () => {
      const el = await fan({ mode: 'steps' });
      await settle(el);
      const dots = [...el.shadowRoot!.querySelectorAll('.dot')];
      expect(dots).to.have.length(8);
      for (const dot of dots) expect(dot.hasAttribute('title'), dot.getAttribute('aria-label')!).to.equal(false);
    });
  });

  describe("each element's own language on its own UI", () => {
    let pageLang: string;
    before(() => {
      pageLang = document.documentElement.lang;
      document.documentElement.lang = 'de';
    });
    after(() => {
      document.documentElement.lang = pageLang;
    });

    /** The outermost rendered nodes of the element's own UI: around a slot, the UI beside it. */
    function ownUi(el: Element): Element[] {
      const top = [...el.shadowRoot!.children].filter((c) => !['STYLE', 'LINK', 'SLOT'].includes(c.tagName));
      return top.flatMap((c) => (c.querySelector(':scope > slot') ? [...c.children].filter((k) => k.localName !== 'slot') : [c]));
    }

    const tags = ['kjk-fan', 'kjk-card', 'kjk-tension-card', 'kjk-look-back', 'kjk-octagon', 'kjk-circle-quadrant', 'kjk-mindmap', 'kjk-word-cloud', 'kjk-action-card', 'kjk-session'];
    for (const tag of tags) {
      for (const lang of [undefined, 'en']) {
        it(`<${tag}${lang ? ` lang="${lang}"` : ''}> on a German page: its UI says lang="${lang ?? 'nl'}"`, async () => {
          const t = unsafeStatic(tag);
          const el = lang
            ? await fixture(staticHtml`<${t} persist="none" field="1" lang=${lang}></${t}>`)
            : await fixture(staticHtml`<${t} persist="none" field="1"></${t}>`);
          await settle(el);
          const nodes = ownUi(el);
          expect(nodes.length, 'rendered nodes').to.be.above(0);
          for (const node of nodes) expect(node.getAttribute('lang'), `${node.localName}.${node.className}`).to.equal(lang ?? 'nl');
        });
      }
    }
  });

  describe('targets in the fan', () => {
    for (const width of [1024, 320]) {
      it(`section buttons are at least 44 px high at ${width} px wide, and stay on the screen`, async function () {
        await narrow(this, width, 800, async () => {
          const el = await fan({ card: 'intro' });
          await settle(el);
          const buttons = [...el.shadowRoot!.querySelectorAll('.section-button')];
          expect(buttons).to.have.length(7);
          (buttons[0] as HTMLElement).focus();
          for (const [i, button] of buttons.entries()) {
            // On a phone the sections are one row that scrolls sideways (issue 17): each is on the
            // screen once Tab brings the focus to it.
            if (i > 0) await sendKeys({ press: 'Tab' });
            expect(el.shadowRoot!.activeElement).to.equal(button);
            await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            const box = button.getBoundingClientRect();
            expect(box.height, button.textContent!.trim()).to.be.at.least(44);
            expect(box.right, 'within the screen').to.be.at.most(width + 0.5);
            expect(box.left, 'within the screen').to.be.at.least(-0.5);
          }
          expect(document.documentElement.scrollWidth).to.be.at.most(width);
        });
      });
    }
  });
});
