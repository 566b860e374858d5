/**
 * "Bewaren en delen" under the gespreksplan, and the session file to continue later:
 * keyboard and axe in the menu, the round trip, the choice before replacing, undo, every bad
 * file, and a file as a version-2 release wrote its state.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from './commands.js';
import '../src/index.js';
import type { KjkFan } from '../src/components/fan/fan.js';
import { STATE_VERSION, type SessionState } from '../src/internal/session/state.js';
import { sessionPeople, sessionTopic } from '../src/internal/session/sheets.js';
import { MAX_IMPORT_BYTES } from '../src/internal/worksheet/model.js';
import { chooseFile, until } from './dom-helpers.js';

let counter = 0;
const newKey = () => `session-file-${Date.now()}-${counter++}`;

const root = (el: KjkFan) => el.shadowRoot!;
const q = <T extends HTMLElement = HTMLElement>(el: KjkFan, selector: string) => root(el).querySelector<T>(selector);
const focused = (el: KjkFan) => root(el).activeElement as HTMLElement | null;
const status = (el: KjkFan) => q(el, '.plan-status')!.textContent!.trim();
const toggle = (el: KjkFan) => q<HTMLButtonElement>(el, '.plan-actions [data-action="share-menu"]')!;

/** A session as a version-2 release stored it: plan, a tension field and one octagon sheet. */
const V2_STATE = {
  version: 2,
  plan: {
    step: 4,
    goals: { chosen: [0], own: ['Samen sterker'] },
    partners: { chosen: [], own: ['De buurvrouw'] },
    moments: { chosen: [1], own: [] },
    workFormat: 2,
    actions: ['Bel de school'],
  },
  tensions: { '3': { marked: true, note: 'Regie bij de ouders' } },
  worksheets: {
    octagon: {
      topic: 'Wie helpt mee?',
      participants: [
        { id: 'p-1', name: 'Anna', notes: { why: [{ id: 'n-1', text: 'Omdat het kan' }] }, figures: [] },
        { id: 'p-2', name: 'Bram', notes: {}, figures: [] },
      ],
      active: 'p-1',
    },
  },
};
const v2File = () => JSON.stringify({ format: 'ken-je-kracht/session', version: 2, state: V2_STATE });

async function summary(state?: unknown): Promise<KjkFan> {
  const el = await fixture<KjkFan>(html`<kjk-fan mode="steps" persist="session" storage-key=${newKey()}></kjk-fan>`);
  if (state) el.state = state as SessionState;
  el.goToStep(8);
  await el.updateComplete;
  return el;
}

async function press(el: KjkFan, target: HTMLElement | null, key: string): Promise<void> {
  target?.focus();
  await sendKeys({ press: key });
  await el.updateComplete;
}

async function openMenu(el: KjkFan): Promise<void> {
  if (toggle(el).getAttribute('aria-expanded') !== 'true') await press(el, toggle(el), 'Enter');
}

/** The file "Bestand om later verder te gaan" saves, caught on its way to the downloads folder. */
async function saveSession(el: KjkFan): Promise<{ name: string; text: string }> {
  const click = HTMLAnchorElement.prototype.click;
  const createObjectURL = URL.createObjectURL;
  let name = '';
  let blob: Blob | undefined;
  HTMLAnchorElement.prototype.click = function () {
    name = this.download;
  };
  URL.createObjectURL = (b: Blob) => ((blob = b), 'blob:test');
  try {
    await openMenu(el);
    await press(el, q(el, '.share-panel [data-action="download-session"]'), 'Enter');
  } finally {
    HTMLAnchorElement.prototype.click = click;
    URL.createObjectURL = createObjectURL;
  }
  return { name, text: await blob!.text() };
}

async function openFile(el: KjkFan, file: File): Promise<void> {
  const was = status(el);
  chooseFile(q<HTMLInputElement>(el, '#session-import')!, file);
  await until(() => status(el) !== was || q(el, '.import-choice'), 40);
  await el.updateComplete;
}
const jsonFile = (text: string) => new File([text], 'gesprek.json', { type: 'application/json' });

const withoutStep = (state: SessionState | undefined) => JSON.stringify({ ...state, plan: { ...state!.plan, step: 0 } });

afterEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe('"Bewaren en delen" under the gespreksplan', () => {
  it('opens with Enter, Tabs through its items, closes with Escape onto its toggle; axe open and closed', async () => {
    const el = await summary();
    const button = toggle(el);
    const panel = q(el, `#${button.getAttribute('aria-controls')}`)!;
    expect(button.textContent).to.contain('Bewaren en delen');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.checkVisibility()).to.equal(false);
    await expect(el).to.be.accessible();
    await press(el, button, 'Enter');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.checkVisibility()).to.equal(true);
    await expect(el).to.be.accessible();
    const walked: string[] = [];
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      walked.push(focused(el)?.dataset.action ?? '');
    }
    expect(walked).to.deep.equal(['print-plan', 'copy-plan', 'download-plan-docx', 'download-plan-text', 'download-session', 'import-session']);
    expect([...panel.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal([
      'Afdrukken', 'Kopiëren', 'Word-document (.docx)', 'Tekstbestand (.txt)', 'Bestand om later verder te gaan', 'Verder met een bestand',
    ]);
    expect(panel.textContent).not.to.match(/markdown|json/i);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(focused(el)).to.equal(button);
    expect(el.mode, 'Escape closed the menu, not the step plan').to.equal('steps');
    expect(q(el, '.plan'), 'still at the gespreksplan').to.exist;
  });

  it('prints the plan, and "Verder met een bestand" opens the file chooser', async () => {
    const el = await summary();
    const print = window.print;
    let printed = 0;
    window.print = () => void printed++;
    const inputClick = HTMLInputElement.prototype.click;
    let chooser = '';
    HTMLInputElement.prototype.click = function () {
      chooser = this.id;
    };
    try {
      await openMenu(el);
      await press(el, q(el, '[data-action="print-plan"]'), 'Enter');
      expect(printed).to.equal(1);
      window.dispatchEvent(new Event('afterprint'));
      await openMenu(el);
      await press(el, q(el, '[data-action="import-session"]'), 'Enter');
      expect(chooser).to.equal('session-import');
    } finally {
      window.print = print;
      HTMLInputElement.prototype.click = inputClick;
      window.dispatchEvent(new Event('afterprint'));
    }
  });

  it('says so when a Word document cannot be made here, in the status line', async () => {
    const el = await summary();
    if ((el as unknown as { planToDocx?: unknown }).planToDocx) return;
    await openMenu(el);
    await press(el, q(el, '[data-action="download-plan-docx"]'), 'Enter');
    expect(status(el)).to.contain('Word-document');
  });
});

