/**
 * The behaviour every work format shares, tested once and run by each of them:
 * keyboard-only filling by three participants, reload, export → import, bad imports,
 * user text as text, print, and axe in every state.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { narrow, sendKeys } from './commands.js';
import { worksheetParts, type WorksheetElement } from '../src/internal/worksheet/worksheet-element.js';
import type { WorksheetState } from '../src/internal/session/state.js';
import '../src/index.js';
import { chooseFile, until } from './dom-helpers.js';
import { sheetView } from '../src/internal/session/sheets.js';
import { accessibleName, describeElement, expectFocusOn, focusProblem, walkControls } from './focus-walker.js';
import { applyTextSpacing, clippedText, expectSpacingApplied, removeTextSpacing } from './text-spacing.js';

export interface SuiteOptions {
  tag: string;
  kind: string;
  title: string;
  /** Zone ids in the order the card walks them. */
  zones: string[];
  /** The sheet has a central issue field (the word cloud has not). */
  topic?: boolean;
  /** Notes are chips, removed but not edited in place or reordered (the word cloud's words). */
  chips?: boolean;
}

let counter = 0;
const newKey = () => `ws-${Date.now()}-${counter++}`;

export async function mount(tag: string, attrs: { key?: string; persist?: string; topic?: string } = {}): Promise<WorksheetElement> {
  const el = await fixture<WorksheetElement>(staticHtml`<${unsafeStatic(tag)}
    storage-key=${attrs.key ?? newKey()}
    persist=${attrs.persist ?? 'session'}
    topic=${attrs.topic ?? ''}
  ></${unsafeStatic(tag)}>`);
  await el.updateComplete;
  return el;
}

export const q = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const qa = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** A keyboard user: focus (as Tab would) and press or type. */
export async function press(el: WorksheetElement, target: Element | null, key: string): Promise<void> {
  (target as HTMLElement | null)?.focus();
  await sendKeys({ press: key });
  await el.updateComplete;
}

