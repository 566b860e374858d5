import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from './commands.js';
import { loadPage } from './page-helpers.js';
import '../src/index.js';
import type { KjkTensionCard } from '../src/components/tension-card/tension-card.js';
import type { KjkSession } from '../src/components/session/session.js';
import { emptyState, parseState, STATE_VERSION, type SessionState } from '../src/internal/session/state.js';
import { sheetView } from '../src/internal/session/sheets.js';

let counter = 0;
const newKey = () => `test-${Date.now()}-${counter++}`;
const storageKey = (key: string) => `kjk-session:${key}`;

async function tensionCard(key: string, persist = 'session', field = '2'): Promise<KjkTensionCard> {
  const el = await fixture<KjkTensionCard>(
    html`<kjk-tension-card field=${field} storage-key=${key} persist=${persist}></kjk-tension-card>`,
  );
  await el.updateComplete;
  return el;
}

const q = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);

async function mark(el: KjkTensionCard, note?: string): Promise<void> {
  const box = q<HTMLInputElement>(el, '.mark input[type="checkbox"]')!;
  box.click();
  await el.updateComplete;
  if (note !== undefined) {
    const area = q<HTMLTextAreaElement>(el, 'textarea')!;
    area.value = note;
    area.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
  }
}

function captureConsole(kind: 'error' | 'warn'): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console[kind];
  console[kind] = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console[kind] = original) };
}

/** Replaces one of window's storage areas for the length of a test, as a browser that blocks it would. */
function overrideStorage(name: 'sessionStorage' | 'localStorage', getter: () => Storage): () => void {
  const original = Object.getOwnPropertyDescriptor(window, name);
  Object.defineProperty(window, name, { configurable: true, get: getter });
  return () => {
    if (original) Object.defineProperty(window, name, original);
    else delete (window as unknown as Record<string, unknown>)[name];
  };
}

afterEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe('the session', () => {
  it('fires kjk-change with the whole state on every change', async () => {
    const el = await tensionCard(newKey());
    setTimeout(() => q<HTMLInputElement>(el, '.mark input')!.click());
    const event = (await oneEvent(el, 'kjk-change')) as CustomEvent<{ state: SessionState }>;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.state.tensions['2']).to.deep.equal({ marked: true, note: '' });
  });

  it('fires no kjk-change when code sets state, ignores undefined and null, and rejects a state that throws', async () => {
    const el = await tensionCard(newKey());
    let fired = 0;
    el.addEventListener('kjk-change', () => fired++);
    const next = emptyState();
    next.tensions['2'] = { marked: true, note: 'van de host' };
    // A framework binding writes kjk-change back into state: that must not loop.
    el.addEventListener('kjk-change', (e) => (el.state = (e as CustomEvent<{ state: SessionState }>).detail.state));
    el.state = next;
    await el.updateComplete;
    expect(q<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('van de host');
    expect(fired).to.equal(0);
    el.state = undefined;
    el.state = null;
    await el.updateComplete;
    expect(el.state!.tensions['2']!.note).to.equal('van de host');
    const capture = captureConsole('error');
    try {
      el.state = { get version(): number { throw new Error('boom'); } };
      await el.updateComplete;
    } finally {
      capture.restore();
    }
    expect(capture.messages.join(' ')).to.contain('not applied');
    expect(el.state!.tensions['2']!.note).to.equal('van de host');
    // The user's own edits still fire, once each.
    await mark(el);
    expect(fired).to.equal(1);
  });

  it('survives a reload in the tab (persist="session") and keeps nothing in local storage', async () => {
    const key = newKey();
    const first = await tensionCard(key);
    await mark(first, 'Ouders willen meer regie');
    first.remove();
    expect(JSON.parse(sessionStorage.getItem(storageKey(key))!).tensions['2'].note).to.equal('Ouders willen meer regie');
    expect(localStorage.getItem(storageKey(key))).to.equal(null);
    const again = await tensionCard(key);
    expect(q<HTMLInputElement>(again, '.mark input')!.checked).to.equal(true);
    expect(q<HTMLTextAreaElement>(again, 'textarea')!.value).to.equal('Ouders willen meer regie');
    await expect(again).to.be.accessible();
  });

  it('keeps answers on the device with persist="local"', async () => {
    const key = newKey();
    const first = await tensionCard(key, 'local');
    await mark(first, 'x');
    first.remove();
    expect(localStorage.getItem(storageKey(key))).to.contain('"marked":true');
    expect(sessionStorage.getItem(storageKey(key))).to.equal(null);
    const again = await tensionCard(key, 'local');
    expect(q<HTMLInputElement>(again, '.mark input')!.checked).to.equal(true);
  });

  it('lets the user switch "Onthoud op dit apparaat" on and off', async () => {
    const key = newKey();
    const el = await tensionCard(key);
    await mark(el);
    const remember = q<HTMLInputElement>(el, '.session input[type="checkbox"]')!;
    expect(remember.checked).to.equal(false);
    remember.click();
    await el.updateComplete;
    expect(localStorage.getItem(storageKey(key))).to.contain('"marked":true');
    expect(sessionStorage.getItem(storageKey(key))).to.equal(null);
    expect(q(el, '.privacy')!.textContent).to.contain('tot jullie ze wissen');
    el.remove();
    const again = await tensionCard(key);
    expect(q<HTMLInputElement>(again, '.session input[type="checkbox"]')!.checked).to.equal(true);
    q<HTMLInputElement>(again, '.session input[type="checkbox"]')!.click();
    await again.updateComplete;
    expect(localStorage.getItem(storageKey(key))).to.equal(null);
    expect(sessionStorage.getItem(storageKey(key))).to.contain('"marked":true');
  });

  it('saves nothing and offers no "remember" with persist="none"', async () => {
    const key = newKey();
    const el = await tensionCard(key, 'none');
    await mark(el);
    expect(sessionStorage.getItem(storageKey(key))).to.equal(null);
    expect(localStorage.getItem(storageKey(key))).to.equal(null);
    expect(q(el, '.session input[type="checkbox"]')).to.equal(null);
    expect(q(el, '.privacy')!.textContent).to.contain('niet bewaard');
  });

  it('explains an invalid persist value in the console and uses "session"', async () => {
    const capture = captureConsole('error');
    try {
      const key = newKey();
      const el = await tensionCard(key, 'forever');
      await mark(el);
      expect(capture.messages.join()).to.contain('persist="forever"').and.to.contain('session, local, none');
      expect(sessionStorage.getItem(storageKey(key))).to.contain('"marked":true');
    } finally {
      capture.restore();
    }
  });

  it('"Alles wissen" asks first, and only then wipes screen and storage', async () => {
    const key = newKey();
    const el = await tensionCard(key);
    await mark(el, 'iets');
    q<HTMLButtonElement>(el, '[data-action="clear"]')!.click();
    await el.updateComplete;
    expect(q(el, '.confirm')!.textContent).to.contain('Alles wissen?');
    await expect(el).to.be.accessible();
    q<HTMLButtonElement>(el, '.confirm .button.quiet')!.click();
    await el.updateComplete;
    expect(q<HTMLInputElement>(el, '.mark input')!.checked).to.equal(true);
    q<HTMLButtonElement>(el, '[data-action="clear"]')!.click();
    await el.updateComplete;
    q<HTMLButtonElement>(el, '.confirm .danger')!.click();
    await el.updateComplete;
    expect(q<HTMLInputElement>(el, '.mark input')!.checked).to.equal(false);
    expect(JSON.parse(sessionStorage.getItem(storageKey(key))!)).to.deep.equal(emptyState());
    expect(el.shadowRoot!.activeElement).to.equal(q(el, '[data-action="clear"]'));
  });

  for (const [name, stored, expected] of [
    ['invalid JSON', '{"version":1, "tensions": {', 'konden niet worden gelezen'],
    ['a state that fails the schema', JSON.stringify({ version: 1, tensions: { 9: 'x' } }), 'konden niet worden gelezen'],
    ['an unknown future version', JSON.stringify({ version: STATE_VERSION + 1, newThing: true }), 'nieuwere versie'],
  ] as const) {
    it(`with ${name} in storage: works in memory, says so once, and overwrites only when asked`, async () => {
      const key = newKey();
      sessionStorage.setItem(storageKey(key), stored);
      const el = await tensionCard(key);
      const alert = q(el, '.problem[role="alert"]')!;
      expect(alert.textContent).to.contain(expected);
      await expect(el).to.be.accessible();
      await mark(el, 'in het geheugen');
      expect(q<HTMLInputElement>(el, '.mark input')!.checked).to.equal(true);
      expect(sessionStorage.getItem(storageKey(key))).to.equal(stored);
      q<HTMLButtonElement>(el, '.problem .button:not(.quiet)')!.click();
      await el.updateComplete;
      expect(JSON.parse(sessionStorage.getItem(storageKey(key))!).tensions['2'].note).to.equal('in het geheugen');
      expect(q(el, '.problem')).to.equal(null);
    });
  }

  it('with storage blocked by the browser: works in memory and says so', async () => {
    // As a browser that blocks storage does it: from the page's first script on. (Redefining
    // window.sessionStorage in the middle of this test page is not that: WebKit's JIT keeps
    // reading the real storage once the code that reads it is hot.)
    const blocked = `<script>Object.defineProperty(window, 'sessionStorage', { configurable: true, get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });</script>`;
    const page = await loadPage({ scripts: ['/dist/cdn/kjk.js'], head: blocked, body: `<kjk-tension-card field="2" storage-key="${newKey()}"></kjk-tension-card>` });
    try {
      const el = page.elements[0] as KjkTensionCard;
      expect(q(el, '.problem')!.textContent).to.contain('staat opslaan niet toe');
      await mark(el, 'toch bewaard in het geheugen');
      expect(el.state!.tensions['2']!.note).to.equal('toch bewaard in het geheugen');
      q<HTMLButtonElement>(el, '.problem .button.quiet')!.click();
      await el.updateComplete;
      expect(q(el, '.problem')).to.equal(null);
      expect(page.errors).to.deep.equal([]);
    } finally {
      page.cleanup();
    }
  });

  it('with a full quota: keeps the answers in memory and says so once', async () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const el = await tensionCard(newKey());
      await mark(el, 'a');
      expect(q(el, '.problem')!.textContent).to.contain('geen ruimte meer');
      q<HTMLButtonElement>(el, '.problem .button.quiet')!.click();
      await el.updateComplete;
      await mark(el); // unmark: still no room, but the user was told already
      expect(q(el, '.problem')).to.equal(null);
      expect(el.state!.tensions['2']!.marked).to.equal(false);
    } finally {
      Storage.prototype.setItem = original;
    }
  });

  it('reads answers saved by release 0.1 (state version 1, before drawings) and saves them as version 3', async () => {
    const octagon = {
      topic: 'Regie',
      active: 'p-1',
      participants: [{ id: 'p-1', name: 'Sanne', notes: { why: [{ id: 'n-1', text: 'Omdat het kan' }] }, figures: [] }],
    };
    const v1 = { ...emptyState(), version: 1, worksheets: { octagon } };
    const parsed = parseState(v1);
    expect(parsed.ok && parsed.state.version).to.equal(3);
    expect(parsed.ok && sheetView(parsed.state, 'octagon')).to.deep.equal(octagon);
    const key = `v1-${Date.now()}`;
    sessionStorage.setItem(`kjk-session:${key}`, JSON.stringify(v1));
    const el = await fixture<KjkTensionCard>(html`<kjk-tension-card field="2" storage-key=${key}></kjk-tension-card>`);
    expect(sheetView(el.state, 'octagon')!.participants[0].notes.why[0].text).to.equal('Omdat het kan');
    expect(el.shadowRoot!.querySelector('.problem')).to.equal(null);
    el.shadowRoot!.querySelector<HTMLInputElement>('.mark input')!.click();
    await el.updateComplete;
    const saved = JSON.parse(sessionStorage.getItem(`kjk-session:${key}`)!);
    expect(saved.version).to.equal(3);
    expect(sheetView(saved, 'octagon')).to.deep.equal(octagon);
  });

  it('restores a state set by the host page, and rejects an invalid one unchanged', async () => {
    const el = await tensionCard(newKey());
    const state = emptyState();
    state.tensions['2'] = { marked: true, note: 'uit het LMS' };
    el.state = state;
    await el.updateComplete;
    expect(q<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('uit het LMS');
    const capture = captureConsole('error');
    try {
      el.state = { version: 1, plan: 'nee' };
      el.state = { version: 99 };
    } finally {
      capture.restore();
    }
    expect(capture.messages).to.have.length(2);
    expect(capture.messages[0]).to.contain('plan');
    expect(capture.messages[1]).to.contain('version 99');
    expect(el.state!.tensions['2']!.note).to.equal('uit het LMS');
  });

  it('shows HTML in user text as text', async () => {
    const el = await tensionCard(newKey());
    await mark(el, '<img src=x onerror="window.__pwned=1"><b>vet</b>');
    el.remove();
    const again = await tensionCard(el.storageKey);
    expect(q(again, 'img, b')).to.equal(null);
    expect(q<HTMLTextAreaElement>(again, 'textarea')!.value).to.contain('<b>vet</b>');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('keeps two sessions with different keys apart, and one key shared', async () => {
    const [a, b] = [newKey(), newKey()];
    const wrapper = await fixture(html`<div>
      <kjk-tension-card field="1" storage-key=${a}></kjk-tension-card>
      <kjk-tension-card field="1" storage-key=${b}></kjk-tension-card>
      <kjk-tension-card field="1" storage-key=${a}></kjk-tension-card>
    </div>`);
    const [first, second, third] = [...wrapper.querySelectorAll('kjk-tension-card')];
    await Promise.all([first, second, third].map((e) => e.updateComplete));
    q<HTMLInputElement>(first, '.mark input')!.click();
    await Promise.all([first, second, third].map((e) => e.updateComplete));
    expect(q<HTMLInputElement>(second, '.mark input')!.checked).to.equal(false);
    expect(q<HTMLInputElement>(third, '.mark input')!.checked).to.equal(true);
  });
});

describe('<kjk-session>', () => {
  it('shares one session between the elements inside it, with one privacy line', async () => {
    const key = newKey();
    const session = await fixture<KjkSession>(html`<kjk-session storage-key=${key}>
      <kjk-tension-card field="3"></kjk-tension-card>
      <kjk-tension-card field="4"></kjk-tension-card>
    </kjk-session>`);
    const [three, four] = [...session.querySelectorAll('kjk-tension-card')];
    await Promise.all([three.updateComplete, four.updateComplete]);
    expect(q(three, '.session')).to.equal(null);
    expect(q(session, '.session')).to.exist;
    setTimeout(() => q<HTMLInputElement>(four, '.mark input')!.click());
    const event = (await oneEvent(session, 'kjk-change')) as CustomEvent<{ state: SessionState }>;
    expect(event.detail.state.tensions['4']!.marked).to.equal(true);
    expect(session.state!.tensions['4']!.marked).to.equal(true);
    expect(JSON.parse(sessionStorage.getItem(storageKey(key))!).tensions['4'].marked).to.equal(true);
    await expect(session).to.be.accessible();
  });
});

/** Moves an element as a framework or CMS editor does: out of the page and back in. */
async function move<T extends HTMLElement & { updateComplete: Promise<unknown> }>(el: T): Promise<T> {
  const parent = el.parentElement!;
  el.remove();
  await new Promise((r) => setTimeout(r));
  parent.append(el);
  await el.updateComplete;
  return el;
}

const fullQuota = () => {
  const original = Storage.prototype.setItem;
  Storage.prototype.setItem = function () {
    throw new DOMException('full', 'QuotaExceededError');
  };
  return () => (Storage.prototype.setItem = original);
};

const blockSession = () =>
  overrideStorage('sessionStorage', () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  });

