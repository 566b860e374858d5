/**
 * WCAG 1.4.12 text spacing in the fan, the card and the tension card: a user's override reaches our
 * text, and no text is cut off or covered (the work formats: test/worksheet-suite.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { sendKeys } from './commands.js';
import { itRequires } from './engine.js';
import type { KjkFan } from '../src/components/fan/fan.js';
import { CARD_IDS } from '../src/internal/content/deck-schema.js';
import { renderCard } from './helpers.js';
import { TEXT_SPACING, applyTextSpacing, clippedText, coveredCharacters, expectSpacingApplied, removeTextSpacing } from './text-spacing.js';

const root = (el: Element) => el.shadowRoot!;
let counter = 0;
/** A key of its own: elements sharing one would share a session. */
const newKey = () => `spacing-${Date.now()}-${counter++}`;

/** Until the fan's movements end, so what is checked is what a reader sees. */
async function settled(el: KjkFan): Promise<void> {
  await el.updateComplete;
  await Promise.all(root(el).getAnimations().map((a) => a.finished.catch(() => undefined)));
}

describe('text spacing (WCAG 1.4.12)', () => {
  afterEach(() => {
    removeTextSpacing();
    sessionStorage.clear();
  });

  it('lets a page-level override (a bookmarklet on the page) reach the text inside our elements', async () => {
    const style = document.createElement('style');
    style.textContent = TEXT_SPACING;
    document.head.append(style);
    try {
      const card = await renderCard('intro');
      const fan = await fixture<KjkFan>(html`<kjk-fan persist="none" storage-key=${newKey()}></kjk-fan>`);
      // Body text, which takes its spacing from our element (a label with a spacing of its own
      // is out of a page rule's reach: that is what the rules in each shadow root are for).
      for (const [el, text] of [[card, '.body p'], [fan, 'p']] as const) {
        expect(getComputedStyle(el).lineHeight, `${el.localName} line height`).to.equal(`${1.5 * parseFloat(getComputedStyle(el).fontSize)}px`);
        expectSpacingApplied(el, el.localName);
        // Inherited as a length: the spacing our element got, whatever the text's own size.
        const inner = getComputedStyle(root(el).querySelector(text)!);
        expect(inner.letterSpacing, `${el.localName} ${text} letter spacing`).to.equal(getComputedStyle(el).letterSpacing);
        expect(inner.wordSpacing, `${el.localName} ${text} word spacing`).to.equal(getComputedStyle(el).wordSpacing);
      }
    } finally {
      style.remove();
    }
  });

  it('keeps every card whole: nothing cut off', async () => {
    for (const id of CARD_IDS) {
      const el = await renderCard(id);
      applyTextSpacing();
      expectSpacingApplied(root(el).querySelector('h2')!, id);
      expect(clippedText(el), id).to.deep.equal([]);
      el.remove();
    }
  });

  it('keeps every tension card whole, with its note open', async () => {
    for (const field of ['1', '2', '3', '4', '5']) {
      const el = await fixture(html`<kjk-tension-card field=${field} persist="none" storage-key=${newKey()}></kjk-tension-card>`);
      root(el).querySelector<HTMLInputElement>('.mark input')!.click();
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      applyTextSpacing();
      expectSpacingApplied(root(el).querySelector('h2')!, `tension ${field}`);
      expect(clippedText(el), `tension ${field}`).to.deep.equal([]);
      el.remove();
    }
  });

  it('keeps the fan whole when closed, open and reading a card', async () => {
    const el = await fixture<KjkFan>(html`<kjk-fan persist="none" storage-key=${newKey()}></kjk-fan>`);
    applyTextSpacing();
    expectSpacingApplied(root(el).querySelector('h2, p')!, 'closed fan');
    expect(clippedText(el), 'closed').to.deep.equal([]);
    el.showCard('knowledge-1');
    await settled(el);
    applyTextSpacing();
    expectSpacingApplied(root(el).querySelector('.reader h2')!, 'card in the fan');
    // The fan behind the card is a small picture of itself, hidden from screen readers; its labels
    // are checked in the open fan.
    expect(clippedText(el, { except: '.strips[aria-hidden="true"]' }), 'reading a card').to.deep.equal([]);
    el.startSteps();
    await settled(el);
    applyTextSpacing();
    expect(clippedText(el), 'step plan').to.deep.equal([]);
  });

  it('keeps the strip labels apart in the open fan, nothing else cut off', async () => {
    const el = await fixture<KjkFan>(html`<kjk-fan persist="none" storage-key=${newKey()}></kjk-fan>`);
    el.open();
    await settled(el);
    applyTextSpacing();
    (root(el).activeElement as HTMLElement | null)?.blur();
    await settled(el);
    const labels = [...root(el).querySelectorAll<HTMLElement>('.strip-label')];
    expectSpacingApplied(labels[0], 'strip label');
    // Nothing else in the open fan is cut off. A strip at rest shows what its slice of the fan has
    // room for, the rest behind an ellipsis: the strip under focus or the pointer shows it all.
    expect(clippedText(el, { except: '.strip-label' }), 'open fan').to.deep.equal([]);
    for (const label of labels) {
      // No label runs over another's text.
      const others = coveredCharacters(label).filter((c) => c.includes('strip-label'));
      expect(others, `${label.textContent!.trim()}: under another label`).to.deep.equal([]);
    }
  });

  itRequires('focus-styles', 'raises the strip under focus with its whole face, on top', async function () {
    // Twenty strips raised one by one, each after its movement.
    this.timeout(60000);
    const el = await fixture<KjkFan>(html`<kjk-fan persist="none" storage-key=${newKey()}></kjk-fan>`);
    el.open();
    await settled(el);
    applyTextSpacing();
    const labels = [...root(el).querySelectorAll<HTMLElement>('.strip-label')];
    root(el).querySelector<HTMLElement>('.strip[tabindex="0"]')!.focus();
    await sendKeys({ press: 'Home' });
    for (const [i, label] of labels.entries()) {
      if (i > 0) await sendKeys({ press: 'ArrowRight' });
      await settled(el);
      const name = label.textContent!.trim();
      const strip = label.closest('.strip')!;
      expect(strip.matches(':focus-visible'), `${name}: its strip has visible focus`).to.equal(true);
      // Raised, the strip shows its face (issue 17): title and key question, whole and on top.
      const face = strip.querySelector<HTMLElement>('.strip-face')!;
      expect(face.scrollHeight, `${name}: face whole when raised (${face.scrollHeight} in ${face.clientHeight})`).to.be.at.most(face.clientHeight + 1);
      for (const text of strip.querySelectorAll('.strip-title, .strip-lead')) {
        expect(coveredCharacters(text), `${name}: uncovered when raised`).to.deep.equal([]);
      }
    }
  });
});