export async function typeNote(el: WorksheetElement, zone: string, text: string): Promise<void> {
  q<HTMLTextAreaElement>(el, `#add-${zone}`)!.focus();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

const notesOf = (el: WorksheetElement, zone: string) =>
  qa<HTMLTextAreaElement>(el, `.zone[data-zone="${zone}"] :is(.slip, .chip-word)`).map((t) => t.value ?? t.textContent);

async function importFile(el: WorksheetElement, text: string): Promise<void> {
  const was = q(el, '.status')!.textContent;
  chooseFile(q<HTMLInputElement>(el, '#import')!, new File([text], 'werkblad.json', { type: 'application/json' }));
  await until(() => q(el, '.status')!.textContent !== was || q(el, '.import-choice'), 40);
  await el.updateComplete;
}

/** Opens "Bewaren en delen" (as a user would, before choosing in it) and returns the item. */
export async function menuItem(el: WorksheetElement, action: string): Promise<HTMLButtonElement> {
  const toggle = q<HTMLButtonElement>(el, '[data-action="share-menu"]')!;
  if (toggle.getAttribute('aria-expanded') !== 'true') {
    toggle.click();
    await el.updateComplete;
  }
  const item = q<HTMLButtonElement>(el, `.share-panel [data-action="${action}"]`)!;
  expect(item, action).to.exist;
  expect(item.checkVisibility(), `${action} visible once the menu is open`).to.equal(true);
  return item;
}

/** Empties the status line, so the next message is seen to be said again. */
async function clearStatus(el: WorksheetElement): Promise<void> {
  (el as unknown as { status: string }).status = '';
  await el.updateComplete;
}
const statusText = (el: WorksheetElement) => q(el, '.status')!.textContent!.trim();
const focused = (el: WorksheetElement) => el.shadowRoot!.activeElement as HTMLElement | null;

export function runWorksheetSuite({ tag, kind, title, zones, topic = true, chips = false }: SuiteOptions): void {
  // Chips are not edited in place nor moved: the word cloud tests their removal itself.
  const slipsOnly = chips ? it.skip : it;
  // Formats with fewer zones reuse their last one where the suite walks further.
  const zone = (i: number) => zones[Math.min(i, zones.length - 1)];
  describe(`<${tag}> as a worksheet`, () => {
    afterEach(() => {
      sessionStorage.clear();
      localStorage.clear();
    });

    it('shows its card, its zones in the card\'s order and a preset central issue, accessibly', async () => {
      const el = await mount(tag, { topic: 'Regie voeren' });
      expect(q(el, '#ws-title')!.textContent).to.equal(title);
      expect(qa(el, '.zone[data-zone]').map((z) => z.dataset.zone)).to.deep.equal(zones);
      if (topic) expect(q<HTMLInputElement>(el, '#topic')!.value).to.equal('Regie voeren');
      else expect(q(el, '#topic')).to.equal(null);
      expect(q(el, '.participant-tabs')).to.equal(null);
      expect(q(el, '.instructions summary')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('writes the privacy tip once for the whole element, not per zone, also with three participants and notes', async () => {
      const el = await mount(tag);
      const tips = () => qa(el, '*').filter((e) => [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('schrijf geen namen')));
      expect(tips(), 'empty').to.have.length(1);
      for (const z of zones) await typeNote(el, z, `iets bij ${z}`);
      for (let i = 0; i < 2; i++) await press(el, q(el, '[data-action="add-participant"]'), 'Enter');
      expect(tips(), 'three participants, notes in every zone').to.have.length(1);
      // Once, above the zones: not inside any of them.
      expect(tips()[0].closest('.zone')).to.equal(null);
    });

    it('offers "Alles wissen" only when there is something to wipe; after wiping, focus stays on the privacy line', async () => {
      const key = newKey();
      const el = await mount(tag, { key });
      expect(q(el, '.session')).to.exist;
      expect(q(el, '[data-action="clear"]'), 'empty sheet').to.equal(null);
      await typeNote(el, zone(0), 'iets om te wissen');
      await press(el, q(el, '[data-action="clear"]'), 'Enter');
      await press(el, q(el, '.confirm .danger'), 'Enter');
      expect(notesOf(el, zone(0))).to.deep.equal([]);
      expect(q(el, '[data-action="clear"]'), 'wiped').to.equal(null);
      expectFocusOn(q(el, '.session .privacy'));
      await expect(el).to.be.accessible();
    });

    it(`numbers its zones only where there are several${zones.length === 1 ? ' (here one: no number)' : ''}`, async () => {
      const el = await mount(tag);
      const numbers = qa(el, '.zone .zone-number').map((n) => n.textContent!.trim());
      expect(numbers).to.deep.equal(zones.length > 1 ? zones.map((_, i) => String(i + 1)) : []);
      expect(q(el, `#zone-${zones[0]}`)!.textContent!.trim()).to.match(zones.length > 1 ? /^1/ : /^\D/);
    });

    it('is filled in by three participants with the keyboard alone, and survives a reload (session and local)', async function () {
      // Real typing, key by key, for 24 notes: give it time on a busy 2-core machine.
      this.timeout(90000);
      for (const persist of ['session', 'local']) {
        const key = newKey();
        const el = await mount(tag, { key, persist });
        if (topic) {
          q<HTMLInputElement>(el, '#topic')!.focus();
          await sendKeys({ type: 'Samenwerken' });
        }
        for (const [i, name] of ['Sanne', '', 'Ahmed'].entries()) {
          // (each writes one note per zone)
          if (i > 0) await press(el, q(el, '[data-action="add-participant"]'), 'Enter');
          // One learner alone never sees a name field; with others, the new one is named at once.
          if (i > 0 && name) {
            expect(el.shadowRoot!.activeElement).to.equal(q(el, '#participant-name'));
            await sendKeys({ type: name });
          }
          for (const zone of zones) await typeNote(el, zone, `${name || 'anoniem'} ${zone}`);
          await expect(el).to.be.accessible();
        }
        await press(el, qa(el, '.participant-tabs .chip')[0], 'Enter');
        q<HTMLInputElement>(el, '#participant-name')!.focus();
        await sendKeys({ type: 'Sanne' });
        await el.updateComplete;
        expect(qa(el, '.participant-tabs .chip').map((c) => c.textContent!.trim())).to.deep.equal(['Sanne', 'Deelnemer 2', 'Ahmed']);
        await press(el, qa(el, '.participant-tabs .chip')[0], 'Enter');
        expect(notesOf(el, zones[0])).to.deep.equal([`Sanne ${zones[0]}`]);
        const last = zones.length - 1;
        el.remove();
        const again = await mount(tag, { key, persist });
        if (topic) expect(q<HTMLInputElement>(again, '#topic')!.value, persist).to.equal('Samenwerken');
        expect(qa(again, '.participant-tabs .chip')).to.have.length(3);
        expect(notesOf(again, zone(1)), persist).to.deep.equal([`Sanne ${zone(1)}`]);
        await press(again, qa(again, '.participant-tabs .chip')[2], 'Enter');
        expect(notesOf(again, zones[last]), persist).to.deep.equal([`Ahmed ${zones[last]}`]);
      }
    });

    slipsOnly('edits, reorders and removes notes by keyboard, keeping focus in place', async () => {
      const el = await mount(tag);
      const zone = zones[0];
      for (const text of ['een', 'twee', 'drie']) await typeNote(el, zone, text);
      expect(notesOf(el, zone)).to.deep.equal(['een', 'twee', 'drie']);
      const first = qa<HTMLTextAreaElement>(el, `.zone[data-zone="${zone}"] .slip`)[0];
      first.focus();
      await sendKeys({ press: 'End' });
      await sendKeys({ type: '!' });
      await el.updateComplete;
      expect(notesOf(el, zone)[0]).to.equal('een!');
      first.focus();
      await sendKeys({ down: 'Alt' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ up: 'Alt' });
      await el.updateComplete;
      expect(notesOf(el, zone)).to.deep.equal(['twee', 'een!', 'drie']);
      expect(el.shadowRoot!.activeElement).to.equal(qa(el, `.zone[data-zone="${zone}"] .slip`)[1]);
      await press(el, qa(el, `.zone[data-zone="${zone}"] [data-action="up"]`)[2], 'Enter');
      expect(notesOf(el, zone)).to.deep.equal(['twee', 'drie', 'een!']);
      await press(el, qa(el, `.zone[data-zone="${zone}"] [data-action="remove"]`)[0], 'Enter');
      expect(notesOf(el, zone)).to.deep.equal(['drie', 'een!']);
      expect(el.shadowRoot!.activeElement).to.equal(qa(el, `.zone[data-zone="${zone}"] .slip`)[0]);
      await expect(el).to.be.accessible();
    });

    it('removes a participant only after confirmation', async () => {
      const el = await mount(tag);
      await press(el, q(el, '[data-action="add-participant"]'), 'Enter');
      await typeNote(el, zones[0], 'weg ermee');
      await press(el, q(el, '[data-action="remove-participant"]'), 'Enter');
      expect(q(el, '.confirm')!.textContent).to.contain('Deelnemer 2');
      await expect(el).to.be.accessible();
      await press(el, q(el, '.confirm .danger'), 'Enter');
      expect(el.worksheet.participants).to.have.length(1);
      expect(el.shadowRoot!.activeElement).to.equal(q(el, '[data-action="add-participant"]'));
    });

    it('removing a participant: focus goes to the question, "Nee, terug" back to the button', async () => {
      const el = await mount(tag);
      await press(el, q(el, '[data-action="add-participant"]'), 'Enter');
      await press(el, q(el, '[data-action="remove-participant"]'), 'Enter');
      const question = q(el, '[data-confirm="remove-participant"]')!;
      expectFocusOn(question);
      expect(question.getAttribute('role')).to.equal('group');
      expect(focusProblem()).to.equal(undefined);
      await press(el, q(el, '.confirm .button.quiet'), 'Enter');
      expectFocusOn(q(el, '[data-action="remove-participant"]'));
    });

    it('"Terug naar invullen" lands on "Deel jullie bevindingen"', async () => {
      const el = await mount(tag);
      await press(el, q(el, '[data-action="add-participant"]'), 'Enter');
      await press(el, q(el, '[data-action="share"]'), 'Enter');
      await press(el, q(el, '[data-action="back-to-fill"]'), 'Enter');
      expectFocusOn(q(el, '[data-action="share"]'));
      expect(focusProblem()).to.equal(undefined);
    });

    /** Two participants, a note by the second: every kind of button is there. */
    async function filledByTwo(): Promise<WorksheetElement> {
      const el = await mount(tag);
      q(el, '[data-action="add-participant"]')!.click();
      await el.updateComplete;
      await typeNote(el, zones[0], 'woord');
      return el;
    }
    // Print opens the browser's dialog, import its file chooser: those leave the page.
    const skipDialogs = (b: HTMLElement) => (b.matches('[data-action="print"], [data-action="import"], [data-action="add-picture"]') ? 'opens a browser dialog' : false);

    it('keeps focus on something meaningful after every button, filling in (keyboard walker)', async function () {
      this.timeout(240000);
      await walkControls({ setup: filledByTwo, skip: skipDialogs, keys: ['Enter'] });
    });

    it('keeps focus on something meaningful after every button, in the shared view (keyboard walker)', async function () {
      this.timeout(240000);
      await walkControls({
        setup: async () => {
          const el = await filledByTwo();
          q(el, '[data-action="share"]')!.click();
          await el.updateComplete;
          return el;
        },
        skip: skipDialogs,
        keys: ['Space'],
      });
    });

    it('"Deel je bevindingen" shows every sheet side by side, or every note per zone', async () => {
      const el = await mount(tag);
      await typeNote(el, zones[0], 'eerste');
      await press(el, q(el, '[data-action="add-participant"]'), 'Enter');
      q<HTMLInputElement>(el, '#participant-name')!.focus();
      await sendKeys({ type: 'Kim' });
      await typeNote(el, zones[0], 'tweede');
      await press(el, q(el, '[data-action="share"]'), 'Enter');
      const sheets = qa(el, '.shared-sheet');
      expect(sheets.map((s) => s.querySelector('h3')!.textContent)).to.deep.equal(['Deelnemer 1', 'Kim']);
      expect(sheets[1].textContent).to.contain('tweede');
      await expect(el).to.be.accessible();
      await press(el, qa(el, '.share-mode .chip')[1], 'Enter');
      const merged = q(el, '.merged')!.textContent!.replace(/\s+/g, ' ');
      expect(merged).to.contain('Deelnemer 1: eerste').and.to.contain('Kim: tweede');
      await expect(el).to.be.accessible();
    });

    it('exports to JSON and imports it back, equal', async () => {
      const el = await mount(tag, { topic: 'Vraag' });
      await typeNote(el, zones[0], 'a');
      await press(el, q(el, '[data-action="add-participant"]'), 'Enter');
      await typeNote(el, zone(2), 'b <i>c</i>');
      const exported = el.toJson();
      const before = structuredClone(el.worksheet);
      const other = await mount(tag);
      await importFile(other, exported);
      expect(q(other, '.status')!.textContent).to.contain('geopend');
      expect(other.worksheet).to.deep.equal(before);
      expect(other.toJson()).to.equal(exported);
    });

    /** A sheet with a note, and a file from another sheet with another note. */
    async function sheetAndFile(key?: string): Promise<{ el: WorksheetElement; before: WorksheetState; file: string; incoming: WorksheetState }> {
      const source = await mount(tag);
      await typeNote(source, zone(1), 'uit het bestand');
      const file = source.toJson();
      const incoming = structuredClone(source.worksheet) as WorksheetState;
      source.remove();
      const el = await mount(tag, { key });
      await typeNote(el, zones[0], 'mijn eigen notitie');
      return { el, before: structuredClone(el.worksheet) as WorksheetState, file, incoming };
    }

    it('asks before an import replaces a sheet with notes; "Annuleer" keeps everything', async () => {
      const { el, before, file } = await sheetAndFile();
      await importFile(el, file);
      const choice = q(el, '.import-choice[role="group"]');
      expect(choice, 'a choice, not a replaced sheet').to.exist;
      expect(el.worksheet).to.deep.equal(before);
      expect(choice!.textContent).to.contain('Vervang het werkblad').and.to.contain('Voeg toe als deelnemers').and.to.contain('Annuleer');
      expect(focused(el)).to.equal(q(el, '[data-action="import-replace"]'));
      await expect(el).to.be.accessible();
      await press(el, q(el, '[data-action="import-cancel"]'), 'Enter');
      expect(q(el, '.import-choice')).to.equal(null);
      expect(statusText(el)).to.contain('niet geopend').and.to.contain('niets veranderd');
      expect(el.worksheet).to.deep.equal(before);
      expect(focused(el)).to.equal(q(el, '[data-action="share-menu"]'));
    });

    it('an import replaces the sheet after "Vervang het werkblad", and "Ongedaan maken" brings it back, also after a reload', async () => {
      const key = newKey();
      const { el, before, incoming } = await sheetAndFile(key).then(async (r) => {
        await importFile(r.el, r.file);
        return r;
      });
      expect(el.worksheet, 'nothing replaced before the choice').to.deep.equal(before);
      await press(el, q(el, '[data-action="import-replace"]'), 'Enter');
      expect(el.worksheet).to.deep.equal(incoming);
      expect(statusText(el)).to.contain('geopend');
      expect(focused(el), 'focus on the undo button').to.equal(q(el, '[data-action="undo-import"]'));
      await expect(el).to.be.accessible();
      await press(el, q(el, '[data-action="undo-import"]'), 'Enter');
      expect(el.worksheet).to.deep.equal(before);
      expect(statusText(el)).to.contain('ongedaan');
      expect(q(el, '[data-action="undo-import"]')).to.equal(null);
      expect(focused(el)).to.equal(q(el, '[data-action="share-menu"]'));
      el.remove();
      const again = await mount(tag, { key });
      expect(again.worksheet).to.deep.equal(before);
    });

    it('adds the imported participants with fresh ids, undoes that, and says so when they do not fit', async () => {
      const el = await mount(tag);
      await typeNote(el, zones[0], 'van mij');
      const before = structuredClone(el.worksheet) as WorksheetState;
      // Its own export: every id collides.
      await importFile(el, el.toJson());
      await press(el, q(el, '[data-action="import-append"]'), 'Enter');
      const ws = el.worksheet;
      expect(ws.participants).to.have.length(2);
      expect(new Set(ws.participants.map((p) => p.id)).size).to.equal(2);
      expect(ws.participants[1].notes[zones[0]][0].text).to.equal('van mij');
      expect(ws.active).to.equal(ws.participants[1].id);
      expect(statusText(el)).to.contain('toegevoegd');
      await expect(el).to.be.accessible();
      await press(el, q(el, '[data-action="undo-import"]'), 'Enter');
      expect(el.worksheet).to.deep.equal(before);

      const crowd = JSON.parse(el.toJson());
      crowd.worksheet.participants = Array.from({ length: 30 }, (_, i) => ({ id: `p-${i}`, name: '', notes: {}, figures: [] }));
      crowd.worksheet.active = 'p-0';
      await importFile(el, JSON.stringify(crowd));
      await press(el, q(el, '[data-action="import-append"]'), 'Enter');
      expect(statusText(el)).to.contain('hooguit 30').and.to.contain('niets veranderd');
      expect(el.worksheet).to.deep.equal(before);
      expect(focused(el)).to.equal(q(el, '[data-action="share-menu"]'));
    });

    it('imports straight away into a sheet that has nothing to lose', async () => {
      const { file, incoming } = await sheetAndFile();
      const empty = await mount(tag, { topic: 'Voorgezet' });
      await importFile(empty, file);
      expect(q(empty, '.import-choice')).to.equal(null);
      expect(empty.worksheet).to.deep.equal(incoming);
    });

    const bad: Array<[string, (good: Record<string, any>) => string, string]> = [
      ['not JSON', () => '{"format": ', 'kan niet worden gelezen'],
      ['another kind of file', () => JSON.stringify({ hello: 'world' }), 'geen werkblad'],
      ['another work format', (g) => JSON.stringify({ ...g, kind: kind === 'octagon' ? 'circle-quadrant' : 'octagon' }), 'andere werkvorm'],
      ['a newer version', (g) => JSON.stringify({ ...g, version: 99 }), 'nieuwere versie'],
      ['no participants', (g) => JSON.stringify({ ...g, worksheet: { ...g.worksheet, participants: [] } }), 'beschadigd'],
      ['a tampered note', (g) => {
        g.worksheet.participants[0].notes[zones[0]] = [{ id: 'x', text: 42 }];
        return JSON.stringify(g);
      }, 'beschadigd'],
      ['an unknown active participant', (g) => JSON.stringify({ ...g, worksheet: { ...g.worksheet, active: 'nobody' } }), 'beschadigd'],
      ['a kind that cannot be turned into text', (g) => JSON.stringify({ ...g, kind: { toString: 1 } }), 'andere werkvorm'],
    ];
    for (const [name, make, message] of bad) {
      it(`refuses an import with ${name}, says why and changes nothing`, async () => {
        const el = await mount(tag);
        await typeNote(el, zone(1), 'blijft staan');
        const before = structuredClone(el.worksheet) as WorksheetState;
        await importFile(el, make(JSON.parse(el.toJson())));
        expect(q(el, '.status')!.textContent).to.contain(message).and.to.contain('niets veranderd');
        expect(el.worksheet).to.deep.equal(before);
        await expect(el).to.be.accessible();
      });
    }

    it('shows HTML and script in notes, names and the central issue as text', async () => {
      const el = await mount(tag, { topic: '<b>vet</b>' });
      await typeNote(el, zones[0], '<img src=x onerror="window.__pwned=1">');
      await press(el, q(el, '[data-action="add-participant"]'), 'Enter');
      q<HTMLInputElement>(el, '#participant-name')!.focus();
      await sendKeys({ type: '<script>window.__pwned=1</script>' });
      await press(el, q(el, '[data-action="share"]'), 'Enter');
      expect(q(el, 'img, b, script')).to.equal(null);
      expect(q(el, '.shared-sheet')!.textContent).to.contain('<img src=x');
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(el.toMarkdown()).to.contain('\\<img src=x');
      if (topic) expect(el.toMarkdown()).to.contain('\\<b\\>vet');
      expect(el.toMarkdown(), 'every < escaped').not.to.match(/(^|[^\\])</);
    });

    describe('parts loaded on first use', () => {
      type Part = keyof typeof worksheetParts;
      const loaders = { ...worksheetParts };
      const parts = Object.keys(loaders) as Part[];
      afterEach(() => Object.assign(worksheetParts, loaders));

      it('loads the shared view and "Bewaren en delen" only when first used, and the print layout while idle', async () => {
        const calls: Record<Part, number> = { share: 0, print: 0, tools: 0 };
        for (const part of parts) worksheetParts[part] = (() => (calls[part]++, loaders[part]())) as never;
        const el = await mount(tag);
        await typeNote(el, zones[0], 'eerst');
        await press(el, q(el, '[data-action="add-participant"]'), 'Enter');
        // Ctrl+P needs the print layout at once, so it comes while the page is idle.
        await until(() => calls.print > 0);
        await el.updateComplete;
        expect(calls, 'before anything is used').to.deep.equal({ share: 0, print: 1, tools: 0 });
        expect(qa(el, '.share-panel button'), 'no menu yet').to.have.length(0);
        expect(q(el, '[data-action="share-menu"]')!.getAttribute('aria-expanded'), 'its button is there').to.equal('false');
        q<HTMLButtonElement>(el, '[data-action="share"]')!.click();
        await el.updateComplete;
        expect(calls.share).to.equal(1);
        expect(qa(el, '.shared-sheet')).to.have.length(2);
        await menuItem(el, 'copy');
        expect(calls.tools).to.equal(1);
        expect(calls.print, 'loaded once').to.equal(1);
      });

      it('read-only, loads the shared view at once and shows it; offline, says so instead', async () => {
        const readonly = () => fixture<WorksheetElement>(staticHtml`<${unsafeStatic(tag)} readonly persist="none"></${unsafeStatic(tag)}>`);
        const el = await readonly();
        await el.updateComplete;
        expect(q(el, '.share .side-by-side')).to.exist;
        worksheetParts.share = (() => Promise.reject(new TypeError('Failed to fetch dynamically imported module'))) as never;
        const offline = await readonly();
        await offline.updateComplete;
        expect(q(offline, '.share')).to.equal(null);
        expect(q(offline, '.ws-main')!.textContent).to.contain('kon niet laden');
      });

      it('says so calmly when a part cannot load (offline), keeps every note, and loads it on the next try', async () => {
        for (const part of parts) worksheetParts[part] = (() => Promise.reject(new TypeError('Failed to fetch dynamically imported module'))) as never;
        const el = await mount(tag);
        await typeNote(el, zones[0], 'blijft staan');
        await press(el, q(el, '[data-action="add-participant"]'), 'Enter');
        // Half typed, not yet added: still there after every failed load.
        q<HTMLTextAreaElement>(el, `#add-${zones[0]}`)!.focus();
        await sendKeys({ type: 'half' });
        const offline = () => {
          expect(statusText(el)).to.contain('kon niet laden');
          expect(q(el, '.status')!.classList.contains('error')).to.equal(true);
          expect(q<HTMLTextAreaElement>(el, `#add-${zones[0]}`)!.value, 'what was being typed').to.equal('half');
          expect(el.toText()).to.contain('blijft staan');
        };
        q<HTMLButtonElement>(el, '[data-action="share"]')!.click();
        await el.updateComplete;
        offline();
        expect(q(el, '.share'), 'the fill view stays').to.equal(null);
        expect(q(el, '[data-action="share"]')!.getAttribute('aria-pressed')).to.equal('false');
        await clearStatus(el);
        q<HTMLButtonElement>(el, '[data-action="share-menu"]')!.click();
        await el.updateComplete;
        offline();
        expect(q(el, '[data-action="share-menu"]')!.getAttribute('aria-expanded')).to.equal('false');
        expect(qa(el, '.share-panel button')).to.have.length(0);
        await clearStatus(el);
        const original = window.print;
        let printed = 0;
        window.print = () => void printed++;
        try {
          el.print('filled');
          await el.updateComplete;
          offline();
          expect(printed, 'nothing half printed').to.equal(0);
        } finally {
          window.print = original;
        }
        // Back online: the same buttons load them.
        Object.assign(worksheetParts, loaders);
        q<HTMLButtonElement>(el, '[data-action="share"]')!.click();
        await el.updateComplete;
        expect(qa(el, '.shared-sheet')).to.have.length(2);
        await menuItem(el, 'copy');
      });
    });

    it('prints a blank sheet and every participant\'s filled sheet', async () => {
      const el = await mount(tag);
      await typeNote(el, zones[0], 'op papier');
      await press(el, q(el, '[data-action="add-participant"]'), 'Enter');
      const original = window.print;
      let printed = 0;
      window.print = () => void printed++;
      try {
        (await menuItem(el, 'print-blank')).click();
        expect(printed).to.equal(1);
        expect(qa(el, '.print-page')).to.have.length(1);
        expect(q(el, '.print-page .slips')).to.equal(null);
        window.dispatchEvent(new Event('afterprint'));
        await el.updateComplete;
        (await menuItem(el, 'print-filled')).click();
        expect(qa(el, '.print-page')).to.have.length(2);
        expect(q(el, '.print-page')!.textContent).to.contain('op papier');
      } finally {
        window.print = original;
        window.dispatchEvent(new Event('afterprint'));
      }
    });

    it('copies as text and saves a text file, the file to continue later and (when available) a Word document', async () => {
      const el = await mount(tag, { topic: 'Thema' });
      await typeNote(el, zone(3), 'laatste zone');
      expect(el.toText()).to.contain('- laatste zone');
      if (topic) expect(el.toText()).to.contain('Thema');
      expect(el.toMarkdown()).to.match(/^# /);
      const names: string[] = [];
      const blobs: Blob[] = [];
      const click = HTMLAnchorElement.prototype.click;
      const createObjectURL = URL.createObjectURL;
      HTMLAnchorElement.prototype.click = function () {
        names.push(this.download);
      };
      URL.createObjectURL = (b: Blob) => (blobs.push(b), 'blob:test');
      try {
        (await menuItem(el, 'download-text')).click();
        (await menuItem(el, 'download-json')).click();
        (await menuItem(el, 'download-docx')).click();
        await until(() => names.length === 3 || q(el, '.status.error'), 40);
      } finally {
        HTMLAnchorElement.prototype.click = click;
        URL.createObjectURL = createObjectURL;
      }
      expect(await blobs[0].text()).to.equal(el.toText());
      expect(await blobs[1].text()).to.equal(el.toJson());
      if ('toDocx' in el) expect(names).to.deep.equal([`werkblad-${kind}.txt`, `werkblad-${kind}.json`, `werkblad-${kind}.docx`]);
      else {
        expect(names).to.deep.equal([`werkblad-${kind}.txt`, `werkblad-${kind}.json`]);
        expect(statusText(el)).to.contain('Word-document');
      }
    });

    it('"Bewaren en delen" by keyboard: Enter opens, Tab walks the items, Escape closes and returns focus; axe open and closed', async () => {
      const el = await mount(tag);
      await typeNote(el, zones[0], 'te delen');
      const toggle = q<HTMLButtonElement>(el, '[data-action="share-menu"]')!;
      const panel = q(el, `#${toggle.getAttribute('aria-controls')}`)!;
      expect(toggle.textContent).to.contain('Bewaren en delen');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(panel.checkVisibility()).to.equal(false);
      await expect(el).to.be.accessible();
      await press(el, toggle, 'Enter');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(panel.checkVisibility()).to.equal(true);
      expect(focused(el), 'focus stays on the toggle').to.equal(toggle);
      await expect(el).to.be.accessible();
      const walked: string[] = [];
      for (let i = 0; i < 7; i++) {
        await sendKeys({ press: 'Tab' });
        walked.push(focused(el)?.dataset.action ?? '');
      }
      expect(walked).to.deep.equal(['print-filled', 'print-blank', 'copy', 'download-docx', 'download-text', 'download-json', 'import']);
      const labels = qa(el, '.share-panel button').map((b) => b.textContent!.trim());
      expect(labels).to.deep.equal([
        'Ingevuld werkblad', 'Leeg werkblad', 'Kopiëren', 'Word-document (.docx)', 'Tekstbestand (.txt)', 'Bestand om later verder te gaan', 'Verder met een bestand',
      ]);
      expect(panel.textContent).to.contain('Afdrukken').and.to.contain('Opslaan als bestand');
      expect(panel.textContent).not.to.match(/markdown|json/i);
      for (const button of qa(el, '.share-panel button, [data-action="share-menu"]')) {
        const box = button.getBoundingClientRect();
        expect(box.height, button.textContent!).to.be.at.least(44);
        expect(box.width, button.textContent!).to.be.at.least(44);
      }
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(panel.checkVisibility()).to.equal(false);
      expect(focused(el), 'Escape returns focus to the toggle').to.equal(toggle);

      // Every item does what it says: copy by keyboard, then the import item opens the file chooser.
      const original = navigator.clipboard.writeText;
      let copied = '';
      navigator.clipboard.writeText = async (text: string) => void (copied = text);
      const inputClick = HTMLInputElement.prototype.click;
      let chooser = '';
      HTMLInputElement.prototype.click = function () {
        chooser = this.id;
      };
      try {
        await press(el, toggle, 'Enter');
        await press(el, await menuItem(el, 'copy'), 'Enter');
        await until(() => copied, 40);
        expect(copied).to.equal(el.toText());
        expect(statusText(el)).to.contain('gekopieerd');
        expect(focused(el), 'back on the toggle after choosing').to.equal(toggle);
        await press(el, toggle, 'Enter');
        await press(el, await menuItem(el, 'import'), 'Enter');
        expect(chooser).to.equal('import');
      } finally {
        navigator.clipboard.writeText = original;
        HTMLInputElement.prototype.click = inputClick;
      }
    });

    it('the open menu fits 320px: nothing covered, no horizontal scroll', async function () {
      await narrow(this, 320, 800, async () => {
        const el = await mount(tag);
        const status = q(el, '.status')!;
        const statusTop = status.getBoundingClientRect().top;
        (await menuItem(el, 'copy'));
        const panel = q(el, '.share-panel')!.getBoundingClientRect();
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        expect(panel.right).to.be.at.most(320);
        // The panel pushes what follows down instead of lying over it.
        expect(status.getBoundingClientRect().top).to.be.at.least(panel.bottom);
        expect(status.getBoundingClientRect().top).to.be.greaterThan(statusTop);
      });
    });

    it('fits 320px: no horizontal scroll, and notes as lists instead of on the shape', async function () {
      await narrow(this, 320, 800, async () => {
        const el = await mount(tag);
        await typeNote(el, zones[0], 'een notitie die best lang is en moet passen');
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        const slips = q(el, '.sheet .slips');
        expect(slips === null || getComputedStyle(slips).display === 'none').to.equal(true);
        await expect(el).to.be.accessible();
      });
    });

    /** Two participants; the second writes a note in every zone, so every kind of field is there. */
    async function everyField(): Promise<WorksheetElement> {
      const el = await mount(tag);
      q(el, '[data-action="add-participant"]')!.click();
      await el.updateComplete;
      for (const z of zones) await typeNote(el, z, `over ${z}`);
      return el;
    }

    it('names every field by visible text, not by its placeholder alone', async () => {
      const el = await everyField();
      const fields = qa<HTMLInputElement>(el, 'input, textarea').filter((f) => f.type !== 'file' && !f.hidden);
      expect(fields.length).to.be.greaterThan(zones.length);
      const visible = (node: Element | null) => !!node && node.checkVisibility() && node.getBoundingClientRect().width > 1;
      for (const field of fields) {
        const name = accessibleName(field);
        const what = `${describeElement(field)} (placeholder "${field.placeholder}")`;
        expect(name, `${what} has a name`).not.to.equal('');
        expect(name, `${what}: more than its placeholder`).not.to.equal(field.placeholder);
        // Where a placeholder shows, the name comes from text on screen: a visible label or heading.
        if (field.placeholder) {
          const ids = field.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
          const sources = ids.length ? ids.map((id) => el.shadowRoot!.getElementById(id)) : [...(field.labels ?? [])];
          expect(sources.length && sources.every(visible), `${what} is named by visible text`).to.equal(true);
        }
      }
      await expect(el).to.be.accessible();
    });

    it('says "Geen notities" for an empty zone in the shared view and in print, never an empty list', async () => {
      const el = await everyField();
      // The first participant has no notes at all, the second one in every zone: both kinds of zone are there.
      await press(el, q(el, '[data-action="share"]'), 'Enter');
      const emptyLists = () => qa(el, 'ul, ol').filter((list) => !list.querySelector('li'));
      const saysNone = () => qa(el, '.no-notes').map((p) => p.textContent!.trim());
      expect(emptyLists(), 'side by side').to.deep.equal([]);
      expect(saysNone(), 'side by side').to.deep.equal(zones.map(() => 'Geen notities'));
      await press(el, qa(el, '.share-mode .chip')[1], 'Enter');
      expect(emptyLists(), 'by zone').to.deep.equal([]);
      expect(saysNone(), 'by zone: every zone has a note').to.deep.equal([]);
      const original = window.print;
      window.print = () => undefined;
      try {
        el.print('filled');
        await el.updateComplete;
        expect(emptyLists(), 'printed').to.deep.equal([]);
        expect(qa(el, '.print-page .no-notes').map((p) => p.textContent!.trim())).to.deep.equal(zones.map(() => 'Geen notities'));
      } finally {
        window.print = original;
        window.dispatchEvent(new Event('afterprint'));
      }
      await el.updateComplete;
      el.lang = 'en';
      await el.updateComplete;
      await press(el, qa(el, '.share-mode .chip')[0], 'Enter');
      expect(saysNone()[0]).to.equal('No notes');
    });

    it('announces a note added and removed, with its zone (or the word), through one polite live region', async () => {
      const el = await mount(tag);
      // The element's status line, a polite live region that was already there.
      const region = q(el, '.status[role="status"]')!;
      const live = () => region.textContent!.trim();
      const saying = () => qa(el, '[aria-live], [role="status"], [role="alert"]');
      const label = (z: string) => q(el, `#zone-${z}`)!.textContent!.replace(/^\s*\d+/, '').trim();
      for (const z of zones.slice(0, 2)) {
        await typeNote(el, z, `eerste ${z}`);
        const added = live();
        expect(added).to.match(/toegevoegd/);
        expect(added.includes(label(z)) || added.includes(`eerste ${z}`), added).to.equal(true);
        expect(saying().filter((r) => r.textContent!.includes(added)), 'said once, in one region').to.deep.equal([region]);
        // The same message again is still a change, or a screen reader stays silent.
        let changed = false;
        const observer = new MutationObserver(() => (changed = true));
        observer.observe(region, { subtree: true, characterData: true, childList: true });
        await typeNote(el, z, `tweede ${z}`);
        await new Promise((resolve) => setTimeout(resolve));
        observer.disconnect();
        expect(changed, 'a second note in the same zone is announced too').to.equal(true);
        await press(el, qa(el, `.zone[data-zone="${z}"] [data-action="remove"]`)[0], 'Enter');
        expect(live()).to.match(/verwijderd/);
        expect(live().includes(label(z)) || live().includes(`eerste ${z}`), live()).to.equal(true);
      }
    });

    it('makes every visible button at least 44 × 44 px', async () => {
      const el = await everyField();
      const small = (root: WorksheetElement) =>
        qa(root, 'button, label.button')
          .filter((b) => b.checkVisibility())
          .map((b) => ({ b, box: b.getBoundingClientRect() }))
          .filter(({ box }) => box.width < 44 || box.height < 44)
          .map(({ b, box }) => `${describeElement(b)} ${box.width.toFixed(1)} × ${box.height.toFixed(1)}`);
      expect(small(el), 'filling in').to.deep.equal([]);
      await press(el, q(el, '[data-action="share"]'), 'Enter');
      expect(small(el), 'shared view').to.deep.equal([]);
    });

    slipsOnly('reorder buttons hand focus to the other one where they become disabled', async () => {
      const el = await mount(tag);
      const z = zones[0];
      for (const text of ['een', 'twee']) await typeNote(el, z, text);
      const button = (i: number, action: string) => qa(el, `.zone[data-zone="${z}"] [data-action="${action}"]`)[i];
      await press(el, button(0, 'down'), 'Enter');
      expect(notesOf(el, z)).to.deep.equal(['twee', 'een']);
      expectFocusOn(button(1, 'up'), 'moved to the bottom:');
      await press(el, button(1, 'up'), 'Enter');
      expect(notesOf(el, z)).to.deep.equal(['een', 'twee']);
      expectFocusOn(button(0, 'down'), 'moved to the top:');
      expect(focusProblem()).to.equal(undefined);
    });

    it('keeps the typed text and the cursor when the page moves the element mid-edit', async () => {
      const el = await mount(tag);
      await typeNote(el, zones[0], 'bestaand');
      const host = el.parentElement!;
      for (const selector of [`#add-${zones[0]}`, ...(chips ? [] : [`.zone[data-zone="${zones[0]}"] .slip`])]) {
        const field = q<HTMLTextAreaElement>(el, selector)!;
        field.focus();
        await sendKeys({ press: 'End' });
        await sendKeys({ type: ' half' });
        // A host page re-appends the element (as a framework may) while someone types.
        host.appendChild(el);
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve));
        const now = q<HTMLTextAreaElement>(el, selector)!;
        expect(now.value, selector).to.match(/ half$/);
        expectFocusOn(now, `${selector} after the move:`);
        await sendKeys({ type: 'af' });
        expect(now.value, selector).to.match(/ halfaf$/);
      }
      // Chips are not edited in place: the word stays as it was written.
      expect(notesOf(el, zones[0])[0]).to.equal(chips ? 'bestaand' : 'bestaand halfaf');
    });

    it('keeps its text whole with a user\'s text spacing (WCAG 1.4.12): filling, the menu open, sharing', async function () {
      this.timeout(60000);
      const el = await mount(tag, { topic: 'Regie voeren' });
      try {
        for (const z of zones) await typeNote(el, z, 'Een notitie van een zin');
        await press(el, q(el, '[data-action="add-participant"]'), 'Enter');
        applyTextSpacing();
        expectSpacingApplied(q(el, '#ws-title')!, 'title');
        expect(clippedText(el, { except: '.slips' }), 'filling').to.deep.equal([]);
        await menuItem(el, 'download-text');
        applyTextSpacing();
        expect(clippedText(el, { except: '.slips' }), 'menu open').to.deep.equal([]);
        q<HTMLButtonElement>(el, '[data-action="share"]')!.click();
        await el.updateComplete;
        applyTextSpacing();
        // The slips on a sheet are its small picture (hidden from screen readers), cut to fit by
        // design: each note is whole in the zone lists, which this checks.
        expect(clippedText(el, { except: '.slips' }), 'sharing').to.deep.equal([]);
      } finally {
        removeTextSpacing();
      }
    });

    it('speaks English with lang="en"', async () => {
      const el = await fixture<WorksheetElement>(staticHtml`<${unsafeStatic(tag)} lang="en" persist="none"></${unsafeStatic(tag)}>`);
      if (topic) expect(q(el, '.topic label')!.textContent).not.to.equal(q(await mount(tag), '.topic label')!.textContent);
      expect(q(el, '[data-action="share-menu"]')!.textContent!.trim()).to.equal('Save and share');
      // The menu's buttons come when it is first opened.
      expect((await menuItem(el, 'download-text')).textContent!.trim()).to.equal('Text file (.txt)');
      await expect(el).to.be.accessible();
    });

    it('shares the session of an enclosing <kjk-session>', async () => {
      const key = newKey();
      const wrapper = await fixture(html`<kjk-session storage-key=${key}>${staticHtml`<${unsafeStatic(tag)}></${unsafeStatic(tag)}>`}</kjk-session>`);
      const el = wrapper.querySelector(tag) as WorksheetElement;
      await el.updateComplete;
      expect(q(el, '.session')).to.equal(null);
      await typeNote(el, zones[0], 'gedeeld');
      expect(sheetView(JSON.parse(sessionStorage.getItem(`kjk-session:${key}`)!), kind)!.participants[0].notes[zones[0]][0].text).to.equal('gedeeld');
    });
  });
}
