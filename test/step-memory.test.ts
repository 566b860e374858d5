import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from './commands.js';
import '../src/index.js';
import type { KjkFan } from '../src/components/fan/fan.js';
import { fanFixture, type FanAttributes } from './fan-fixture.js';
import { defaultDecks } from '../src/internal/content/default-decks.js';
import { stepInfo } from '../src/internal/session/plan.js';

// Issue 16: a reload or bookmark in the step plan returns to the same step.

let counter = 0;
const newKey = () => `steps-${Date.now()}-${counter++}`;
const stepTitle = (n: number, lang: 'nl' | 'en' = 'nl') => stepInfo(defaultDecks[lang], n).title;

const fan = (attrs: FanAttributes) => fanFixture({ lang: 'nl', ...attrs });

const root = (el: KjkFan) => el.shadowRoot!;
const active = (el: KjkFan) => root(el).activeElement as HTMLElement | null;
// The step's own title, without the "Stap n van 7" the heading starts with.
const title = (el: KjkFan) => root(el).querySelector('#step-title .step-name')?.textContent?.trim();
const button = (el: KjkFan, action: string) => root(el).querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();

/** Waits until the fan's movements end, so what is checked (contrast too) is what a reader sees. */
async function settled(el: KjkFan): Promise<void> {
  await el.updateComplete;
  await Promise.all(root(el).getAnimations().map((a) => a.finished.catch(() => undefined)));
}

async function press(el: KjkFan, target: HTMLElement | null, key = 'Enter'): Promise<void> {
  expect(target, 'the control to press').to.not.equal(null);
  target!.focus();
  await sendKeys({ press: key });
  await settled(el);
}

async function accessible(el: KjkFan, message?: string): Promise<void> {
  await settled(el);
  await expect(el, message).to.be.accessible();
}

/** "Volgende stap", as a user presses it. */
const next = (el: KjkFan) => press(el, root(el).querySelector<HTMLElement>('.step-nav .button:not(.quiet)'));

/** The page as it was before the test: no fragment, no history entries of ours that matter. */
const clearHash = () => history.replaceState(null, '', location.pathname + location.search);

afterEach(() => {
  clearHash();
  sessionStorage.clear();
  localStorage.clear();
});

