import { expect } from '@open-wc/testing';
import { sendKeys } from './commands.js';
import { mount, press, q, qa, runWorksheetSuite, typeNote } from './worksheet-suite.js';
import { drawLine } from './dom-helpers.js';
import { expectToolbarKeys } from './toolbar-keys.js';
import type { KjkActionCard } from '../src/components/action-card/action-card.js';

runWorksheetSuite({ tag: 'kjk-action-card', kind: 'action-card', title: 'Wat zet het gesprek in gang?', zones: ['ideas', 'agreements', 'actions'] });

describe('<kjk-action-card>', () => {
  afterEach(() => sessionStorage.clear());

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
