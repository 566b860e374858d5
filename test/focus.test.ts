/**
 * Focus is never lost in the fan (issue 18, WCAG 2.4.3 and 4.1.3): the keyboard walker presses
 * every button in the cover, the overview, a card and the step plan, and checks where focus goes.
 * The work formats are walked by the shared worksheet suite.
 */
import { expect } from '@open-wc/testing';
import '../src/index.js';
import type { KjkFan } from '../src/components/fan/fan.js';
import { fanFixture, type FanAttributes } from './fan-fixture.js';
import { defaultDecks } from '../src/internal/content/default-decks.js';
import { expectFocusOn, focusProblem, walkControls } from './focus-walker.js';
import { reduceMotionWherePossible, sendKeys } from './commands.js';

const cards = defaultDecks.nl.cards;
let counter = 0;
const fan = (attrs: Partial<FanAttributes> = {}) => fanFixture({ persist: 'session', ...attrs, key: `focus-${Date.now()}-${counter++}` });
const root = (el: KjkFan) => el.shadowRoot!;

async function settled(el: KjkFan): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
  }
}

/** Buttons that leave the page's flow (print dialog, file chooser): not walked. */
const skipOutside = (b: HTMLElement) =>
  b.matches('[data-action="print"], [data-action="print-all"], [data-action="import"]') ? 'opens a browser dialog' : false;

describe('<kjk-fan> keeps focus on something meaningful', () => {
  before(() => reduceMotionWherePossible(true));
  after(() => reduceMotionWherePossible(false));
  afterEach(() => sessionStorage.clear());

  it('on the cover, after every button', async function () {
    this.timeout(60000);
    await walkControls({ setup: () => fan(), skip: skipOutside });
  });

  it('in the overview, after every button (strips sampled)', async function () {
    this.timeout(120000);
    await walkControls({
      setup: async () => {
        const el = await fan();
        el.open();
        await settled(el);
        return el;
      },
      skip: skipOutside,
      sample: { selector: '.strip', indexes: [0, 1, -1] },
    });
  });

  it('on a card, after every button, also at the first and last card', async function () {
    this.timeout(180000);
    for (const card of ['intro', 'why', cards.at(-2)!.id, cards.at(-1)!.id]) {
      await walkControls({ setup: () => fan({ card }), skip: skipOutside });
    }
  });

  it('in the step plan, after every button of step 1 and of the gespreksplan', async function () {
    this.timeout(180000);
    await walkControls({ setup: () => fan({ mode: 'steps' }), skip: skipOutside });
    await walkControls({
      setup: async () => {
        const el = await fan({ mode: 'steps' });
        el.state = { ...el.state!, plan: { ...el.state!.plan, step: 8 } };
        await settled(el);
        return el;
      },
      skip: (b) => skipOutside(b) || (b.closest('.share-panel') ? 'saves or copies' : false),
    });
  });

  it('focuses the opened card\'s heading, which is in the tab order\'s way to the toolbar', async () => {
    const el = await fan();
    el.open();
    await settled(el);
    root(el).querySelector<HTMLElement>('.strip[data-index="2"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(focusProblem()).to.equal(undefined);
    const title = root(el).querySelector('.reader h2')!;
    expectFocusOn(title);
    expect(title.getAttribute('tabindex')).to.equal('-1');
    expect(title.textContent).to.equal(cards[2].title);
    // The keyboard still moves through the cards from there, and Escape goes back to the strip.
    await sendKeys({ press: 'ArrowRight' });
    await settled(el);
    expect(el.card).to.equal(cards[3].id);
    await sendKeys({ press: 'Escape' });
    await settled(el);
    expect((root(el).activeElement as HTMLElement).dataset.index).to.equal('3');
  });

  it('keeps "Volgende" focusable at the last card: aria-disabled, and pressing it does nothing', async () => {
    const el = await fan({ card: cards.at(-2)!.id });
    const next = () => root(el).querySelectorAll<HTMLButtonElement>('.toolbar .button')[2];
    next().focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(el.card).to.equal(cards.at(-1)!.id);
    expectFocusOn(next());
    expect(next().getAttribute('aria-disabled')).to.equal('true');
    expect(next().disabled).to.equal(false);
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(el.card).to.equal(cards.at(-1)!.id);
    expectFocusOn(next());
  });

  it('"Vorige" on the first card and the "Introductie" section land on "Open de waaier"', async () => {
    for (const selector of ['.toolbar .button', '.section-button[data-section="introduction"]']) {
      const el = await fan({ card: 'intro' });
      root(el).querySelector<HTMLElement>(selector)!.focus();
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(el.card, selector).to.equal('cover');
      expectFocusOn(root(el).querySelector('[data-action="open"]'), selector);
      el.remove();
    }
  });

  it('"Terug naar de waaier" lands on the step-plan card\'s heading', async () => {
    const el = await fan({ mode: 'steps' });
    root(el).querySelector<HTMLElement>('.step-nav .button:last-child')!.focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(el.card).to.equal('step-plan');
    expectFocusOn(root(el).querySelector('.reader h2'));
    expect(focusProblem()).to.equal(undefined);
  });
});