describe('the session file to continue later', () => {
  it('saves the whole session and opens it again in an empty fan, equal', async () => {
    const source = await summary(V2_STATE);
    const { name, text } = await saveSession(source);
    expect(name).to.equal('ken-je-kracht-gesprek.json');
    expect(status(source)).to.contain('opgeslagen als bestand');
    const data = JSON.parse(text);
    expect(data.format).to.equal('ken-je-kracht/session');
    expect(data.version).to.equal(STATE_VERSION);
    const target = await summary();
    await openFile(target, jsonFile(text));
    expect(q(target, '.import-choice'), 'nothing to lose: no question').to.equal(null);
    expect(status(target)).to.contain('geopend');
    expect(withoutStep(target.state)).to.equal(withoutStep(source.state));
    expect(target.state!.plan.step, 'stays at the gespreksplan, which shows what the file holds').to.equal(8);
    expect(q(target, '.plan')!.textContent).to.contain('Bel de school');
    expect(focused(target)).to.equal(q(target, '[data-action="undo-session-import"]'));
  });

  it('asks before replacing a session with content: "Annuleer" keeps it, "Vervang" replaces it, "Ongedaan maken" brings it back', async () => {
    const el = await summary();
    el.state = { ...el.state!, plan: { ...el.state!.plan, actions: ['Eigen actie'] } };
    await el.updateComplete;
    const before = JSON.stringify(el.state);
    await openFile(el, jsonFile(v2File()));
    const choice = q(el, '.import-choice[role="group"]');
    expect(choice, 'a choice first').to.exist;
    expect(choice!.textContent).to.contain('Vervang dit gesprek').and.to.contain('Annuleer');
    expect(JSON.stringify(el.state)).to.equal(before);
    expect(focused(el)).to.equal(q(el, '[data-action="session-import-replace"]'));
    await expect(el).to.be.accessible();
    await press(el, q(el, '[data-action="session-import-cancel"]'), 'Enter');
    expect(q(el, '.import-choice')).to.equal(null);
    expect(status(el)).to.contain('niet geopend').and.to.contain('niets veranderd');
    expect(JSON.stringify(el.state)).to.equal(before);
    expect(focused(el)).to.equal(toggle(el));

    await openFile(el, jsonFile(v2File()));
    await press(el, q(el, '[data-action="session-import-replace"]'), 'Enter');
    expect(el.state!.plan.actions).to.deep.equal(['Bel de school']);
    expect(status(el)).to.contain('geopend');
    expect(focused(el)).to.equal(q(el, '[data-action="undo-session-import"]'));
    await expect(el).to.be.accessible();
    await press(el, q(el, '[data-action="undo-session-import"]'), 'Enter');
    expect(JSON.stringify(el.state)).to.equal(before);
    expect(status(el)).to.contain('ongedaan');
    expect(q(el, '[data-action="undo-session-import"]')).to.equal(null);
    expect(focused(el)).to.equal(toggle(el));
  });

  it('moves on to another step while focus is on "Ongedaan maken" (this once hung the page)', async () => {
    const el = await summary();
    await openFile(el, jsonFile(v2File()));
    expect(focused(el)).to.equal(q(el, '[data-action="undo-session-import"]'));
    await press(el, q(el, '.step-nav .button.quiet'), 'Enter');
    await until(() => el.state!.plan.step === 7, 40);
    expect(q(el, '.progress-text')!.textContent).to.contain('Stap 7');
    // And by a step's own button in the progress bar, with the mouse.
    el.goToStep(8);
    await el.updateComplete;
    await openFile(el, jsonFile(v2File()));
    await press(el, q(el, '[data-action="session-import-replace"]'), 'Enter');
    q(el, '[data-action="undo-session-import"]')?.focus();
    q(el, '.progress li:nth-child(2) .dot')!.click();
    await until(() => el.state!.plan.step === 2, 40);
    el.goToStep(8);
    await el.updateComplete;
    expect(q(el, '.plan')!.textContent).to.contain('Bel de school');
  });

  it('offers "Ongedaan maken" only until the next change, which undo would lose', async () => {
    const el = await summary();
    await openFile(el, jsonFile(v2File()));
    expect(q(el, '[data-action="undo-session-import"]')).to.exist;
    el.state = { ...el.state!, plan: { ...el.state!.plan, actions: ['Nieuwe actie'] } };
    await el.updateComplete;
    expect(q(el, '[data-action="undo-session-import"]')).to.equal(null);
  });

  it('opens a file as a version-2 release wrote it: vraagstuk, participants, plan and notes all come back', async () => {
    const el = await summary();
    await openFile(el, jsonFile(v2File()));
    expect(status(el)).to.contain('geopend');
    expect(el.state!.version).to.equal(STATE_VERSION);
    expect(sessionTopic(el.state)).to.equal('Wie helpt mee?');
    expect(sessionPeople(el.state).map((p) => p.name)).to.deep.equal(['Anna', 'Bram']);
    expect(el.state!.plan.partners.own).to.deep.equal(['De buurvrouw']);
    const plan = q(el, '.plan')!.textContent!;
    expect(plan).to.contain('Bel de school').and.to.contain('De buurvrouw').and.to.contain('Samen sterker');
    expect(JSON.stringify(el.state)).to.contain('Omdat het kan').and.to.contain('Regie bij de ouders');
  });

  const bad: Array<[string, () => File, string]> = [
    ['not JSON', () => jsonFile('{"format": '), 'kan niet worden gelezen'],
    ['not ours', () => jsonFile(JSON.stringify({ hello: 'world' })), 'geen gesprek van deze gesprekswaaier'],
    ['one worksheet', () => jsonFile(JSON.stringify({ format: 'ken-je-kracht/worksheet', version: 2, kind: 'octagon', worksheet: {} })), 'één werkblad'],
    ['from a future version', () => jsonFile(JSON.stringify({ format: 'ken-je-kracht/session', version: STATE_VERSION + 1, state: {} })), 'nieuwere versie'],
    ['with a future state inside', () => jsonFile(JSON.stringify({ format: 'ken-je-kracht/session', version: 2, state: { ...V2_STATE, version: 99 } })), 'nieuwere versie'],
    ['invalid', () => jsonFile(JSON.stringify({ format: 'ken-je-kracht/session', version: 2, state: { ...V2_STATE, plan: { ...V2_STATE.plan, step: 'x' } } })), 'beschadigd'],
    ['too large', () => jsonFile(' '.repeat(MAX_IMPORT_BYTES + 1)), 'te groot'],
  ];
  for (const [name, make, message] of bad) {
    it(`refuses a file that is ${name}, says why in the status line and changes nothing`, async () => {
      const el = await summary();
      el.state = { ...el.state!, plan: { ...el.state!.plan, actions: ['Blijft staan'] } };
      await el.updateComplete;
      const before = JSON.stringify(el.state);
      await openFile(el, make());
      expect(status(el)).to.contain(message).and.to.contain('niets veranderd');
      expect(q(el, '.import-choice')).to.equal(null);
      expect(JSON.stringify(el.state)).to.equal(before);
      expect(q(el, '.plan-status')!.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
    });
  }

  it('speaks English with lang="en"', async () => {
    const el = await fixture<KjkFan>(html`<kjk-fan lang="en" mode="steps" persist="none"></kjk-fan>`);
    el.goToStep(8);
    await el.updateComplete;
    expect(toggle(el).textContent!.trim()).to.equal('Save and share');
    expect(q(el, '[data-action="download-session"]')!.textContent!.trim()).to.equal('File to continue later');
    await openFile(el, jsonFile('nope'));
    expect(status(el)).to.contain('cannot be read');
  });
});