describe('answers held only in memory', () => {
  it('survive an element being moved in the page with persist="none"', async () => {
    const el = await tensionCard(newKey(), 'none');
    await mark(el, 'alleen in het geheugen');
    await move(el);
    expect(q<HTMLInputElement>(el, '.mark input')!.checked).to.equal(true);
    expect(q<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('alleen in het geheugen');
  });

  it('are kept, and now saved, when the page switches persist="none" to "session"', async () => {
    const key = newKey();
    const el = await tensionCard(key, 'none');
    await mark(el, 'eerst niet bewaard');
    el.persist = 'session';
    await el.updateComplete;
    await el.updateComplete;
    expect(q<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('eerst niet bewaard');
    expect(JSON.parse(sessionStorage.getItem(storageKey(key))!).tensions['2'].note).to.equal('eerst niet bewaard');
  });

  it('survive an element being moved while storage is blocked', async () => {
    const restore = blockSession();
    try {
      const el = await tensionCard(newKey());
      await mark(el, 'geblokkeerd');
      await move(el);
      expect(q<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('geblokkeerd');
    } finally {
      restore();
    }
  });

  it('survive an element being moved while storage is full', async () => {
    const restore = fullQuota();
    try {
      const el = await tensionCard(newKey());
      await mark(el, 'vol');
      await move(el);
      expect(q<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('vol');
    } finally {
      restore();
    }
  });

  it('survive an element being moved while unreadable stored data is kept', async () => {
    const key = newKey();
    sessionStorage.setItem(storageKey(key), '{kapot');
    const el = await tensionCard(key);
    await mark(el, 'naast de oude gegevens');
    await move(el);
    expect(q<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('naast de oude gegevens');
    expect(sessionStorage.getItem(storageKey(key))).to.equal('{kapot');
  });
});

describe('one storage key with different persist values', () => {
  it('gives one shared session and one console warning naming both values', async () => {
    const key = newKey();
    const capture = captureConsole('warn');
    let cards: KjkTensionCard[];
    try {
      const wrapper = await fixture(html`<div>
        <kjk-tension-card field="1" storage-key=${key} persist="session"></kjk-tension-card>
        <kjk-tension-card field="1" storage-key=${key} persist="none"></kjk-tension-card>
        <kjk-tension-card field="1" storage-key=${key} persist="none"></kjk-tension-card>
      </div>`);
      cards = [...wrapper.querySelectorAll<KjkTensionCard>('kjk-tension-card')];
      await Promise.all(cards.map((c) => c.updateComplete));
    } finally {
      capture.restore();
    }
    const warnings = capture.messages.filter((m) => m.includes(key));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('persist="session"').and.to.contain('persist="none"');
    await mark(cards[1], 'gedeeld');
    await Promise.all(cards.map((c) => c.updateComplete));
    for (const card of cards) expect(q<HTMLTextAreaElement>(card, 'textarea')!.value).to.equal('gedeeld');
    expect(JSON.parse(sessionStorage.getItem(storageKey(key))!).tensions['1'].note).to.equal('gedeeld');
  });
});

describe('the privacy line tells the truth', () => {
  const privacy = (el: Element) => q(el, '.privacy')!.textContent!;

  it('when storage is blocked, also after the message is closed', async () => {
    const restore = blockSession();
    try {
      const el = await tensionCard(newKey());
      expect(privacy(el)).to.contain('omdat deze browser opslaan niet toestaat').and.not.to.contain('tabblad');
      await expect(el).to.be.accessible();
      q<HTMLButtonElement>(el, '.problem [data-action="dismiss"]')!.click();
      await el.updateComplete;
      expect(privacy(el)).to.contain('omdat deze browser opslaan niet toestaat');
    } finally {
      restore();
    }
  });

  it('when storage is full', async () => {
    const restore = fullQuota();
    try {
      const el = await tensionCard(newKey(), 'local');
      await mark(el, 'a');
      expect(privacy(el)).to.contain('omdat er geen ruimte meer is').and.not.to.contain('tot jullie ze wissen');
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });

  it('while unreadable or newer stored data is kept', async () => {
    for (const stored of ['{kapot', JSON.stringify({ version: STATE_VERSION + 1 })]) {
      const key = newKey();
      sessionStorage.setItem(storageKey(key), stored);
      const el = await tensionCard(key);
      expect(privacy(el)).to.contain('oude gegevens blijven staan').and.not.to.contain('tabblad');
      el.remove();
    }
  });

  it('in English', async () => {
    const restore = blockSession();
    try {
      const el = await fixture<KjkTensionCard>(html`<kjk-tension-card lang="en" field="2" storage-key=${newKey()}></kjk-tension-card>`);
      expect(privacy(el)).to.contain('your browser does not allow saving');
    } finally {
      restore();
    }
  });
});

describe('stored data that could not be read', () => {
  const octagon = {
    topic: 'Regie',
    active: 'p-1',
    participants: [{ id: 'p-1', name: 'Sanne', notes: { why: [{ id: 'n-1', text: 'Omdat het kan' }] }, figures: [] }],
  };
  // As version 2 stored it: the sheet with its own topic and participants.
  const damaged = JSON.stringify({
    ...emptyState(),
    version: 2,
    tensions: { '2': { marked: true, note: 'Wie beslist?' }, '9': 'x' },
    worksheets: { octagon, 'circle-quadrant': { topic: 5 } },
  });

  async function downloads(action: () => Promise<void>): Promise<Array<{ name: string; text: string }>> {
    const files: Array<{ name: string; blob?: Blob }> = [];
    const createObjectURL = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    let blob: Blob | undefined;
    URL.createObjectURL = (b: Blob) => ((blob = b), 'blob:test');
    HTMLAnchorElement.prototype.click = function () {
      files.push({ name: this.download, blob });
    };
    try {
      await action();
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    return Promise.all(files.map(async (f) => ({ name: f.name, text: await f.blob!.text() })));
  }

  it('restores the parts that are valid, says so, and keeps storage until the user chooses', async () => {
    const key = newKey();
    sessionStorage.setItem(storageKey(key), damaged);
    const el = await tensionCard(key);
    expect(q(el, '.problem')!.textContent).to.contain('konden niet worden gelezen').and.to.contain('Een deel kon wel worden gelezen');
    expect(q<HTMLInputElement>(el, '.mark input')!.checked).to.equal(true);
    expect(q<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('Wie beslist?');
    expect(sheetView(el.state, 'octagon')).to.deep.equal(octagon);
    expect(el.state!.worksheets['circle-quadrant']).to.equal(undefined);
    await expect(el).to.be.accessible();
    await mark(el);
    expect(sessionStorage.getItem(storageKey(key))).to.equal(damaged);
    q<HTMLButtonElement>(el, '.problem .button:not(.quiet)')!.click();
    await el.updateComplete;
    const saved = JSON.parse(sessionStorage.getItem(storageKey(key))!);
    expect(sheetView(saved, 'octagon')).to.deep.equal(octagon);
    expect(saved.tensions['2']).to.deep.equal({ marked: false, note: 'Wie beslist?' });
  });

  it('offers the old data as a download, by keyboard', async () => {
    for (const stored of [damaged, '{"version":1, "tensions": {', JSON.stringify({ version: STATE_VERSION + 1, newThing: true })]) {
      const key = newKey();
      sessionStorage.setItem(storageKey(key), stored);
      const el = await tensionCard(key);
      const button = q<HTMLButtonElement>(el, '.problem [data-action="download-old"]')!;
      expect(button.textContent!.trim()).to.equal('Sla de oude gegevens op als bestand');
      const files = await downloads(async () => {
        button.focus();
        await sendKeys({ press: 'Enter' });
      });
      expect(files).to.deep.equal([{ name: 'ken-je-kracht-oude-gegevens.txt', text: stored }]);
      el.remove();
    }
  });

  it('says nothing was restored when nothing could be', async () => {
    const key = newKey();
    sessionStorage.setItem(storageKey(key), JSON.stringify({ version: 1, tensions: { 9: 'x' } }));
    const el = await tensionCard(key);
    expect(q(el, '.problem')!.textContent).to.not.contain('Een deel');
  });
});
