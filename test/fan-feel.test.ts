/**
 * Issue 17, "Browsing the fan": the faces of the strips, which card lies in front, the phone layout
 * (one row of sections, previous and next at the bottom, the arrow-key hint for keyboards only)
 * and a swipe made with a real finger.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendMouse } from '@web/test-runner-commands';
import { narrow, sendKeys, setViewport, touchDrag, DEFAULT_VIEWPORT } from './commands.js';
import { itRequires } from './engine.js';
import '../src/index.js';
import type { KjkFan } from '../src/components/fan/fan.js';
import { fanFixture } from './fan-fixture.js';
import { coveredCharacters } from './text-spacing.js';
import { printToPdf } from './page-helpers.js';
import { defaultDecks } from '../src/internal/content/default-decks.js';

const cards = defaultDecks.nl.cards;
let counter = 0;
const fan = (attrs: { card?: string } = {}) => fanFixture({ persist: 'none', key: `fan-feel-${Date.now()}-${counter++}`, ...attrs });
const root = (el: KjkFan) => el.shadowRoot!;
const strips = (el: KjkFan) => [...root(el).querySelectorAll<HTMLElement>('.strip')];

async function settled(el: KjkFan): Promise<void> {
  await el.updateComplete;
  await Promise.all(root(el).getAnimations().map((a) => a.finished.catch(() => undefined)));
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}

/** The strip drawn on top at the middle of `strip`'s face: itself when it lies in front. */
function topAtFace(el: KjkFan, strip: HTMLElement): Element | null {
  const r = strip.querySelector('.strip-title')!.getBoundingClientRect();
  return root(el).elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.closest('.strip') ?? null;
}

const visibleText = (el: Element | null) => (el && (el as HTMLElement).checkVisibility() ? el.textContent!.trim() : '');

afterEach(() => setViewport(DEFAULT_VIEWPORT));

