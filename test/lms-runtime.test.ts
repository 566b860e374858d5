/**
 * The LMS packages against a test LMS that behaves as the SCORM specs and Moodle do (attempts,
 * exit, review mode, limits, failures): the package never loses an answer, and never says
 * "saved" when it was not. Build first: the packages are served from the built zips.
 */
import { expect } from '@open-wc/testing';
import { decode } from '../src/lms/suspend-data.js';
import { LmsDouble, type Version } from './lms-double.js';
import { launchWith, leave, notesIn, strokes, typeNote, wait, waitFor, type Launched } from './lms-helpers.js';
import type { Stroke } from '../src/internal/session/state.js';
import { sheetView, writeSheet } from '../src/internal/session/sheets.js';

const zipOf = (name: string, version: Version) => `kjk-${name}-${version === '1.2' ? 'scorm12' : 'scorm2004'}.zip`;
const apiName = (version: Version) => (version === '1.2' ? 'API' : 'API_1484_11');

/** A launch of a package by the test LMS for one learner. */
async function open(lms: LmsDouble, name = 'octagon', options: { review?: boolean } = {}): Promise<Launched & { launch: ReturnType<LmsDouble['launch']> }> {
  const launch = lms.launch('learner-1', options);
  const launched = await launchWith(zipOf(name, lms.version), { [apiName(lms.version)]: launch.api });
  return { ...launched, launch };
}

/** What the LMS has stored in suspend_data, decoded. */
const storedState = (lms: LmsDouble) => decode(lms.stored()['cmi.suspend_data'] ?? '')?.state;
const storedNotes = (lms: LmsDouble, zone = 'why') =>
  (sheetView(storedState(lms), 'octagon')?.participants[0].notes[zone] ?? []).map((n) => n.text);