describe('step memory in the step plan', () => {
  it('a reload at step 5 stays at step 5', async () => {
    const key = newKey();
    const el = await fan({ key, mode: 'steps' });
    for (let i = 1; i < 5; i++) await next(el);
    expect(title(el)).to.equal(stepTitle(5));
    el.remove();
    const again = await fan({ key, mode: 'steps' });
    expect(title(again)).to.equal(stepTitle(5));
    expect(text(root(again).querySelector('.progress-text'))).to.match(/^Stap 5 van 7\b/);
  });

  it('"Start" after a reload returns to the stored step, named on the button', async () => {
    const key = newKey();
    const el = await fan({ key, mode: 'steps' });
    for (let i = 1; i < 6; i++) await next(el);
    el.remove();
    const again = await fan({ key });
    expect(text(button(again, 'start-steps'))).to.equal('Ga verder (stap 6)');
    await accessible(again);
    await press(again, button(again, 'start-steps'));
    expect(title(again)).to.equal(stepTitle(6));
    expect(active(again)?.id).to.equal('step-title');
  });

  it('with hash-navigation a bookmark #kjk-steps-5 opens step 5, and a reload stays there', async () => {
    const key = newKey();
    history.replaceState(null, '', '#kjk-steps-5');
    const el = await fan({ key, hash: true });
    expect(el.mode).to.equal('steps');
    expect(title(el)).to.equal(stepTitle(5));
    expect(el.state!.plan.step).to.equal(5);
    await next(el);
    expect(location.hash).to.equal('#kjk-steps-6');
    el.remove();
    const again = await fan({ key, hash: true });
    expect(title(again)).to.equal(stepTitle(6));
    await accessible(again);
  });

  it('"#kjk-steps" alone opens the stored step', async () => {
    const key = newKey();
    const el = await fan({ key, mode: 'steps' });
    for (let i = 1; i < 3; i++) await next(el);
    el.remove();
    history.replaceState(null, '', '#kjk-steps');
    const again = await fan({ key, hash: true });
    expect(again.mode).to.equal('steps');
    expect(title(again)).to.equal(stepTitle(3));
  });

  it('a step that does not exist opens the nearest one, without an error', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    try {
      history.replaceState(null, '', '#kjk-steps-99');
      const high = await fan({ key: newKey(), hash: true });
      expect(text(root(high).querySelector('.progress-text'))).to.contain('gespreksplan');
      expect(high.state!.plan.step).to.equal(8);
      expect(location.hash, 'the address says where one is').to.equal('#kjk-steps-8');
      high.remove();
      history.replaceState(null, '', '#kjk-steps-0');
      const low = await fan({ key: newKey(), hash: true });
      expect(title(low)).to.equal(stepTitle(1));
      low.remove();
      history.replaceState(null, '', '#kjk-steps-twee');
      const word = await fan({ key: newKey(), hash: true });
      expect(title(word)).to.equal(stepTitle(1));
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('back and forward walk the steps, with focus on the step title', async () => {
    history.replaceState(null, '', '#kjk-steps-2');
    const el = await fan({ key: newKey(), hash: true });
    expect(title(el)).to.equal(stepTitle(2));
    await next(el);
    await next(el);
    expect(location.hash).to.equal('#kjk-steps-4');
    history.back();
    await oneEvent(window, 'hashchange');
    await el.updateComplete;
    expect(title(el)).to.equal(stepTitle(3));
    expect(active(el)?.id).to.equal('step-title');
    history.back();
    await oneEvent(window, 'hashchange');
    await el.updateComplete;
    expect(title(el)).to.equal(stepTitle(2));
    history.forward();
    await oneEvent(window, 'hashchange');
    await el.updateComplete;
    expect(title(el)).to.equal(stepTitle(3));
    expect(el.state!.plan.step).to.equal(3);
    expect(active(el)?.id).to.equal('step-title');
  });

  it('a progress dot and "Start" push a step too, and back leaves the step plan for the card', async () => {
    const el = await fan({ key: newKey(), hash: true, card: 'step-plan' });
    await press(el, button(el, 'start-steps'));
    expect(location.hash).to.equal('#kjk-steps-1');
    await press(el, root(el).querySelectorAll<HTMLButtonElement>('.dot')[3]);
    expect(location.hash).to.equal('#kjk-steps-4');
    await press(el, root(el).querySelector<HTMLElement>('.step-nav .button:last-child'));
    expect(el.card).to.equal('step-plan');
    history.back();
    await oneEvent(window, 'hashchange');
    await el.updateComplete;
    expect(el.mode).to.equal('steps');
    expect(title(el)).to.equal(stepTitle(4));
  });

  it('without progress the button just says "Start het stappenplan"', async () => {
    const el = await fan({ key: newKey() });
    expect(text(button(el, 'start-steps'))).to.equal('Start het stappenplan');
    expect(button(el, 'restart-steps')).to.equal(null);
  });

  it('an answer at step 1 counts as progress', async () => {
    const el = await fan({ key: newKey() });
    el.state = { ...el.state!, plan: { ...el.state!.plan, goals: { chosen: [0], own: [] } } };
    await el.updateComplete;
    expect(text(button(el, 'start-steps'))).to.equal('Ga verder (stap 1)');
  });

  it('"Opnieuw beginnen" asks first; "Nee" keeps the step, "Ja" goes to step 1 and keeps every answer', async () => {
    const el = await fan({ key: newKey(), card: 'step-plan' });
    el.state = {
      ...el.state!,
      plan: { ...el.state!.plan, step: 6, goals: { chosen: [1], own: ['Samen leren'] }, workFormat: 2 },
      tensions: { '3': { marked: true, note: 'Wie beslist?' } },
    };
    await el.updateComplete;
    const answers = structuredClone(el.state!);
    expect(text(button(el, 'start-steps'))).to.equal('Ga verder (stap 6)');
    const restart = button(el, 'restart-steps')!;
    expect(text(restart)).to.equal('Opnieuw beginnen');
    for (const b of [button(el, 'start-steps')!, restart]) expect(b.getBoundingClientRect().height).to.be.at.least(44);
    await accessible(el);

    await press(el, restart);
    const group = root(el).querySelector('[role="group"].confirm')!;
    expect(text(group)).to.contain('Terug naar stap 1? Jullie antwoorden blijven bewaard.');
    const [yes, no] = group.querySelectorAll<HTMLButtonElement>('button');
    expect(text(yes)).to.equal('Ja, naar stap 1');
    expect(text(no)).to.equal('Nee');
    expect(active(el), 'focus on the safe choice').to.equal(no);
    for (const b of [yes, no]) expect(b.getBoundingClientRect().height).to.be.at.least(44);
    await accessible(el);

    await press(el, no);
    expect(root(el).querySelector('.confirm')).to.equal(null);
    expect(active(el)).to.equal(button(el, 'restart-steps'));
    expect(el.state!.plan.step).to.equal(6);
    expect(el.mode).to.equal('');

    await press(el, button(el, 'restart-steps'));
    await press(el, root(el).querySelector<HTMLButtonElement>('.confirm .button:not(.quiet)'));
    expect(el.mode).to.equal('steps');
    expect(title(el)).to.equal(stepTitle(1));
    expect(active(el)?.id).to.equal('step-title');
    expect(el.state).to.deep.equal({ ...answers, plan: { ...answers.plan, step: 1 } });
    await accessible(el);
  });

  it('"Opnieuw beginnen" on the cover, by keyboard only', async () => {
    const key = newKey();
    const first = await fan({ key, mode: 'steps' });
    await next(first);
    await next(first);
    first.remove();
    const el = await fan({ key });
    expect(text(button(el, 'start-steps'))).to.equal('Ga verder (stap 3)');
    await press(el, button(el, 'restart-steps'));
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(text(active(el)), 'Tab reaches "Ja" before "Nee"').to.equal('Ja, naar stap 1');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(title(el)).to.equal(stepTitle(1));
    el.exitSteps();
    await el.updateComplete;
    el.showCard('cover');
    await el.updateComplete;
    expect(text(button(el, 'start-steps')), 'answers none, step 1: a fresh start').to.equal('Start het stappenplan');
  });

  it('says it in English with lang="en"', async () => {
    const el = await fan({ key: newKey(), lang: 'en', card: 'step-plan' });
    el.state = { ...el.state!, plan: { ...el.state!.plan, step: 4 } };
    await el.updateComplete;
    expect(text(button(el, 'start-steps'))).to.equal('Continue (step 4)');
    expect(text(button(el, 'restart-steps'))).to.equal('Start over');
    await press(el, button(el, 'restart-steps'));
    const group = root(el).querySelector('[role="group"].confirm')!;
    expect(text(group)).to.contain('Back to step 1? Your answers are kept.');
    expect([...group.querySelectorAll('button')].map(text)).to.deep.equal(['Yes, to step 1', 'No']);
    await accessible(el);
    el.state = { ...el.state!, plan: { ...el.state!.plan, step: 8 } };
    await press(el, group.querySelectorAll<HTMLButtonElement>('button')[1]);
    expect(text(button(el, 'start-steps'))).to.equal('Continue (your conversation plan)');
  });
});
