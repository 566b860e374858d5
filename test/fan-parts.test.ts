import { expect, fixture, html } from '@open-wc/testing';
import '../src/fan.js';
import type { KjkFan } from '../src/components/fan/fan.js';
import { fanParts } from '../src/internal/fan/parts.js';
import { fanFixture } from './fan-fixture.js';
import { defaultDecks } from '../src/internal/content/default-decks.js';
import nl from '../content/nl/messages.json' with { type: 'json' };

// Issue 14: the step plan and the gespreksplan are parts the fan downloads when first used.

let counter = 0;
const newKey = () => `fan-parts-${Date.now()}-${counter++}`;
const root = (el: KjkFan) => el.shadowRoot!;
const button = (el: KjkFan, action: string) => root(el).querySelector<HTMLButtonElement>(`[data-action="${action}"]`);

/** Whether the page has downloaded a module yet (the test server serves each source file on its own). */
const downloaded = (file: string) => performance.getEntriesByType('resource').some((e) => e.name.includes(`/${file}`));

/** The selectors of every style rule in the fan's shadow root (media rules opened). */
function selectors(el: KjkFan): string[] {
  const walk = (rules: CSSRuleList): string[] =>
    [...rules].flatMap((r) => (r instanceof CSSStyleRule ? [r.selectorText] : 'cssRules' in r ? walk((r as CSSGroupingRule).cssRules) : []));
  return root(el).adoptedStyleSheets.flatMap((sheet) => walk(sheet.cssRules));
}

const original = { ...fanParts };
/** What the fans asked for, in order. */
let requested: string[] = [];

beforeEach(() => {
  requested = [];
  fanParts.steps = () => (requested.push('steps'), original.steps());
  fanParts.plan = () => (requested.push('plan'), original.plan());
  fanParts.deck = () => (requested.push('deck'), original.deck());
});
afterEach(() => Object.assign(fanParts, original));

