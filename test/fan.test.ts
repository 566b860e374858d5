import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, forcedColors, narrow, reduceMotionWherePossible, sendKeys } from './commands.js';
import '../src/index.js';
import type { KjkFan } from '../src/components/fan/fan.js';
import { fanFixture, type FanAttributes } from './fan-fixture.js';
import { defaultDecks } from '../src/internal/content/default-decks.js';
// The Markdown escaping of user text is checked on the shared document renderer.
import { docAsMarkdown } from '../src/internal/document/text.js';

const cards = defaultDecks.nl.cards;
let counter = 0;
const newKey = () => `fan-${Date.now()}-${counter++}`;

const fan = (attrs: Partial<FanAttributes> = {}) => fanFixture({ persist: 'session', ...attrs, key: attrs.key ?? newKey() });

const root = (el: KjkFan) => el.shadowRoot!;
const active = (el: KjkFan) => root(el).activeElement as HTMLElement | null;
// The step's own title, without the "Stap n van 7" the heading starts with.
const heading = (el: KjkFan) => root(el).querySelector('.reader h2, .closed h2, .steps .step-name')?.textContent;
const announcement = (el: KjkFan) => root(el).querySelector('[aria-live]')!.textContent!.trim();

/** Waits until the fan's movements end, so what is checked is what a reader sees. */
async function settled(el: KjkFan): Promise<void> {
  await el.updateComplete;
  await Promise.all(root(el).getAnimations().map((a) => a.finished.catch(() => undefined)));
}

/** A real key press on a focused element, as a keyboard user makes it. */
async function press(el: KjkFan, target: HTMLElement | null, key: string): Promise<void> {
  target?.focus();
  await sendKeys({ press: key });
  await settled(el);
}

afterEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe('<kjk-fan>', () => {
  it('starts closed, showing the cover with "Open de waaier"', async () => {
    const el = await fan();
    expect(heading(el)).to.equal('Ken je kracht?');
    expect(root(el).querySelector('[data-action="open"]')!.textContent).to.contain('Open de waaier');
    expect(root(el).querySelector('.session .privacy')!.textContent).to.contain('blijven op dit apparaat');
    await expect(el).to.be.accessible();
  });

  it('opens into a fan of every card, sections visible by colour', async () => {
    const el = await fan();
    await press(el, root(el).querySelector('[data-action="open"]'), 'Enter');
    await settled(el);
    const strips = [...root(el).querySelectorAll<HTMLElement>('.strip')];
    expect(strips).to.have.length(cards.length);
    expect(new Set(strips.map((s) => getComputedStyle(s).transform)).size).to.equal(cards.length);
    expect(new Set(strips.map((s) => getComputedStyle(s).borderInlineStartColor)).size).to.equal(7);
    expect(active(el)?.classList.contains('strip')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('moves with next, previous and the section buttons', async () => {
    const el = await fan({ card: 'why' });
    expect(heading(el)).to.equal('Waarom in gesprek?');
    const [previous, , next] = root(el).querySelectorAll<HTMLButtonElement>('.toolbar .button');
    next.click();
    await el.updateComplete;
    expect(el.card).to.equal('with-whom');
    previous.click();
    await el.updateComplete;
    expect(el.card).to.equal('why');
    const tension = root(el).querySelector<HTMLButtonElement>('.section-button[data-section="tension"]')!;
    tension.click();
    await el.updateComplete;
    expect(el.card).to.equal('tension-1');
    expect(tension.getAttribute('aria-current')).to.equal('true');
    expect(root(el).querySelector('.meta')!.textContent).to.contain('Spanningsveld 1');
  });

  it('opens the card named by its attribute, and follows changes to it', async () => {
    const el = await fan({ card: 'knowledge-2' });
    expect(heading(el)).to.equal('Eigen kracht?');
    el.card = 'tension-5';
    await el.updateComplete;
    expect(heading(el)).to.equal('Speelruimte voor eigen kracht');
  });

  it('keeps the current card in the URL fragment with hash-navigation, back button included', async () => {
    history.replaceState(null, '', '#kjk-tension-3');
    try {
      const el = await fan({ hash: true });
      expect(el.card).to.equal('tension-3');
      root(el).querySelectorAll<HTMLButtonElement>('.toolbar .button')[2].click();
      await el.updateComplete;
      expect(location.hash).to.equal('#kjk-tension-4');
      history.back();
      await oneEvent(window, 'hashchange');
      await el.updateComplete;
      expect(el.card).to.equal('tension-3');
      expect(heading(el)).to.equal(cards.find((c) => c.id === 'tension-3')!.title);
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('swipes to the next and previous card on touch', async () => {
    const el = await fan({ card: 'usage' });
    const reader = root(el).querySelector('.reader')!;
    const swipe = (from: number, to: number) => {
      reader.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', clientX: from, clientY: 200, bubbles: true }));
      reader.dispatchEvent(new PointerEvent('pointerup', { pointerType: 'touch', clientX: to, clientY: 210, bubbles: true }));
    };
    swipe(300, 100);
    await el.updateComplete;
    expect(el.card).to.equal('reactions');
    swipe(100, 300);
    await el.updateComplete;
    expect(el.card).to.equal('usage');
  });

  it('folds into a stack at 320px wide without horizontal scroll', async function () {
    await narrow(this, 320, 700, async () => {
      const el = await fan();
      for (const step of [() => el.open(), () => el.showCard('knowledge-1'), () => el.startSteps()]) {
        step();
        await el.updateComplete;
        expect(document.documentElement.scrollWidth, el.card).to.be.at.most(320);
      }
      el.open();
      await el.updateComplete;
      const strip = root(el).querySelector<HTMLElement>('.strip')!;
      expect(getComputedStyle(strip).transform).to.equal('none');
      expect(strip.getBoundingClientRect().height).to.be.at.least(44);
    });
  });

  it('does not animate the fan with reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await fan();
      el.open();
      await el.updateComplete;
      const strip = root(el).querySelector<HTMLElement>('.strip')!;
      expect(getComputedStyle(strip).transitionDuration).to.equal('0s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('keeps outlines on cards and buttons in forced-colors mode', async () => {
    await forcedColors('active');
    try {
      const el = await fan();
      el.open();
      await settled(el);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const strip = root(el).querySelector<HTMLElement>('.strip')!;
      expect(parseFloat(getComputedStyle(strip).borderTopWidth)).to.be.at.least(2);
      const section = root(el).querySelector<HTMLElement>('.section-button')!;
      expect(parseFloat(getComputedStyle(section).borderTopWidth)).to.be.at.least(2);
    } finally {
      await forcedColors('none');
    }
  });

  it('shows a clear message for a broken custom deck, never a blank fan', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const el = await fixture<KjkFan>(html`<kjk-fan persist="none" .deck=${{ schemaVersion: 1, cards: 'x' }}></kjk-fan>`);
      await el.updateComplete;
      expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('De kaarten kunnen niet worden getoond');
      expect(root(el).querySelector('.strip, .card:not(.message)')).to.equal(null);
      expect(errors).to.have.length(1);
      await expect(el).to.be.accessible();
    } finally {
      console.error = original;
    }
  });

  it('keeps two fans with different keys apart, fires kjk-change and restores a state', async () => {
    const wrapper = await fixture(html`<div>
      <kjk-fan storage-key=${newKey()} mode="steps"></kjk-fan>
      <kjk-fan storage-key=${newKey()} mode="steps"></kjk-fan>
    </div>`);
    const [one, two] = [...wrapper.querySelectorAll('kjk-fan')];
    await Promise.all([one.updateComplete, two.updateComplete]);
    setTimeout(() => one.goToStep(3));
    const event = (await oneEvent(wrapper, 'kjk-change')) as CustomEvent<{ state: { plan: { step: number } } }>;
    expect(event.target).to.equal(one);
    expect(event.detail.state.plan.step).to.equal(3);
    await two.updateComplete;
    expect(two.state!.plan.step).to.equal(1);
    two.state = event.detail.state;
    await two.updateComplete;
    expect(heading(two)).to.equal('Met wie in gesprek?');
  });

  it('prints the current card alone, or every card one per page', async () => {
    const el = await fan({ card: 'why' });
    const original = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      el.print('all');
      expect(printed).to.equal(1);
      const all = root(el).querySelectorAll('.print-all .card');
      expect(all).to.have.length(cards.length);
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(all[1]).breakBefore).to.equal('page');
      expect(getComputedStyle(root(el).querySelector('.reader')!).display).to.equal('none');
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(root(el).querySelector('.print-all .card')).to.equal(null);
      expect(getComputedStyle(root(el).querySelector('.reader')!).display).to.equal('block');
      expect(getComputedStyle(root(el).querySelector('.toolbar')!).display).to.equal('none');
      expect(getComputedStyle(root(el).querySelector('.session')!).display).to.equal('none');
    } finally {
      window.print = original;
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('<kjk-fan> by keyboard', () => {
  // Twenty cards at 350 ms of movement each: walk them with reduced motion, as many keyboard users do.
  before(() => reduceMotionWherePossible(true));
  after(() => reduceMotionWherePossible(false));
  afterEach(() => sessionStorage.clear());

    it('is driven by keyboard alone through every card, announcing each once', async function () {
      // Some 60 key presses over WebDriver: WebKit on a loaded 2-core machine took over 20 s (CI, stop 27).
      this.timeout(60000);
      const el = await fan();
      await press(el, root(el).querySelector('[data-action="open"]'), 'Enter');
      await press(el, active(el), 'Home');
      expect(active(el)!.dataset.index).to.equal('0');
      await press(el, active(el), 'ArrowRight');
      await press(el, active(el), 'ArrowRight');
      // Its name says what its face shows (issue 17): number, section, title, the line under it; and where it is.
      expect(active(el)!.getAttribute('aria-label')).to.equal(
        `3 Introductie, ${cards[2].title} — Deze gesprekswaaier is in eerste instantie voor professionals gemaakt die met ouders en jeugdigen werken., kaart 3 van ${cards.length}`,
      );
      await press(el, active(el), 'End');
      expect(active(el)!.dataset.index).to.equal(String(cards.length - 1));
      await press(el, active(el), 'Home');
      setTimeout(() => sendKeys({ press: 'Enter' }));
      const opened = (await oneEvent(el, 'kjk-card-change')) as CustomEvent<{ card: string }>;
      expect(opened.detail.card).to.equal('cover');
      await el.updateComplete;
      await press(el, root(el).querySelector('[data-action="open"]'), 'Enter');
      await press(el, active(el), 'ArrowRight');
      await press(el, active(el), 'Enter');
      expect(el.card).to.equal('intro');
      expect(el.getAttribute('card')).to.equal('intro');
      expect(heading(el)).to.equal('Aanleiding');
      await expect(el).to.be.accessible();
      const seen: string[] = [];
      el.addEventListener('kjk-card-change', (e) => seen.push((e as CustomEvent).detail.card));
      for (let i = 2; i < cards.length; i++) {
        await press(el, root(el).querySelector('.reader'), 'ArrowRight');
        expect(el.card).to.equal(cards[i].id);
        expect(heading(el)).to.equal(cards[i].title);
        expect(announcement(el)).to.equal(`Kaart ${i + 1} van ${cards.length}: ${cards[i].title}`);
      }
      expect(seen).to.deep.equal(cards.slice(2).map((c) => c.id));
      await press(el, root(el).querySelector('.reader'), 'ArrowRight');
      expect(seen).to.have.length(cards.length - 2);
      await press(el, root(el).querySelector('.reader'), 'Home');
      expect(el.card).to.equal('cover');
      await press(el, root(el).querySelector('[data-action="open"]'), 'Enter');
      await press(el, active(el), 'End');
      await press(el, active(el), 'Enter');
      expect(el.card).to.equal('action');
      await press(el, root(el).querySelector('.reader'), 'Escape');
      expect(active(el)!.dataset.index).to.equal(String(cards.length - 1));
      expect(root(el).querySelector('.reader')).to.equal(null);
    });
});

describe('<kjk-fan> step plan', () => {
  async function check(el: KjkFan, label: string): Promise<void> {
    const option = [...root(el).querySelectorAll<HTMLLabelElement>('label.option')].find((l) => l.textContent!.includes(label))!;
    await press(el, option.querySelector('input'), 'Space');
  }

  async function addOwn(el: KjkFan, text: string): Promise<void> {
    root(el).querySelector<HTMLInputElement>('.own input')!.focus();
    await sendKeys({ type: text });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
  }

  const nextStep = (el: KjkFan) => press(el, root(el).querySelector('.step-nav .button:not(.quiet)'), 'Enter');

  async function fillPlan(el: KjkFan): Promise<void> {
    expect(root(el).querySelector('.progress-text')!.textContent).to.contain('Stap 1 van 7');
    expect(root(el).querySelectorAll('.pair .card')).to.have.length(2);
    // Step 1 asks the intro card's question as a live word cloud.
    expect(root(el).querySelector('.step-body .cloud-step kjk-word-cloud[compact]')).to.exist;
    await expect(el).to.be.accessible();
    await nextStep(el);
    expect(heading(el)).to.equal('Waarom in gesprek?');
    await check(el, 'Spanningsvelden in een casus concretiseren');
    await addOwn(el, 'Samen <b>leren</b>');
    await expect(el).to.be.accessible();
    await nextStep(el);
    await check(el, 'Ketenpartners');
    await nextStep(el);
    await check(el, 'Lunchwandeling met je collega');
    await addOwn(el, 'Teamdag in juni');
    await nextStep(el);
    expect(root(el).querySelector('.progress-text')!.textContent).to.contain('Stap 5 van 7');
    const tensions = root(el).querySelectorAll('kjk-tension-card');
    expect(tensions).to.have.length(5);
    const regie = tensions[3];
    await regie.updateComplete;
    regie.shadowRoot!.querySelector<HTMLInputElement>('.mark input')!.focus();
    await sendKeys({ press: ' ' });
    await regie.updateComplete;
    regie.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!.focus();
    await sendKeys({ type: 'Wie beslist?' });
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await nextStep(el);
    const radios = [...root(el).querySelectorAll<HTMLInputElement>('input[name="work-format"]')];
    await press(el, radios[0], 'ArrowDown');
    await press(el, radios[1], 'ArrowDown');
    expect(radios[2].checked).to.equal(true);
    // The worksheet itself opens when its element is registered (it is, in this test page).
    const worksheet = root(el).querySelector('.chosen-format kjk-circle-quadrant')!;
    await (worksheet as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(worksheet.shadowRoot!.querySelector('#ws-title')!.textContent).to.equal('Cirkelen');
    expect(worksheet.shadowRoot!.querySelector('.session'), 'shares the fan\'s session').to.equal(null);
    await expect(el).to.be.accessible();
    await nextStep(el);
    // Step 7 is the action card, sharing the fan's session and opening with the plan so far.
    const card = root(el).querySelector('kjk-action-card')!;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('.plan-summary')!.textContent).to.contain('Teamdag in juni').and.to.contain('Cirkelen');
    expect(card.shadowRoot!.querySelector('.session'), 'shares the fan\'s session').to.equal(null);
    card.shadowRoot!.querySelector<HTMLTextAreaElement>('#add-actions')!.focus();
    await sendKeys({ type: 'Casus inbrengen bij intervisie' });
    await sendKeys({ press: 'Enter' });
    await card.updateComplete;
    await expect(el).to.be.accessible();
    await nextStep(el);
    expect(root(el).querySelector('.progress-text')!.textContent).to.contain('gespreksplan');
  }

  it('guides through all seven steps by keyboard, and finds every choice after a reload', async function () {
    // Twice through the plan by keyboard: each key is a WebDriver round trip in WebKit.
    this.timeout(60000);
    for (const persist of ['session', 'local']) {
      const key = newKey();
      const el = await fan({ key, persist, mode: 'steps' });
      await fillPlan(el);
      const plan = root(el).querySelector('.plan')!.textContent!;
      for (const expected of ['Spanningsvelden in een casus concretiseren', 'Samen <b>leren</b>', 'Ketenpartners',
        'Lunchwandeling met je collega', 'Teamdag in juni', 'Regie bij eigen kracht', 'Wie beslist?', 'Cirkelen',
        'Casus inbrengen bij intervisie']) {
        expect(plan, persist).to.contain(expected);
      }
      expect(root(el).querySelector('.plan b')).to.equal(null);
      await expect(el).to.be.accessible();
      el.remove();
      const again = await fan({ key, persist, mode: 'steps' });
      expect(root(again).querySelector('.plan')!.textContent, `${persist} after reload`).to.equal(plan);
      const storage = persist === 'local' ? localStorage : sessionStorage;
      expect(storage.getItem(`kjk-session:${key}`)).to.contain('Teamdag in juni');
    }
  });

  it('lets every choice be changed later, from the progress dots', async () => {
    const el = await fan({ mode: 'steps' });
    await press(el, root(el).querySelectorAll<HTMLButtonElement>('.dot')[2], 'Enter');
    expect(heading(el)).to.equal('Met wie in gesprek?');
    await check(el, 'Leidinggevende');
    await check(el, 'Leidinggevende');
    expect(el.state!.plan.partners.chosen).to.deep.equal([]);
    await addOwn(el, 'Wijkteam');
    await press(el, root(el).querySelector('.own-items .button'), 'Enter');
    expect(el.state!.plan.partners.own).to.deep.equal([]);
  });

  it('starts from the step-plan card and goes back to the fan', async () => {
    const el = await fan({ card: 'step-plan' });
    await press(el, root(el).querySelector('.reader .card-action .button'), 'Enter');
    expect(el.mode).to.equal('steps');
    expect(active(el)!.id).to.equal('step-title');
    await press(el, root(el).querySelector('.step-nav .button:last-child'), 'Enter');
    expect(el.mode).to.equal('');
    expect(el.card).to.equal('step-plan');
  });

  it('copies the plan as plain text and saves it as a text file, from "Bewaren en delen"', async () => {
    const el = await fan({ mode: 'steps' });
    el.state = { ...el.state!, plan: { ...el.state!.plan, step: 8, actions: ['Bel *Anne* op [maandag] met gezin Z.'] } };
    await el.updateComplete;
    const original = navigator.clipboard.writeText;
    let copied = '';
    navigator.clipboard.writeText = async (text: string) => void (copied = text);
    const createObjectURL = URL.createObjectURL;
    let blob: Blob | undefined;
    URL.createObjectURL = (b: Blob) => ((blob = b), 'blob:test');
    const item = async (action: string) => {
      const toggle = root(el).querySelector<HTMLButtonElement>('.plan-actions [data-action="share-menu"]')!;
      if (toggle.getAttribute('aria-expanded') !== 'true') await press(el, toggle, 'Enter');
      return root(el).querySelector<HTMLButtonElement>(`.share-panel [data-action="${action}"]`)!;
    };
    try {
      (await item('copy-plan')).click();
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(copied).to.contain('Ons gespreksplan').and.to.contain('- Bel *Anne* op [maandag] met gezin Z.');
      expect(root(el).querySelector('.plan-status')!.textContent).to.contain('gekopieerd');
      const clicks: string[] = [];
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function () {
        clicks.push(this.download);
      };
      try {
        (await item('download-plan-text')).click();
      } finally {
        HTMLAnchorElement.prototype.click = click;
      }
      expect(clicks).to.deep.equal(['gespreksplan.txt']);
      const text = await blob!.text();
      expect(text).to.contain('Ons gespreksplan').and.to.contain('- Bel *Anne* op [maandag] met gezin Z.');
      expect(text, 'no Markdown escapes in a text file').not.to.contain('\\');
      expect(root(el).querySelector('.plan-status')!.textContent).to.contain('opgeslagen als bestand');
    } finally {
      navigator.clipboard.writeText = original;
      URL.createObjectURL = createObjectURL;
    }
  });

  it('writes Markdown that shows markup literally', () => {
    const md = docAsMarkdown({
      title: 'Plan',
      blocks: [
        { type: 'heading', level: 1, text: 'Plan' },
        { type: 'heading', level: 2, text: 'Acties' },
        { type: 'list', items: ['<script>x</script> # kop'] },
      ],
    });
    expect(md).to.equal('# Plan\n\n## Acties\n\n- \\<script\\>x\\</script\\> \\# kop\n');
  });

  it('is accessible at every step, in English too', async () => {
    const el = await fixture<KjkFan>(html`<kjk-fan lang="en" mode="steps" persist="none"></kjk-fan>`);
    for (let step = 1; step <= 8; step++) {
      el.goToStep(step);
      await el.updateComplete;
      await expect(el, `step ${step}`).to.be.accessible();
    }
    expect(heading(el)).to.equal('Our conversation plan');
  });
});
