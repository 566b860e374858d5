import { expect } from '@open-wc/testing';
import { mount, press, q, qa, runWorksheetSuite, typeNote } from './worksheet-suite.js';
import { expectFocusOn, focusProblem } from './focus-walker.js';

const ZONES = ['situation', 'involved', 'task', 'you', 'others', 'result', 'went-well', 'next-time'];

runWorksheetSuite({ tag: 'kjk-look-back', kind: 'look-back', title: 'Terugkijken', zones: ZONES });

describe('<kjk-look-back>', () => {
  afterEach(() => sessionStorage.clear());

  it('leads the story one question at a time, then the questions answered together', async () => {
    const el = await mount('kjk-look-back');
    const guide = () => q(el, '.guide')!.textContent!.replace(/\s+/g, ' ');
    expect(guide()).to.contain('Vraag 1 van 8').and.to.contain('Hoe zag die situatie eruit?').and.to.contain('Eén persoon vertelt');
    expect(q<HTMLButtonElement>(el, '[data-action="previous-question"]')!.disabled).to.equal(true);
    await press(el, q(el, '[data-action="next-question"]'), 'Enter');
    await el.updateComplete;
    expect(guide()).to.contain('Vraag 2 van 8').and.to.contain('Wie waren erbij betrokken?');
    // The cursor goes where the listeners write down this answer.
    expect(el.shadowRoot!.activeElement).to.equal(q(el, '#add-involved'));
    expect(qa(el, '.stone.active text.sheet-label').map((t) => t.textContent)).to.deep.equal(['Betrokkenen']);
    await typeNote(el, 'involved', 'De moeder en de mentor');
    expect(q(el, '.stone.active .badge')!.textContent).to.equal('1');
    for (let i = 0; i < 6; i++) await press(el, q(el, '[data-action="next-question"]'), 'Enter');
    await el.updateComplete;
    expect(guide()).to.contain('Vraag 8 van 8').and.to.contain('Schrijf daarna samen op').and.to.contain('beter of anders');
    expect(q<HTMLButtonElement>(el, '[data-action="next-question"]')!.disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('"Vorige vraag"/"Volgende vraag" keep focus where they become disabled, at either end', async () => {
    const el = await mount('kjk-look-back');
    const next = () => q<HTMLButtonElement>(el, '[data-action="next-question"]')!;
    const previous = () => q<HTMLButtonElement>(el, '[data-action="previous-question"]')!;
    for (let i = 0; i < ZONES.length - 1; i++) await press(el, next(), 'Enter');
    await el.updateComplete;
    expect(next().disabled, 'at the last question').to.equal(true);
    // The last press disabled the button it was on: the cursor is in the last question's field.
    expectFocusOn(q(el, `#add-${ZONES.at(-1)}`));
    expect(focusProblem()).to.equal(undefined);
    for (let i = 0; i < ZONES.length - 1; i++) await press(el, previous(), ' ');
    await el.updateComplete;
    expect(previous().disabled, 'at the first question').to.equal(true);
    expectFocusOn(q(el, `#add-${ZONES[0]}`));
    expect(focusProblem()).to.equal(undefined);
  });

  it('draws "Wat ging goed" and "Wat kan beter" as stones 7 and 8 of the path, not as buttons', async () => {
    const el = await mount('kjk-look-back');
    await typeNote(el, 'went-well', 'Doorvragen');
    const together = qa(el, '.sheet .stone.together');
    expect(together.map((s) => s.querySelector('.stone-number')!.textContent)).to.deep.equal(['7', '8']);
    expect(together.map((s) => s.querySelector('.sheet-label')!.textContent)).to.deep.equal(['Wat ging goed', 'Wat kan beter']);
    // No boxed "+"/"↻" that promises an action; the stones are the same shape as 1 to 6.
    expect(together.every((s) => s.querySelector('.zone-shape')!.tagName === 'circle')).to.equal(true);
    expect(q(el, '.sheet svg')!.textContent).not.to.match(/[+↻]/);
    // A picture: nothing in it is a control, none can be focused, the pointer does not suggest a click.
    expect(q(el, '.sheet svg')!.getAttribute('role')).to.equal('img');
    expect(qa(el, '.sheet svg [tabindex], .sheet svg [role="button"], .sheet svg a')).to.have.length(0);
    expect(together.map((s) => getComputedStyle(s).cursor)).to.deep.equal(['auto', 'auto']);
    expect(q(el, '.stone.together .badge')!.textContent).to.equal('1');
  });

  it('labels its drawing with every question in order', async () => {
    const el = await mount('kjk-look-back');
    const label = q(el, '.sheet svg')!.getAttribute('aria-label')!;
    expect(label).to.match(/^Het verhaal in 6 vragen, daarna samen: 1 Situatie, 2 Betrokkenen/);
    expect(label).to.contain('8 Wat kan beter');
  });
});
