/**
 * Answers stay on the device: loading and using every element, export and print included,
 * makes no request besides the bundle itself (seen by the browser, not by page APIs), and
 * writes no cookie. Storage keys are the documented `kjk-session:<storage-key>`.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { needs } from './commands.js';
import { EVERY_ELEMENT, loadPage } from './page-helpers.js';
import { chooseFile, pictureFile, until } from './dom-helpers.js';
import { CARD_IDS } from '../src/internal/content/deck-schema.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

describe('privacy', () => {
  // The loader of the chunk graph (dist/cdn, the default) and the single-file kjk.js of dist/cdn/single.
  for (const folder of ['', 'single/']) {
    it(`makes no request besides ${folder}kjk.js and its own files, while every element is used, exported and printed`, async () => {
      await needs('request-log');
      await executeServerCommand('requests', 'start');
      let requests: string[] = [];
      let downloads = 0;
      const report = await loadPage({
        scripts: [`/dist/cdn/${folder}kjk.js`],
        body: EVERY_ELEMENT.replace(/persist="none"/g, 'storage-key="privacy"'),
      });
      try {
        const { doc, win } = report;
        (win as unknown as { print: () => void }).print = () => {};
        const frameUrl = (win as unknown as typeof globalThis).URL;
        const createObjectURL = frameUrl.createObjectURL.bind(frameUrl);
        frameUrl.createObjectURL = (blob: Blob) => {
          downloads++;
          return createObjectURL(blob);
        };
        const fan = doc.querySelector('kjk-fan') as unknown as Updatable & { showCard(id: string): void; startSteps(): void; goToStep(n: number): void; print(w: string): void };
        for (const id of CARD_IDS) {
          fan.showCard(id);
          await fan.updateComplete;
        }
        fan.print('all');
        fan.startSteps();
        for (let step = 1; step <= 8; step++) {
          fan.goToStep(step);
          await fan.updateComplete;
        }
        fan.shadowRoot!.querySelector<HTMLButtonElement>('.plan-actions [data-action="share-menu"]')!.click();
        await fan.updateComplete;
        for (const action of ['download-plan-text', 'download-session']) {
          fan.shadowRoot!.querySelector<HTMLButtonElement>(`.share-panel [data-action="${action}"]`)!.click();
        }
        const worksheets = ['kjk-octagon', 'kjk-circle-quadrant', 'kjk-look-back', 'kjk-mindmap', 'kjk-action-card', 'kjk-word-cloud'];
        // A photo from the device goes on the mind map and nowhere else.
        const mindmap = doc.querySelector('kjk-mindmap') as unknown as Updatable;
        chooseFile(mindmap.shadowRoot!.querySelector<HTMLInputElement>('#picture')!, await pictureFile(1600, 1200));
        await until(() => mindmap.shadowRoot!.querySelector('canvas[data-painted]'));
        expect(mindmap.shadowRoot!.querySelector('canvas[data-painted]')).to.exist;
        for (const tag of worksheets) {
          const sheet = doc.querySelector(tag) as unknown as Updatable;
          const add = sheet.shadowRoot!.querySelector<HTMLTextAreaElement>('[id^="add-"]')!;
          add.value = 'Een notitie over een gezin';
          (add.nextElementSibling as HTMLButtonElement).click();
          await sheet.updateComplete;
          sheet.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="share-menu"]')!.click();
          await sheet.updateComplete;
          for (const action of ['download-text', 'download-json', 'download-docx', 'print-blank', 'print-filled']) {
            sheet.shadowRoot!.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!.click();
            win.dispatchEvent(new Event('afterprint'));
            await sheet.updateComplete;
          }
        }
        const tension = doc.querySelector('kjk-tension-card') as unknown as Updatable;
        tension.shadowRoot!.querySelector<HTMLInputElement>('.mark input')!.click();
        await tension.updateComplete;
        // The Word files are made after the Word writer has loaded: wait for them, not for a fixed time.
        await until(() => downloads >= 20, 500);
        await new Promise((r) => setTimeout(r, 300));
        expect(doc.cookie).to.equal('');
        const keys = Object.keys(win.sessionStorage).concat(Object.keys(win.localStorage));
        expect(keys.every((k) => k.startsWith('kjk-session:')), keys.join()).to.equal(true);
        expect(keys).to.include('kjk-session:privacy');
      } finally {
        requests = (await executeServerCommand('requests', 'stop')) as string[];
        report.cleanup();
        sessionStorage.clear();
      }
      const network = requests.filter((url) => !url.startsWith('blob:') && !url.startsWith('data:') && url !== 'about:srcdoc');
      // The drop-in files, and the Word writer from their own folder once a Word file is chosen: nothing else, nowhere else.
      expect(network.every((u) => new URL(u).origin === location.origin), network.join()).to.equal(true);
      const files = network.map((u) => new URL(u).pathname);
      if (folder) {
        expect(files).to.deep.equal(['/dist/cdn/single/kjk.js', '/dist/cdn/single/kjk-docx.js']);
      } else {
        // kjk.js is the loader: it fetches the entries of the elements on the page and their
        // shared chunks, and the parts used later, each once, all from its own folder.
        expect(files[0]).to.equal('/dist/cdn/kjk.js');
        expect(files.every((p) => /^\/dist\/cdn\/(kjk[\w-]*|chunks\/[\w.-]+)\.js$/.test(p)), files.join()).to.equal(true);
        expect(files.filter((p, i) => files.indexOf(p) !== i)).to.deep.equal([]);
        expect(files.filter((p) => p.endsWith('/kjk-docx.js'))).to.deep.equal(['/dist/cdn/kjk-docx.js']);
      }
      // Twenty files were made on the device: plan text, session file, and each of six sheets as text, Word and continue-later file.
      expect(downloads).to.equal(20);
    });
  }
});