describe('<kjk-fan> browsing (issue 17)', () => {
  it('shows the face of the card in front: number, section, title and key question, on top of the others', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await fan();
    el.open();
    await settled(el);
    for (const i of [0, 2, 10, 12, cards.length - 1]) {
      await sendKeys({ press: i === 0 ? 'Home' : i === cards.length - 1 ? 'End' : 'ArrowRight' });
      if (i !== 0 && i !== cards.length - 1) {
        const target = strips(el)[i];
        target.focus();
      }
      await settled(el);
      const strip = strips(el)[i];
      const card = cards[i];
      expect(strip.classList.contains('front'), `${card.id} in front`).to.equal(true);
      expect(visibleText(strip.querySelector('.strip-number')), card.id).to.equal(String(i + 1));
      expect(visibleText(strip.querySelector('.strip-title')), card.id).to.equal(card.title);
      expect(visibleText(strip.querySelector('.strip-section')), card.id).to.equal(defaultDecks.nl.sections.find((s) => s.id === card.section)!.title);
      expect(visibleText(strip.querySelector('.strip-lead')).length, `${card.id}: a key question`).to.be.greaterThan(10);
      if (card.id === 'tension-1') expect(visibleText(strip.querySelector('.strip-lead'))).to.equal('Weet je van elkaar wat je onder eigen kracht verstaat?');
      expect(topAtFace(el, strip), `${card.id}: its face is not under another card`).to.equal(strip);
      // Not the last card of the deck drawn over it, as before issue 17.
      expect(getComputedStyle(strip).zIndex).to.equal(String(Math.max(...strips(el).map((s) => Number(getComputedStyle(s).zIndex)))));
    }
  });

  it('brings the card under the mouse to the front with its face', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await fan();
    el.open();
    await settled(el);
    const strip = strips(el)[16];
    // The name on strip 17's edge, which shows beside the others: the mouse on its middle letter.
    const text = [...strip.querySelector('.strip-label')!.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!;
    const range = document.createRange();
    const middle = Math.floor(text.textContent!.length / 2);
    range.setStart(text, middle);
    range.setEnd(text, middle + 1);
    const letter = range.getBoundingClientRect();
    const point: [number, number] = [Math.round(letter.left + letter.width / 2), Math.round(letter.top + letter.height / 2)];
    expect(root(el).elementFromPoint(...point)?.closest('.strip'), 'the mouse is on strip 17').to.equal(strip);
    // A hand moving the mouse onto it: from a little beside, then onto the letter.
    await sendMouse({ type: 'move', position: [point[0] + 3, point[1] + 3] });
    await sendMouse({ type: 'move', position: point });
    await settled(el);
    expect(strip.classList.contains('front')).to.equal(true);
    expect(topAtFace(el, strip)).to.equal(strip);
    expect(visibleText(strip.querySelector('.strip-title'))).to.equal(cards[16].title);
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('shows every other card\'s name on its edge whole, none cut off or under another card', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await fan();
    el.open();
    await settled(el);
    for (const front of [0, 10, cards.length - 1]) {
      strips(el)[front].focus();
      await settled(el);
      // The strips' turn (450 ms) ended, also where the engine starts it a frame late.
      await new Promise((r) => setTimeout(r, 600));
      for (const [i, strip] of strips(el).entries()) {
        // The neighbours of the card in front lie under its face: their names show again one card further on.
        if (Math.abs(i - front) < 2) continue;
        const label = strip.querySelector<HTMLElement>('.strip-label')!;
        const name = label.textContent!.trim();
        expect(label.scrollHeight, `${name} (front ${front + 1}): whole`).to.be.at.most(label.clientHeight + 1);
        expect(coveredCharacters(label), `${name} (front ${front + 1}): uncovered`).to.deep.equal([]);
      }
    }
  });

  it('lifts the card being read in front of the small fan above it', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await fan({ card: 'tension-3' });
    await settled(el);
    const i = cards.findIndex((c) => c.id === 'tension-3');
    const strip = strips(el)[i];
    expect(strip.classList.contains('front')).to.equal(true);
    expect(getComputedStyle(strip).opacity).to.equal('1');
    const r = strip.getBoundingClientRect();
    // Its top stands above every other strip of the small fan.
    expect(Math.round(r.top)).to.be.lessThan(Math.min(...strips(el).filter((s) => s !== strip).map((s) => Math.round(s.getBoundingClientRect().top))));
    expect(visibleText(strip.querySelector('.strip-number'))).to.equal(String(i + 1));
  });

  itRequires('focus-styles', 'tells the arrow keys only to a keyboard user', async () => {
    const el = await fan();
    // Opened with the mouse: no word about arrow keys.
    const open = root(el).querySelector<HTMLElement>('[data-action="open"]')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(open.left + open.width / 2), Math.round(open.top + open.height / 2)] });
    await settled(el);
    const hint = root(el).querySelector<HTMLElement>('.keys-hint')!;
    expect(hint.checkVisibility(), 'after a click').to.equal(false);
    expect(root(el).querySelector('.overview-hint')!.textContent).to.contain('Kies een kaart');
    await sendKeys({ press: 'ArrowRight' });
    await settled(el);
    expect(hint.checkVisibility(), 'after an arrow key').to.equal(true);
    expect(hint.textContent).to.contain('pijltjestoetsen');
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  itRequires('print-media', 'tells no arrow keys on a touch screen, even after a key', async function () {
    // (print-media: the same DevTools emulation of media features, Chromium's only.)
    await executeServerCommand('pointer-media', 'coarse');
    try {
      const el = await fan();
      el.open();
      await settled(el);
      root(el).querySelector<HTMLElement>('.strip[tabindex="0"]')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await settled(el);
      expect(root(el).querySelector('.strip:focus-visible'), 'a strip has visible focus').to.not.equal(null);
      expect(root(el).querySelector<HTMLElement>('.keys-hint')!.checkVisibility()).to.equal(false);
    } finally {
      await executeServerCommand('pointer-media', null);
    }
  });

  it('puts the sections in one row on a phone, each reachable by Tab', async function () {
    await narrow(this, 320, 700, async () => {
      const el = await fan({ card: 'tension-3' });
      await settled(el);
      const nav = root(el).querySelector<HTMLElement>('.sections')!;
      const buttons = [...nav.querySelectorAll<HTMLElement>('.section-button')];
      const tops = new Set(buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
      expect(tops.size, 'one row').to.equal(1);
      expect(nav.getBoundingClientRect().height).to.be.below(60);
      for (const b of buttons) expect(b.getBoundingClientRect().height).to.be.at.least(44);
      // Each button Tab reaches is wholly in view, also one the row showed only in part.
      buttons[0].focus();
      for (const b of buttons.slice(1, -1)) {
        await sendKeys({ press: 'Tab' });
        await settled(el);
        const r = b.getBoundingClientRect();
        const n = nav.getBoundingClientRect();
        expect(r.left, b.textContent!.trim()).to.be.at.least(n.left - 1);
        expect(r.right, b.textContent!.trim()).to.be.at.most(n.right + 1);
      }
      nav.scrollLeft = 0;
      await settled(el);
      // The last section, out of view at first, scrolls into view when Tab reaches it.
      const last = buttons.at(-1)!;
      expect(last.getBoundingClientRect().right).to.be.greaterThan(nav.getBoundingClientRect().right);
      buttons.at(-2)!.focus();
      await sendKeys({ press: 'Tab' });
      await settled(el);
      expect(root(el).activeElement).to.equal(last);
      expect(last.getBoundingClientRect().right).to.be.at.most(nav.getBoundingClientRect().right + 1);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });
  });

  it('shows the current card\'s section in the row on a phone', async function () {
    await narrow(this, 320, 700, async () => {
      const el = await fan({ card: 'intro' });
      await settled(el);
      const nav = root(el).querySelector<HTMLElement>('.sections')!;
      const inView = (section: string) => {
        const r = root(el).querySelector(`.section-button[data-section="${section}"]`)!.getBoundingClientRect();
        const n = nav.getBoundingClientRect();
        return r.left >= n.left - 1 && r.right <= n.right + 1;
      };
      expect(inView('action'), 'the last section is out of view at first').to.equal(false);
      el.showCard('action');
      await settled(el);
      expect(inView('action'), 'the section of the card shown').to.equal(true);
      expect(window.scrollY, 'the page itself did not scroll').to.equal(0);
    });
  });

  it('keeps previous and next at the bottom of a phone screen while a long card scrolls', async function () {
    await narrow(this, 320, 700, async () => {
      const el = await fan({ card: 'tension-3' });
      await settled(el);
      const toolbar = root(el).querySelector<HTMLElement>('.toolbar')!;
      const reader = root(el).querySelector<HTMLElement>('.reader')!;
      // Below the card's start: the card begins near the top, the buttons are at the screen's foot.
      expect(reader.getBoundingClientRect().top, 'the card starts high on the screen').to.be.below(300);
      for (const y of [0, 150]) {
        window.scrollTo(0, y);
        await settled(el);
        // While the card goes on below the screen (at its end the buttons follow it, as they should).
        expect(reader.getBoundingClientRect().bottom, `at scroll ${y}`).to.be.greaterThan(750);
        const r = toolbar.getBoundingClientRect();
        expect(r.bottom, `at scroll ${y}`).to.be.at.most(700 + 1);
        expect(r.bottom, `at scroll ${y}`).to.be.at.least(700 - 2);
        const buttons = [...toolbar.querySelectorAll<HTMLElement>('.button')];
        expect(new Set(buttons.map((b) => Math.round(b.getBoundingClientRect().top))).size, 'one row of buttons').to.equal(1);
        // Each button's words fit inside it.
        for (const button of buttons) expect(button.scrollWidth, button.textContent!.trim()).to.be.at.most(button.clientWidth + 1);
      }
      window.scrollTo(0, 0);
    });
  });

  it('fits the step plan\'s dots in one row on a phone, each a target to tap', async function () {
    await narrow(this, 320, 700, async () => {
      const el = await fanFixture({ persist: 'none', key: `fan-feel-${Date.now()}-${counter++}`, mode: 'steps' });
      await settled(el);
      await new Promise((r) => setTimeout(r, 300));
      await settled(el);
      const dots = [...root(el).querySelectorAll<HTMLElement>('.dot')];
      expect(dots.length).to.equal(8);
      expect(new Set(dots.map((d) => Math.round(d.getBoundingClientRect().top))).size, 'one row').to.equal(1);
      for (const d of dots) {
        const r = d.getBoundingClientRect();
        expect(r.width, 'WCAG 2.5.8').to.be.at.least(24);
        expect(r.height).to.be.at.least(44);
        expect(d.scrollWidth, 'its number fits').to.be.at.most(d.clientWidth + 1);
      }
    });
  });

  it('prints step 1 with its knowledge card starting on the first page, not after a blank one', async () => {
    const el = await fanFixture({ persist: 'none', key: `fan-feel-${Date.now()}-${counter++}`, mode: 'steps' });
    await settled(el);
    await new Promise((r) => setTimeout(r, 300));
    await settled(el);
    const pdf = await printToPdf(el, undefined, 'fan-step-1');
    // Page 1 has the step and the start of Kenniskaart 1, not only the step's heading and the empty word cloud.
    expect(pdf.texts[0]).to.contain('Eigen kracht');
    expect(pdf.texts[0]).to.contain('Hieronder volgen verschillende benaderingen');
  });

  itRequires('touch', 'swipes to the next and previous card with a real finger', async function () {
    // A small tablet's width: WebKitGTK's window can be no narrower.
    await narrow(this, 480, 700, async () => {
      const el = await fan({ card: 'tension-2' });
      await settled(el);
      const r = root(el).querySelector('.reader .body')!.getBoundingClientRect();
      const y = Math.round(r.top + 40);
      await touchDrag([360, y], [120, y + 10]);
      await settled(el);
      expect(el.card, 'swiped left').to.equal('tension-3');
      await touchDrag([120, y], [360, y + 5]);
      await settled(el);
      expect(el.card, 'swiped right').to.equal('tension-2');
      // Scrolling the card up with the finger is no swipe.
      await touchDrag([200, y + 200], [215, y - 100]);
      await settled(el);
      expect(el.card, 'scrolled').to.equal('tension-2');
      window.scrollTo(0, 0);
    });
  });
});
