/**
 * An e-learning author puts one work format in an iframe and reads its state in the parent page
 * through postMessage, trusting one named origin only.
 */
import { expect } from '@open-wc/testing';
import { loadPage } from './page-helpers.js';
import { emptyState } from '../src/internal/session/state.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown>; state: unknown };
type Message = { source: string; type: string; tag: string; state: { worksheets: Record<string, { participants: Array<{ notes: Record<string, Array<{ text: string }>> }> }> } };

function collectMessages(): { messages: Message[]; stop: () => void } {
  const messages: Message[] = [];
  const listener = (e: MessageEvent) => {
    if (e.origin === location.origin && e.data?.source === 'ken-je-kracht') messages.push(e.data);
  };
  window.addEventListener('message', listener);
  return { messages, stop: () => window.removeEventListener('message', listener) };
}

const settle = () => new Promise((r) => setTimeout(r, 50));

describe('the postMessage bridge for iframes', () => {
  it('posts every change to the named parent origin, and takes a state from it', async () => {
    const inbox = collectMessages();
    const report = await loadPage({
      scripts: ['/dist/cdn/kjk-octagon.js'],
      body: `<kjk-octagon persist="none" message-origin="${location.origin}"></kjk-octagon>`,
    });
    try {
      const octagon = report.elements[0] as Updatable;
      const add = octagon.shadowRoot!.querySelector<HTMLTextAreaElement>('#add-why')!;
      add.value = 'Vanuit de les';
      (add.nextElementSibling as HTMLButtonElement).click();
      await settle();
      const change = inbox.messages.find((m) => m.type === 'kjk-change')!;
      expect(change.tag).to.equal('kjk-octagon');
      expect(change.state.worksheets.octagon.participants[0].notes.why[0].text).to.equal('Vanuit de les');

      const restored = emptyState();
      restored.worksheets.octagon = { topic: 'Uit het LMS', participants: [{ id: 'p-1', name: '', notes: { how: [{ id: 'n-1', text: 'hersteld' }] }, figures: [] }], active: 'p-1' };
      report.win.postMessage({ source: 'ken-je-kracht', type: 'kjk-set-state', state: restored }, location.origin);
      await settle();
      await octagon.updateComplete;
      expect(octagon.shadowRoot!.querySelector<HTMLInputElement>('#topic')!.value).to.equal('Uit het LMS');
      expect(inbox.messages.at(-1)!.type).to.equal('kjk-state');
    } finally {
      inbox.stop();
      report.cleanup();
    }
  });

  it('sends nothing to, and takes nothing from, any other origin; a wildcard is refused', async () => {
    const inbox = collectMessages();
    const report = await loadPage({
      scripts: ['/dist/cdn/kjk.js'],
      body: '<kjk-octagon persist="none" message-origin="https://lms.example.nl"></kjk-octagon><kjk-circle-quadrant persist="none" message-origin="*"></kjk-circle-quadrant>',
    });
    try {
      expect(report.errors.join()).to.contain('message-origin="*"');
      for (const el of report.elements as Updatable[]) {
        const add = el.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea[id^="add-"]')!;
        add.value = 'geheim';
        (add.nextElementSibling as HTMLButtonElement).click();
      }
      report.win.postMessage({ source: 'ken-je-kracht', type: 'kjk-set-state', state: emptyState() }, location.origin);
      await settle();
      expect(inbox.messages).to.deep.equal([]);
      const octagon = report.elements[0] as Updatable;
      expect(octagon.shadowRoot!.querySelector<HTMLTextAreaElement>('.slip')!.value).to.equal('geheim');
    } finally {
      inbox.stop();
      report.cleanup();
    }
  });
});
