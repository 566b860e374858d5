import { expect } from '@open-wc/testing';
import { sendKeys } from './commands.js';
import { mount, press, q, qa, runWorksheetSuite, typeNote } from './worksheet-suite.js';
import { drawLine } from './dom-helpers.js';
import { expectToolbarKeys } from './toolbar-keys.js';
import { expectFocusOn } from './focus-walker.js';
import type { KjkActionCard } from '../src/components/action-card/action-card.js';

runWorksheetSuite({ tag: 'kjk-action-card', kind: 'action-card', title: 'Wat zet het gesprek in gang?', zones: ['ideas', 'agreements', 'actions'] });

describe('<kjk-action-card>', () => {
  afterEach(() => sessionStorage.clear());

  it('an impossible date in stored or imported answers (2026-02-31, 2026-13-45) stays free text, never another day', async () => {
    const key = `bad-date-${Date.now()}`;
    const el = await mount('kjk-action-card', { key });
    await typeNote(el, 'actions', 'Netwerkberaad plannen');
    await typeNote(el, 'actions', 'Evalueren');
    const state = structuredClone(el.state)!;
    const notes = state.worksheets['action-card'].people[state.participants[0].id].notes.actions;
    notes[0].when = '2026-02-31';
    notes[1].when = '2026-13-45';
    el.state = state;
    await el.updateComplete;
    const fields = qa<HTMLInputElement>(el, '[data-zone="actions"] [data-detail="when"]').map((f) => [f.type, f.value]);
    expect(fields).to.deep.equal([['text', '2026-02-31'], ['text', '2026-13-45']]);
    expect(el.toText()).to.contain('(wanneer: 2026-02-31)').and.to.contain('(wanneer: 2026-13-45)');
  });

  it('gives an action a what, who and when, by keyboard, kept after a reload and in every export', async () => {
    const key = `action-${Date.now()}`;
    const el = await mount('kjk-action-card', { key });
    await typeNote(el, 'actions', 'Netwerkberaad plannen');
    const who = q<HTMLInputElement>(el, '[data-note] [data-detail="who"]')!;
    expect(who.getAttribute('aria-label')).to.equal('Wie doet actie 1?');
    who.focus();
    await sendKeys({ type: 'Sanne' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(q(el, '[data-note] [data-detail="when"]'));
    // "Wanneer" is a date field; "Vrije tekst", next to it, makes it take words.
    await press(el, q(el, '[data-note] [data-action="when-mode"]'), 'Enter');
    q<HTMLInputElement>(el, '[data-note] [data-detail="when"]')!.focus();
    await sendKeys({ type: 'vrijdag' });
    await el.updateComplete;
    expect(el.toText()).to.contain('- Netwerkberaad plannen (wie: Sanne, wanneer: vrijdag)');
    expect(el.toMarkdown()).to.contain('Netwerkberaad plannen \\(wie: Sanne, wanneer: vrijdag\\)');
    // Ideas and agreements have no who and when.
    await typeNote(el, 'ideas', 'Vaker samen koken');
    expect(qa(el, '.zone[data-zone="ideas"] [data-detail]')).to.have.length(0);
    await expect(el).to.be.accessible();
    el.remove();
    const again = await mount('kjk-action-card', { key });
    expect(q<HTMLInputElement>(again, '[data-zone="actions"] [data-detail="when"]')!.value).to.equal('vrijdag');
  });

  it('puts the cursor in the new action\'s "Wie" once it is added; ideas and agreements stay in their add field', async () => {
    const el = await mount('kjk-action-card');
    await typeNote(el, 'actions', 'Netwerkberaad plannen');
    await typeNote(el, 'actions', 'Mentor uitnodigen');
    const who = qa<HTMLInputElement>(el, '.zone[data-zone="actions"] [data-detail="who"]');
    expect(who).to.have.length(2);
    expectFocusOn(who[1]);
    await sendKeys({ type: 'moeder' });
    await el.updateComplete;
    expect(el.toText()).to.contain('- Mentor uitnodigen (wie: moeder)');
    await typeNote(el, 'ideas', 'Samen koken');
    expectFocusOn(q(el, '#add-ideas'));
  });

  it('"Wanneer" takes a date or free text: stored, shown after a reload, exported; stored text is never lost', async () => {
    const key = `when-${Date.now()}`;
    const el = await mount('kjk-action-card', { key });
    await typeNote(el, 'actions', 'Netwerkberaad plannen');
    const when = () => q<HTMLInputElement>(el, '[data-zone="actions"] [data-detail="when"]')!;
    const free = () => q<HTMLButtonElement>(el, '[data-zone="actions"] [data-action="when-mode"]')!;
    expect(when().type).to.equal('date');
    expect(free().getAttribute('aria-pressed')).to.equal('false');
    expect(free().getAttribute('aria-label')).to.equal('Vrije tekst bij actie 1');
    // The browser's date picker sets the value and says so with input.
    when().value = '2026-12-18';
    when().dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(el.toText()).to.contain('- Netwerkberaad plannen (wanneer: vrijdag 18 december 2026)');
    expect(el.toMarkdown()).to.contain('wanneer: vrijdag 18 december 2026');
    el.remove();
    const again = await mount('kjk-action-card', { key });
    const when2 = () => q<HTMLInputElement>(again, '[data-zone="actions"] [data-detail="when"]')!;
    const free2 = () => q<HTMLButtonElement>(again, '[data-zone="actions"] [data-action="when-mode"]')!;
    expect([when2().type, when2().value]).to.deep.equal(['date', '2026-12-18']);
    // Free text: the chosen date becomes words to go on with.
    await press(again, free2(), 'Enter');
    expect(free2().getAttribute('aria-pressed')).to.equal('true');
    expect(document.activeElement === again && again.shadowRoot!.activeElement).to.equal(free2());
    expect([when2().type, when2().value]).to.deep.equal(['text', 'vrijdag 18 december 2026']);
    when2().select();
    await sendKeys({ type: 'na de kerstvakantie' });
    await again.updateComplete;
    expect(again.toText()).to.contain('(wanneer: na de kerstvakantie)');
    again.remove();
    // Stored free text comes back as free text, never as an empty date field.
    const third = await mount('kjk-action-card', { key });
    const when3 = () => q<HTMLInputElement>(third, '[data-zone="actions"] [data-detail="when"]')!;
    expect([when3().type, when3().value]).to.deep.equal(['text', 'na de kerstvakantie']);
    // Back to a date: the text stays stored and shown beside the empty date field until a date is chosen.
    await press(third, q(third, '[data-zone="actions"] [data-action="when-mode"]'), 'Enter');
    expect([when3().type, when3().value]).to.deep.equal(['date', '']);
    const kept = q(third, '.when-kept')!;
    expect(kept.textContent).to.contain('na de kerstvakantie');
    expect(when3().getAttribute('aria-describedby')).to.equal(kept.id);
    expect(third.toText()).to.contain('(wanneer: na de kerstvakantie)');
    await expect(third).to.be.accessible();
    when3().value = '2027-01-08';
    when3().dispatchEvent(new Event('input', { bubbles: true }));
    await third.updateComplete;
    expect(third.toText()).to.contain('(wanneer: vrijdag 8 januari 2027)');
    expect(q(third, '.when-kept')).to.equal(null);
  });

  it('lines up "Wie" and "Wanneer" on a phone: both fields start at one line', async function () {
    const el = await mount('kjk-action-card');
    el.style.width = '300px';
    await typeNote(el, 'actions', 'Netwerkberaad plannen');
    const who = q(el, '[data-detail="who"]')!.getBoundingClientRect();
    const when = q(el, '[data-detail="when"]')!.getBoundingClientRect();
    expect(Math.abs(who.left - when.left)).to.be.below(1);
    expect(when.top).to.be.above(who.bottom - 1);
    const free = q(el, '[data-action="when-mode"]')!.getBoundingClientRect();
    expect(free.height).to.be.at.least(44);
  });

  it('puts the actions first and the optional sketch after them, in the tab order too', async () => {
    const el = await mount('kjk-action-card');
    const fill = q(el, '.fill')!;
    expect([...fill.children].map((c) => c.className.trim())).to.deep.equal(['zones', 'sheet']);
  });

  it('has an optional sketch: drawn with the pointer, undone, kept after a reload', async () => {
    const key = `sketch-${Date.now()}`;
    const el = await mount('kjk-action-card', { key });
    const svg = q(el, '.sheet svg.drawing')!;
    await drawLine(svg, [0.2, 0.3], [0.7, 0.6]);
    await drawLine(svg, [0.3, 0.7], [0.8, 0.2]);
    await el.updateComplete;
    expect(qa(el, '.sheet path.stroke')).to.have.length(2);
    await press(el, q(el, '[data-pen="red"]'), 'Enter');
    await drawLine(svg, [0.1, 0.1], [0.4, 0.4]);
    await el.updateComplete;
    expect(qa(el, '.sheet path.stroke')[2].classList.contains('pen-red')).to.equal(true);
    await press(el, q(el, '[data-action="undo"]'), 'Enter');
    expect(qa(el, '.sheet path.stroke')).to.have.length(2);
    await expect(el).to.be.accessible();
    el.remove();
    const again = await mount('kjk-action-card', { key });
    expect(qa(again, '.sheet path.stroke')).to.have.length(2);
    expect(q(again, '.sheet path.stroke')!.getAttribute('d')).to.match(/^M[-\d. ]+ L/);
  });

  it('makes its sketch toolbar one tab stop: arrow keys move among pens and widths, Tab leaves', async () => {
    await expectToolbarKeys(await mount('kjk-action-card'), '.sketch-tools');
  });

  it('shows the gespreksplan it is given', async () => {
    const el = (await mount('kjk-action-card')) as KjkActionCard;
    el.plan = [
      { title: 'Wat wil je bereiken?', items: ['Meer regie bij ouders'] },
      { title: 'Met wie?', items: ['<b>Team</b>'] },
    ];
    await el.updateComplete;
    const plan = q(el, '.plan-summary')!;
    expect(plan.hasAttribute('open')).to.equal(true);
    expect(plan.textContent).to.contain('Meer regie bij ouders').and.to.contain('<b>Team</b>');
    expect(plan.querySelector('b')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('refuses a malformed plan with a console error and keeps working', async () => {
    const el = (await mount('kjk-action-card')) as KjkActionCard;
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      el.plan = [{ title: 'Waarom?', items: 'geen lijst' }] as never;
      await el.updateComplete;
    } finally {
      console.error = original;
    }
    expect(errors.join()).to.contain('plan must be a list');
    expect(q(el, '.plan-summary')).to.equal(null);
    await typeNote(el, 'ideas', 'werkt nog');
    expect(q<HTMLTextAreaElement>(el, '.zone[data-zone="ideas"] .slip')!.value).to.equal('werkt nog');
  });
});
