/**
 * `readonly` on every work format (what an LMS's review mode shows): the filled sheet with the
 * notes as text and no editing controls; print, copy and download stay; edits are ignored.
 */
import { expect } from '@open-wc/testing';
import { menuItem, mount, typeNote } from './worksheet-suite.js';
import type { WorksheetElement } from '../src/internal/worksheet/worksheet-element.js';

const FORMATS: Array<[tag: string, zone: string]> = [
  ['kjk-octagon', 'why'],
  ['kjk-circle-quadrant', 'proud'],
  ['kjk-look-back', 'situation'],
  ['kjk-mindmap', 'images'],
  ['kjk-action-card', 'actions'],
  ['kjk-word-cloud', 'words'],
];

const root = (el: WorksheetElement) => el.shadowRoot!;

describe('read-only work formats', () => {
  afterEach(() => sessionStorage.clear());

  for (const [tag, zone] of FORMATS) {
    it(`<${tag} readonly> shows the notes as text, offers no editing, ignores edits and passes axe`, async () => {
      const el = await mount(tag);
      const zoneId = root(el).querySelector(`#add-${zone}`) ? zone : root(el).querySelector<HTMLElement>('.zone[data-zone]')!.dataset.zone!;
      await typeNote(el, zoneId, 'Wat we al goed doen');
      // A slip to type in, or in the word cloud a chip's remove button.
      const slip = root(el).querySelector<HTMLTextAreaElement>(`.zone[data-zone="${zoneId}"] .slip`);
      const remove = root(el).querySelector<HTMLButtonElement>(`.zone[data-zone="${zoneId}"] [data-action="remove"]`)!;
      const before = JSON.stringify(el.state);
      el.readonly = true;
      await el.updateComplete;
      expect(el.hasAttribute('readonly')).to.equal(true);
      // Print, copy and the downloads stay: in the menu, whose buttons come when it is first opened.
      for (const action of ['print-filled', 'copy', 'download-text', 'download-json', 'download-docx']) await menuItem(el, action);
      // With the menu open: nothing to edit, nothing to import.
      expect(root(el).querySelector('textarea, input, [data-action="add-note"], [data-action="remove"], [data-action="import"]')).to.equal(null);
      expect(root(el).textContent).to.contain('Wat we al goed doen');
      // An edit that reaches the session anyway (a control still wired up) changes nothing.
      if (slip) {
        slip.value = 'veranderd';
        slip.dispatchEvent(new Event('input'));
      } else remove.click();
      await el.updateComplete;
      expect(JSON.stringify(el.state)).to.equal(before);
      await expect(el).to.be.accessible();
      el.readonly = false;
      await el.updateComplete;
      expect(root(el).querySelector(`#add-${zoneId}`)).to.exist;
    });
  }
});