describe('<kjk-fan> parts loaded on first use', () => {
  it('loads neither the step plan nor the gespreksplan for reading cards, then both when the step plan opens', async () => {
    const el = await fanFixture({ key: newKey(), persist: 'none' });
    el.open();
    await el.updateComplete;
    el.showCard('why');
    await el.updateComplete;
    el.next();
    el.showOverview(false);
    await el.updateComplete;
    el.showCard('step-plan');
    await el.updateComplete;
    expect(requested).to.deep.equal([]);
    expect(root(el).querySelector('section.steps') === null, 'no step plan yet').to.equal(true);
    // Every style recalc of opening the fan and a card matches fewer rules: the step plan's, the
    // handout's and the menu's are not in the shadow root yet.
    const before = selectors(el);
    expect(before.filter((s) => /\.(dot|handout|share-panel|own-items)\b/.test(s))).to.deep.equal([]);
    for (const file of [
      'fan/render-steps.ts',
      'session/session-file.ts',
      'plan/render-plan.ts',
      'plan/plan-output.ts',
      'tension-card/tension-card.ts',
      'content/deck-schema.ts',
      'content/render-status.ts',
    ]) {
      expect(downloaded(file), `${file} before the step plan opens`).to.equal(false);
    }

    button(el, 'start-steps')!.click();
    await el.updateComplete;
    expect(requested).to.have.members(['steps', 'plan']);
    expect(downloaded('render-steps.ts') && downloaded('render-plan.ts')).to.equal(true);
    expect(root(el).querySelector('#step-title .step-name')!.textContent).to.not.equal('');
    // The step plan's styles arrived with it (stepsStyles): the progress dots are round.
    expect(getComputedStyle(root(el).querySelector('.dot')!).borderRadius).to.equal('50%');
    const after = selectors(el);
    expect(after.filter((s) => /\.(dot|handout|share-panel|own-items)\b/.test(s)).length).to.be.greaterThan(4);
    // And the tension cards step 5 hosts are registered by it.
    expect(customElements.get('kjk-tension-card')).to.not.equal(undefined);
  });

  it('starts loading the step plan when the pointer reaches "Start het stappenplan", before the click', async () => {
    const el = await fanFixture({ key: newKey(), persist: 'none' });
    expect(requested).to.deep.equal([]);
    button(el, 'start-steps')!.dispatchEvent(new PointerEvent('pointerenter'));
    expect(requested).to.include('steps');
  });

  it('prints the handout from the overview once its code is here', async () => {
    const el = await fanFixture({ key: newKey(), persist: 'none' });
    el.open();
    await el.updateComplete;
    expect(requested).to.deep.equal([]);
    const print = window.print;
    let printed = 0;
    let handout = false;
    window.print = () => {
      printed++;
      handout = root(el).querySelector('.print-plan .handout') !== null;
    };
    try {
      el.printPlan();
      await el.updateComplete;
      expect(requested).to.deep.equal(['plan']);
      expect(printed).to.equal(1);
      expect(handout, 'the handout is on the page when the browser prints').to.equal(true);
    } finally {
      window.print = print;
      window.dispatchEvent(new Event('afterprint'));
    }
  });

  it('gives the gespreksplan as text once its code is here: updateComplete waits for it', async () => {
    const el = await fanFixture({ key: newKey(), persist: 'none' });
    el.planToText();
    await el.updateComplete;
    expect(el.planToText()).to.contain(nl.plan.title);
    expect((await el.planToDocx()).size).to.be.greaterThan(0);
  });

  it('says calmly that the step plan could not load, keeps every answer, and "Probeer opnieuw" brings it', async () => {
    const el = await fanFixture({ key: newKey(), persist: 'none' });
    el.state = { ...el.state!, plan: { ...el.state!.plan, step: 2, goals: { chosen: [], own: ['Samen plannen'] } } };
    await el.updateComplete;
    fanParts.steps = () => (requested.push('steps'), Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    button(el, 'start-steps')!.click();
    await el.updateComplete;

    const problem = root(el).querySelector('.steps [role="alert"]');
    expect(problem?.textContent).to.equal(nl.fan.partFailed);
    expect(el.state!.plan.goals.own).to.deep.equal(['Samen plannen']);
    expect(el.mode).to.equal('steps');
    await expect(el).to.be.accessible();

    // Back online.
    fanParts.steps = original.steps;
    button(el, 'retry-part')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('.steps [role="alert"]') === null).to.equal(true);
    expect(root(el).querySelector('.own-items')!.textContent).to.contain('Samen plannen');
  });

  it('says so when the handout for print could not load, and prints nothing', async () => {
    const el = await fanFixture({ key: newKey(), persist: 'none' });
    fanParts.plan = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const print = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      el.printPlan();
      await el.updateComplete;
      expect(printed).to.equal(0);
      expect(root(el).querySelector('[role="alert"]')!.textContent).to.equal(nl.fan.partFailed);
    } finally {
      window.print = print;
    }
  });

  it('checks a deck the page gives with the deck part it loads then, and shows it', async () => {
    const deck = structuredClone(defaultDecks.nl);
    deck.cards = deck.cards.filter((c) => c.id !== 'tension-3');
    const el = await fixture<KjkFan>(html`<kjk-fan persist="none" card="why" .deck=${deck}></kjk-fan>`);
    await el.updateComplete;
    expect(requested).to.deep.equal(['deck']);
    expect(root(el).querySelector('.reader h2')!.textContent!.trim()).to.equal(defaultDecks.nl.cards.find((c) => c.id === 'why')!.title);
    el.showCard('tension-3');
    await el.updateComplete;
    expect(root(el).querySelector('.reader [role="alert"]')!.textContent).to.contain('tension-3');
  });

  it('says calmly that a custom deck could not be checked when its part cannot load', async () => {
    fanParts.deck = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const el = await fixture<KjkFan>(html`<kjk-fan persist="none" .deck=${structuredClone(defaultDecks.nl)}></kjk-fan>`);
    await el.updateComplete;
    expect(root(el).querySelector('[part="message"][role="alert"]')!.textContent!.trim()).to.equal(nl.fan.partFailed);
  });
});