const statusKey = (v: Version) => (v === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status');
const pendingCopy = () => Object.entries(localStorage).find(([k]) => k.endsWith(':pending'))?.[1];

describe('LMS packages in an LMS that follows the specs', function () {
  this.timeout(60000);
  afterEach(() => {
    leave();
    localStorage.clear();
  });

  for (const version of ['1.2', '2004'] as const) {
    describe(`SCORM ${version}`, () => {
      it('relaunch after "Klaar" keeps the notes, stays completed, and the work can be opened for review', async () => {
        const lms = new LmsDouble({ version });
        const first = await open(lms);
        await typeNote(first.el, 'why', 'Omdat gezinnen het zelf kunnen');
        first.done.click();
        expect(first.said()).to.contain('gemarkeerd als klaar');
        expect(lms.stored()[statusKey(version)]).to.equal('completed');
        leave();
        const again = await open(lms);
        expect(notesIn(again.el, 'why')).to.deep.equal(['Omdat gezinnen het zelf kunnen']);
        expect(lms.attemptsOf()).to.have.length(1);
        await wait(100);
        // Opening again never puts "incomplete" over "completed".
        expect(lms.stored()[statusKey(version)]).to.equal('completed');
        expect(lms.callsOf(version === '1.2' ? 'LMSSetValue' : 'SetValue').filter((c) => c[2] === 'incomplete')).to.have.length(1);
        leave();
        const before = lms.calls.length;
        const review = await open(lms, 'octagon', { review: true });
        expect(review.said()).to.contain('Je bekijkt je werk; je kunt het hier niet veranderen.');
        expect(review.el.hasAttribute('readonly')).to.equal(true);
        expect(review.el.shadowRoot!.querySelector('textarea, #import')).to.equal(null);
        expect(review.el.shadowRoot!.textContent).to.contain('Omdat gezinnen het zelf kunnen');
        expect(review.done.hidden).to.equal(true);
        leave();
        expect(lms.calls.slice(before).filter((c) => c.call[0].endsWith('SetValue') && c.call[1] === 'cmi.suspend_data')).to.have.length(0);
      });

      it('a refused commit is told where the learner works, kept in this browser, and saved on retry', async () => {
        const lms = new LmsDouble({ version });
        const { el, said, where, alert } = await open(lms);
        lms.faults.commit = '101';
        await typeNote(el, 'why', 'Een sterk netwerk');
        expect(await waitFor(() => said().includes('niet opgeslagen'))).to.equal(true);
        expect(alert.getAttribute('role')).to.equal('alert');
        expect(where.textContent, 'never "saved" when it was not').not.to.contain('bewaard in de leeromgeving');
        expect(storedNotes(lms)).to.deep.equal([]);
        expect(JSON.stringify(JSON.parse(pendingCopy()!).state)).to.contain('Een sterk netwerk');
        // The LMS accepts again: the retry saves it, and the learner hears so.
        lms.faults.commit = undefined;
        expect(await waitFor(() => storedNotes(lms).length === 1, 15)).to.equal(true);
        expect(storedNotes(lms)).to.deep.equal(['Een sterk netwerk']);
        expect(said()).to.contain('weer opgeslagen');
        expect(alert.textContent).to.equal('');
        expect(pendingCopy()).to.equal(undefined);
      });

      it('"Klaar" that the LMS refuses says it is not marked done, and keeps the work', async () => {
        const lms = new LmsDouble({ version });
        const { el, done, said } = await open(lms);
        lms.faults.refuseSet = { element: statusKey(version), code: version === '1.2' ? '101' : '351' };
        await typeNote(el, 'why', 'Klaar, of toch niet');
        done.click();
        expect(said()).to.contain('nog niet gemarkeerd als klaar');
        expect(said()).not.to.contain('opgeslagen en gemarkeerd');
        expect(lms.stored()[statusKey(version)]).not.to.equal('completed');
        lms.faults.refuseSet = undefined;
        expect(await waitFor(() => lms.stored()[statusKey(version)] === 'completed', 15)).to.equal(true);
        expect(said()).to.contain('gemarkeerd als klaar');
      });

      it('a browser copy that never reached the LMS is put back and saved on the next launch', async () => {
        const lms = new LmsDouble({ version });
        const first = await open(lms);
        await typeNote(first.el, 'why', 'Eerste');
        expect(await waitFor(() => storedNotes(lms).length === 1)).to.equal(true);
        lms.faults.commit = '101';
        await typeNote(first.el, 'why', 'Tweede');
        expect(await waitFor(() => first.said().includes('niet opgeslagen'))).to.equal(true);
        leave();
        expect(storedNotes(lms)).to.deep.equal(['Eerste']);
        lms.faults.commit = undefined;
        const again = await open(lms);
        expect(notesIn(again.el, 'why')).to.deep.equal(['Eerste', 'Tweede']);
        expect(again.said()).to.contain('teruggezet');
        expect(storedNotes(lms)).to.deep.equal(['Eerste', 'Tweede']);
      });

      /** A browser copy whose commit failed, then other work saved from another browser. */
      async function copyBehindOtherWork(lms: LmsDouble, here: (el: Launched['el']) => Promise<void>, there: (el: Launched['el']) => Promise<void>) {
        const first = await open(lms);
        await typeNote(first.el, 'why', 'Eerste');
        expect(await waitFor(() => storedNotes(lms).length === 1)).to.equal(true);
        lms.faults.commit = '101';
        await here(first.el);
        expect(await waitFor(() => Boolean(pendingCopy()) && pendingCopy() !== undefined)).to.equal(true);
        await wait(1000);
        leave();
        lms.faults.commit = undefined;
        // Meanwhile, in another browser.
        const thisBrowser = { ...localStorage };
        localStorage.clear();
        const other = await open(lms);
        const before = lms.stored()['cmi.suspend_data'];
        await there(other.el);
        expect(await waitFor(() => lms.stored()['cmi.suspend_data'] !== before)).to.equal(true);
        leave();
        for (const [k, v] of Object.entries(thisBrowser)) localStorage.setItem(k, v);
        return open(lms);
      }

      it('a browser copy that never reached the LMS, while the LMS got other work since: the two are merged, nothing lost', async () => {
        const lms = new LmsDouble({ version });
        const again = await copyBehindOtherWork(
          lms,
          (el) => typeNote(el, 'why', 'Tweede'),
          (el) => typeNote(el, 'why', 'Anders'),
        );
        expect(again.said()).to.contain('samengevoegd');
        expect(notesIn(again.el, 'why')).to.have.members(['Eerste', 'Tweede', 'Anders']);
        expect(await waitFor(() => storedNotes(lms).length === 3)).to.equal(true);
        expect(storedNotes(lms)).to.have.members(['Eerste', 'Tweede', 'Anders']);
        expect(again.choice.hidden).to.equal(true);
      });

      it('where the two clash (the central issue changed in both), both are kept and the learner chooses', async () => {
        const lms = new LmsDouble({ version });
        const setTopic = (text: string) => async (el: Launched['el']) => {
          const field = el.shadowRoot!.querySelector<HTMLInputElement>('#topic')!;
          field.value = text;
          field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
          await el.updateComplete;
        };
        const again = await copyBehindOtherWork(lms, setTopic('Uit deze browser'), setTopic('Uit de andere browser'));
        expect(again.said()).to.contain('ander werk');
        const topic = () => again.el.shadowRoot!.querySelector<HTMLInputElement>('#topic')!.value;
        expect(topic()).to.equal('Uit de andere browser');
        expect(again.choice.hidden).to.equal(false);
        expect(again.choice.textContent).to.equal('Zet het werk uit deze browser terug');
        again.choice.click();
        await again.el.updateComplete;
        expect(topic()).to.equal('Uit deze browser');
        expect(await waitFor(() => storedState(lms)?.topic === 'Uit deze browser')).to.equal(true);
      });

      it('a second browser that only opens and closes never overwrites the work', async () => {
        const lms = new LmsDouble({ version });
        const first = await open(lms);
        await typeNote(first.el, 'why', 'Uit de eerste browser');
        expect(await waitFor(() => storedNotes(lms).length === 1)).to.equal(true);
        leave();
        const before = lms.stored()['cmi.suspend_data'];
        localStorage.clear();
        const calls = lms.calls.length;
        await open(lms);
        await wait(1200);
        leave();
        expect(lms.stored()['cmi.suspend_data']).to.equal(before);
        expect(lms.calls.slice(calls).filter((c) => c.call[1] === 'cmi.suspend_data' && c.call[0].endsWith('SetValue'))).to.have.length(0);
      });

      it('a GetValue that throws on relaunch is an unreadable restore: told, and never overwritten', async () => {
        const lms = new LmsDouble({ version });
        const first = await open(lms);
        await typeNote(first.el, 'why', 'Kostbaar');
        expect(await waitFor(() => storedNotes(lms).length === 1)).to.equal(true);
        leave();
        const before = lms.stored()['cmi.suspend_data'];
        lms.faults.throwOnGet = 'cmi.suspend_data';
        const again = await open(lms);
        expect(again.said()).to.contain('konden niet worden gelezen');
        await typeNote(again.el, 'why', 'Nieuw');
        await wait(1200);
        leave();
        expect(lms.stored()['cmi.suspend_data']).to.equal(before);
      });

      it(`a ${version === '1.2' ? '2004' : '1.2'} API in the parent is not this package's LMS`, async () => {
        const other = new LmsDouble({ version: version === '1.2' ? '2004' : '1.2' });
        const launched = await launchWith(zipOf('octagon', version), { [apiName(other.version)]: other.launch().api });
        expect(launched.said()).to.contain('niet bereikbaar');
        expect(other.calls).to.have.length(0);
      });

      it('back from the back/forward cache it initialises again instead of dropping later edits', async () => {
        const lms = new LmsDouble({ version });
        const { el, win, said } = await open(lms);
        await typeNote(el, 'why', 'Voor');
        win.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
        expect(storedNotes(lms)).to.deep.equal(['Voor']);
        const initialized = lms.callsOf(version === '1.2' ? 'LMSInitialize' : 'Initialize').length;
        // The LMS page came back too, with its API ended: the package must say so, not stay silent.
        win.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
        expect(lms.callsOf(version === '1.2' ? 'LMSInitialize' : 'Initialize')).to.have.length(initialized + 1);
        await typeNote(el, 'why', 'Na');
        expect(await waitFor(() => pendingCopy()?.includes('Na'))).to.equal(true);
        expect(said()).to.contain('verbroken');
        // An LMS that offers a fresh API: the package connects to it and saves.
        (window as unknown as Record<string, unknown>)[apiName(version)] = lms.launch().api;
        win.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
        win.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
        await typeNote(el, 'why', 'Weer verbonden');
        expect(await waitFor(() => storedNotes(lms).includes('Weer verbonden'), 15)).to.equal(true);
        expect(storedNotes(lms)).to.deep.equal(['Voor', 'Na', 'Weer verbonden']);
      });

      it('taken off the page within the save delay, it saves at once', async () => {
        const lms = new LmsDouble({ version });
        const { el } = await open(lms);
        await typeNote(el, 'why', 'Snel weg');
        el.remove();
        await wait(0);
        expect(storedNotes(lms)).to.deep.equal(['Snel weg']);
      });
    });
  }

  /** A mind map with drawings that do not compress well, and a note typed by the learner. */
  async function bigMindmap(launched: Launched) {
    const lines = strokes(12);
    const state = structuredClone(launched.el.state);
    writeSheet(state, 'mindmap', {
      topic: 'eigen kracht',
      active: 'p-1',
      participants: [{ id: 'p-1', name: '', figures: [], notes: { images: [{ id: 'n-1', text: 'Een brug' }] }, drawing: { strokes: lines as Stroke[], items: [] } }],
    });
    launched.el.state = state;
    await launched.el.updateComplete;
    // Setting the state from code is no edit: only the learner's typing makes it one.
    await typeNote(launched.el, 'images', 'Een pad');
    return lines;
  }

  it('SCORM 1.2 in an LMS that takes 64,000 characters: a large state stays whole in suspend_data', async () => {
    const lms = new LmsDouble({ version: '1.2', suspendLimit: 64000 });
    const launched = await open(lms, 'mindmap');
    const lines = await bigMindmap(launched);
    expect(await waitFor(() => lms.stored()['cmi.suspend_data'])).to.equal(true);
    const saved = lms.stored()['cmi.suspend_data'];
    expect(saved.length).to.be.above(4096);
    expect(decode(saved)!.moved).to.equal('none');
    expect(sheetView(decode(saved)!.state, 'mindmap')!.participants[0].drawing!.strokes).to.deep.equal(lines);
    expect(launched.said()).not.to.contain('te groot');
  });

  for (const overLimit of ['refuse', 'truncate'] as const) {
    it(`SCORM 1.2 in a strict 4,096 LMS that ${overLimit === 'refuse' ? 'refuses' : 'silently cuts short'} more: the drawings move to the browser, said near the sheet, and come back whole`, async () => {
      const lms = new LmsDouble({ version: '1.2', suspendLimit: 4096, overLimit });
      const launched = await open(lms, 'mindmap');
      const lines = await bigMindmap(launched);
      expect(await waitFor(() => lms.stored()['cmi.suspend_data'])).to.equal(true);
      const saved = lms.stored()['cmi.suspend_data'];
      expect(saved.length).to.be.at.most(4096);
      expect(decode(saved)!.moved).to.equal('drawings');
      expect(launched.status.textContent).to.contain('te groot').and.to.contain('tekeningen');
      // The message is in the bar that stays in view at the bottom, next to the sheet.
      expect(getComputedStyle(launched.status.parentElement!).position).to.equal('sticky');
      leave();
      const again = await open(lms, 'mindmap');
      const sheet = sheetView(again.el.state, 'mindmap')!.participants[0];
      expect(sheet.notes.images.map((n) => n.text)).to.deep.equal(['Een brug', 'Een pad']);
      expect(sheet.drawing!.strokes).to.deep.equal(lines);
    });
  }

  it('SCORM 1.2: notes that alone do not fit a strict LMS move whole to the browser, never cut short', async () => {
    const lms = new LmsDouble({ version: '1.2', suspendLimit: 4096 });
    const launched = await open(lms, 'look-back');
    let seed = 11;
    const letters = 'abcdefghijklmnopqrstuvwxyz ';
    const text = () => Array.from({ length: 900 }, () => letters[(seed = (seed * 48271) % 2147483647) % letters.length]).join('');
    const state = structuredClone(launched.el.state);
    writeSheet(state, 'look-back', {
      topic: '',
      active: 'p-1',
      participants: [{ id: 'p-1', name: '', figures: [], notes: { situation: Array.from({ length: 8 }, (_, i) => ({ id: `n-${i}`, text: text() })) } }],
    });
    launched.el.state = state;
    await launched.el.updateComplete;
    await typeNote(launched.el, 'situation', 'nog een');
    expect(await waitFor(() => lms.stored()['cmi.suspend_data'])).to.equal(true);
    expect(lms.stored()['cmi.suspend_data'].length).to.be.at.most(4096);
    expect(launched.status.textContent).to.contain('in deze browser bewaard');
    const expected = structuredClone(launched.el.state.worksheets['look-back']);
    leave();
    const again = await open(lms, 'look-back');
    expect(again.el.state.worksheets['look-back']).to.deep.equal(expected);
  });

  it('work whose drawings are in another browser is held: new edits stay in this browser until the learner chooses', async () => {
    const lms = new LmsDouble({ version: '1.2', suspendLimit: 4096 });
    const first = await open(lms, 'mindmap');
    await bigMindmap(first);
    expect(await waitFor(() => lms.stored()['cmi.suspend_data'])).to.equal(true);
    leave();
    const before = lms.stored()['cmi.suspend_data'];
    const firstBrowser = { ...localStorage };
    localStorage.clear();
    const second = await open(lms, 'mindmap');
    expect(second.said()).to.contain('in de browser waarin je eerder werkte');
    await typeNote(second.el, 'images', 'Uit de tweede browser');
    await wait(1200);
    expect(lms.stored()['cmi.suspend_data'], 'held').to.equal(before);
    expect(second.said()).to.contain('alleen in deze browser');
    expect(second.choice.hidden).to.equal(false);
    leave();
    // Back in the first browser, everything is still there.
    localStorage.clear();
    for (const [k, v] of Object.entries(firstBrowser)) localStorage.setItem(k, v);
    const back = await open(lms, 'mindmap');
    expect(sheetView(back.el.state, 'mindmap')!.participants[0].drawing!.strokes).to.have.length(12);
  });
});
