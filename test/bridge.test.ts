/**
 * An e-learning author puts one work format in an iframe and reads its state in the parent page
 * through postMessage, trusting one named origin only.
 */
import { expect } from '@open-wc/testing';
import { loadPage } from './page-helpers.js';
import { until } from './dom-helpers.js';
import { emptyState } from '../src/internal/session/state.js';
import { sheetView, writeSheet } from '../src/internal/session/sheets.js';
import type { SessionState } from '../src/internal/session/state.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown>; state: unknown };
type Message = { source: string; type: string; tag: string; state: SessionState };

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
      expect(sheetView(change.state, 'octagon')!.participants[0].notes.why[0].text).to.equal('Vanuit de les');

      const restored = emptyState();
      writeSheet(restored, 'octagon', { topic: 'Uit het LMS', participants: [{ id: 'p-1', name: '', notes: { how: [{ id: 'n-1', text: 'hersteld' }] }, figures: [] }], active: 'p-1' });
      const before = inbox.messages.length;
      report.win.postMessage({ source: 'ken-je-kracht', type: 'kjk-set-state', state: restored }, location.origin);
      await until(() => inbox.messages.slice(before).some((m) => m.type === 'kjk-state'));
      await octagon.updateComplete;
      expect(octagon.shadowRoot!.querySelector<HTMLInputElement>('#topic')!.value).to.equal('Uit het LMS');
      // The answer is kjk-state; a state the parent set is never echoed back as a change.
      const answers = inbox.messages.slice(before);
      expect(answers.map((m) => m.type)).to.include('kjk-state');
      expect(answers.filter((m) => m.type === 'kjk-change' && sheetView(m.state, 'octagon')?.topic === 'Uit het LMS')).to.deep.equal([]);
    } finally {
      inbox.stop();
      report.cleanup();
    }
  });

  it('answers an invalid kjk-set-state with kjk-error naming the problems, never the user\'s text', async () => {
    const inbox = collectMessages();
    const report = await loadPage({
      scripts: ['/dist/cdn/kjk-octagon.js'],
      body: `<kjk-octagon persist="none" topic="Blijft" message-origin="${location.origin}"></kjk-octagon>`,
    });
    try {
      const octagon = report.elements[0] as Updatable;
      const bad = emptyState() as unknown as Record<string, any>;
      bad.tensions['1'] = { marked: 'mijn geheime verhaal', note: '' };
      report.win.postMessage({ source: 'ken-je-kracht', type: 'kjk-set-state', state: bad }, location.origin);
      for (let i = 0; i < 20 && !inbox.messages.some((m) => m.type === 'kjk-error'); i++) await settle();
      const error = inbox.messages.find((m) => m.type === 'kjk-error') as unknown as { tag: string; problems: string[] };
      expect(error, 'a kjk-error answer').to.exist;
      expect(error.tag).to.equal('kjk-octagon');
      expect(error.problems.join()).to.contain('tensions.1.marked');
      expect(JSON.stringify(error)).not.to.contain('geheim');
      await octagon.updateComplete;
      expect(octagon.shadowRoot!.querySelector<HTMLInputElement>('#topic')!.value).to.equal('Blijft');
    } finally {
      inbox.stop();
      report.cleanup();
    }
  });

  it('coalesces a flood of messages: only the latest state is applied, and answered once per batch', async () => {
    const inbox = collectMessages();
    const report = await loadPage({
      scripts: ['/dist/cdn/kjk-octagon.js'],
      body: `<kjk-octagon persist="none" message-origin="${location.origin}"></kjk-octagon>`,
    });
    try {
      const octagon = report.elements[0] as Updatable;
      const state = (n: number) => {
        const s = emptyState();
        writeSheet(s, 'octagon', { topic: `Versie ${n}`, participants: [{ id: 'p-1', name: '', notes: {}, figures: [] }], active: 'p-1' });
        return s;
      };
      for (let n = 1; n <= 300; n++) {
        report.win.postMessage({ source: 'ken-je-kracht', type: 'kjk-set-state', state: state(n) }, location.origin);
        report.win.postMessage({ source: 'ken-je-kracht', type: 'kjk-get-state' }, location.origin);
      }
      type Answer = { state: { topic?: string } };
      const answers = () => inbox.messages.filter((m) => m.type === 'kjk-state') as unknown as Answer[];
      for (let i = 0; i < 100 && answers().at(-1)?.state.topic !== 'Versie 300'; i++) await settle();
      await settle();
      expect(answers().at(-1)!.state.topic).to.equal('Versie 300');
      expect(answers().length, 'one answer per batch, not one per message').to.be.below(30);
      await octagon.updateComplete;
      expect(octagon.shadowRoot!.querySelector<HTMLInputElement>('#topic')!.value).to.equal('Versie 300');
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
