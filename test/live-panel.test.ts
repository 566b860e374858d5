/**
 * The live session's panel and what elements do in a room (issue 15), against the test double of
 * the connection (test/live-fake.ts): the states and their texts, roles and axe, the keyboard
 * path, the participant's own storage key, the fan following the facilitator, and that nothing
 * is imported or requested without `live-server` and without a join link. The connection itself
 * is tested against a real server elsewhere.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { forcedColors, sendKeys } from './commands.js';
import { itRequires } from './engine.js';
import { until } from './dom-helpers.js';
import '../src/index.js';
import { setLiveLoader } from '../src/internal/live/live-loader.js';
import { resetLiveRooms } from '../src/internal/live/live-controller.js';
import { liveServerProblem } from '../src/internal/live/live-driver.js';
import { fakeLive, FAKE_KEY, FAKE_ROOM, type FakeLive } from './live-fake.js';
import type { WorksheetElement } from '../src/internal/worksheet/worksheet-element.js';
import type { KjkFan } from '../src/components/fan/fan.js';

type Host = HTMLElement & { updateComplete: Promise<unknown> };
const q = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const panelText = (el: Element) => text(q(el, '.live'));
const JOIN_HASH = `#kjk-live=${FAKE_ROOM}.${FAKE_KEY}`;

async function settle(el: Host): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
  }
}

async function octagon(attrs = 'live-server="wss://live.example.nl"', key = 'live-test'): Promise<WorksheetElement> {
  const el = await fixture<WorksheetElement>(
    html`<div>${unsafeAttrs(`<kjk-octagon persist="session" storage-key="${key}" ${attrs}></kjk-octagon>`)}</div>`,
  );
  const sheet = el.querySelector('kjk-octagon') as WorksheetElement;
  await settle(sheet);
  await until(() => !attrs.includes('live-server') || q(sheet, '.live'));
  return sheet;
}

/** The attributes as the page writes them (an empty `live-server` is no server). */
function unsafeAttrs(markup: string): Node {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.content.cloneNode(true);
}

function useFake(options?: Parameters<typeof fakeLive>[0]): FakeLive {
  const fake = fakeLive(options);
  setLiveLoader(() => (options?.fail ? Promise.reject(new Error('offline')) : Promise.resolve(fake.module)));
  return fake;
}

async function pressOn(el: Host, selector: string, key = 'Enter'): Promise<void> {
  q(el, selector)!.focus();
  await sendKeys({ press: key });
  await settle(el);
}

const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

afterEach(() => {
  resetLiveRooms();
  setLiveLoader();
  history.replaceState(null, '', location.pathname + location.search);
  sessionStorage.clear();
});

describe('live sessions: nothing without live-server', () => {
  // First in the file: later tests load the panel's chunk into this page.
  it('without live-server and without a join link there is no panel, no import and no request', async () => {
    let loads = 0;
    setLiveLoader(() => {
      loads++;
      return Promise.reject(new Error('must not load'));
    });
    const before = performance.getEntriesByType('resource').length;
    const wrapper = await fixture<HTMLElement>(html`<div>
      <kjk-octagon persist="none"></kjk-octagon>
      <kjk-fan persist="none"></kjk-fan>
      <kjk-session persist="none"><kjk-tension-card field="2"></kjk-tension-card></kjk-session>
    </div>`);
    for (const el of wrapper.querySelectorAll<Host>('kjk-octagon, kjk-fan, kjk-session, kjk-tension-card')) await settle(el);
    (wrapper.querySelector('kjk-fan') as KjkFan).showCard('tension-2');
    await settle(wrapper.querySelector('kjk-fan') as KjkFan);
    const requested = performance.getEntriesByType('resource').slice(before).map((e) => e.name);
    const live = requested.filter((name) => /live-panel|live-session|lean-qr|yjs|hocuspocus|messages\/live/.test(name));
    expect(live, 'live code requested').to.deep.equal([]);
    expect(loads).to.equal(0);
    for (const el of wrapper.querySelectorAll('kjk-octagon, kjk-fan, kjk-session, kjk-tension-card')) {
      expect(q(el, '.live'), el.localName).to.equal(null);
    }
  });
});

describe('live sessions: a live-server that cannot be one', () => {
  it('says calmly that the page is not set up, tells the developer why once, loads nothing, and offers the start once the address is right', async () => {
    const fake = useFake();
    let loads = 0;
    setLiveLoader(() => (loads++, Promise.resolve(fake.module)));
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    try {
      const el = await octagon('live-server="live.example.nl"');
      expect(text(q(el, '[data-live="message"]'))).to.equal('Samen invullen is op deze pagina niet goed ingesteld. Vraag de beheerder van de pagina om hulp. Alleen invullen kan gewoon.');
      expect(!!q(el, '[data-live="start"]')).to.equal(false);
      expect(q(el, '.live')!.classList.contains('problem')).to.equal(true);
      expect(!!q(el, '#add-why'), 'the sheet works as ever').to.equal(true);
      el.requestUpdate();
      await settle(el);
      expect(errors.filter((e) => e.includes('live-server="live.example.nl" is not an address'))).to.have.length(1);
      expect(loads, 'no connection code loaded').to.equal(0);
      await expect(el).to.be.accessible();

      el.setAttribute('live-server', 'wss://live.example.nl');
      await settle(el);
      expect(!!q(el, '[data-live="start"]'), 'corrected: "Start samen invullen"').to.equal(true);
      await pressOn(el, '[data-live="start"]');
      expect(fake.calls).to.deep.equal(['startLive:wss://live.example.nl:kjk-session:live-test']);
    } finally {
      console.error = original;
    }
  });

  it('knows what a browser can reach: wss:// anywhere, ws:// only to this computer from a secure page', () => {
    expect(liveServerProblem('wss://live.example.nl/kjk', 'https:')).to.equal(undefined);
    expect(liveServerProblem('ws://127.0.0.1:1234', 'https:')).to.equal(undefined);
    expect(liveServerProblem('ws://localhost:1234', 'https:')).to.equal(undefined);
    expect(liveServerProblem('ws://live.example.nl', 'http:')).to.equal(undefined);
    expect(liveServerProblem('ws://live.example.nl', 'https:')).to.equal('insecure');
    expect(liveServerProblem('https://live.example.nl', 'https:')).to.equal('scheme');
    expect(liveServerProblem('live.example.nl', 'https:')).to.equal('address');
    expect(liveServerProblem('<script>', 'https:')).to.equal('address');
  });
});

describe('live sessions: the facilitator', () => {
  it('offers "Samen invullen" with a start button, and passes axe', async () => {
    useFake();
    const el = await octagon();
    expect(text(q(el, '.live-title'))).to.equal('Samen invullen, ieder op een eigen apparaat');
    const start = q<HTMLButtonElement>(el, '[data-live="start"]')!;
    expect(text(start)).to.equal('Start samen invullen');
    expect(q(el, '.live')!.getAttribute('role')).to.equal('group');
    expect(start.getBoundingClientRect().height).to.be.at.least(44);
    await expect(el).to.be.accessible();
  });

  it('starts, shows the link as a QR code and text, copies it, lists people by count, reveals and ends after a confirmation, by keyboard', async () => {
    const fake = useFake();
    const el = await octagon();
    await pressOn(el, '[data-live="start"]');
    expect(fake.calls).to.deep.equal(['startLive:wss://live.example.nl:kjk-session:live-test']);
    expect(focused(el)?.dataset.live, 'focus on the link heading').to.equal('link-heading');
    const link = q<HTMLInputElement>(el, '#live-link')!;
    expect(link.value).to.equal(`${location.href.split('#')[0]}${JOIN_HASH}`);
    const qr = q(el, 'svg.qr')!;
    expect(qr.getAttribute('role')).to.equal('img');
    expect(qr.getAttribute('aria-label')).to.equal('QR-code met de link om mee te doen');
    expect(qr.querySelector('path.qr-dark')!.getAttribute('d')!.length).to.be.above(100);
    expect(qr.querySelector('[style]'), 'no inline style').to.equal(null);
    await expect(el).to.be.accessible();

    const original = navigator.clipboard.writeText;
    let copied = '';
    navigator.clipboard.writeText = async (value: string) => void (copied = value);
    try {
      await pressOn(el, '[data-live="copy"]');
    } finally {
      navigator.clipboard.writeText = original;
    }
    expect(copied).to.equal(link.value);
    expect(text(q(el, '.live-copied'))).to.equal('Link gekopieerd');
    expect(text(q(el, '.status[role="status"]')), 'announced on the status line').to.equal('Link gekopieerd');

    fake.last!.addPerson('', 3);
    fake.last!.addPerson('Mo', 1);
    fake.last!.addPerson('', 0, { online: false });
    await settle(el);
    const people = [...el.shadowRoot!.querySelectorAll('.live-people li')].map(text);
    expect(people).to.deep.equal([
      'Deelnemer 1 (jij) · 0 notities',
      'Deelnemer 2 · 3 notities',
      'Mo · 1 notitie',
      'Deelnemer 4 · 0 notities · niet verbonden',
    ]);
    expect(text(q(el, '.status[role="status"]'))).to.equal('Deelnemer 4 doet mee.');
    await expect(el).to.be.accessible();

    expect(panelText(el)).to.contain('Je ziet alleen hoeveel iedereen heeft ingevuld, niet wat.');
    await pressOn(el, '[data-live="reveal"]');
    expect(fake.last!.calls).to.include('reveal');
    expect(text(q(el, '[data-live="message"]'))).to.equal('Iedereen ziet nu alle bladen.');
    expect(panelText(el), 'after the reveal everyone sees what, so the panel no longer says otherwise').to.not.contain('niet wat');
    expect(q(el, '[data-live="reveal"]')).to.equal(null);

    await pressOn(el, '[data-live="end"]');
    expect(focused(el)?.dataset.live, 'focus on the question').to.equal('confirm-end');
    expect(fake.last!.calls).to.not.include('end');
    await expect(el).to.be.accessible();
    await pressOn(el, '[data-live="end-no"]');
    expect(focused(el)?.dataset.live).to.equal('end');
    await pressOn(el, '[data-live="end"]');
    await pressOn(el, '[data-live="end-yes"]');
    expect(fake.last!.calls).to.include('end');
    expect(panelText(el)).to.contain('De sessie is beëindigd. Iedereen houdt een eigen kopie.');
    expect(focused(el)?.dataset.live).to.equal('message');
    await expect(el).to.be.accessible();
  });

  it('says calmly when the connection drops and when it is back', async () => {
    const fake = useFake();
    const el = await octagon();
    q<HTMLButtonElement>(el, '[data-live="start"]')!.click();
    await settle(el);
    fake.last!.set({ status: 'offline' });
    await settle(el);
    expect(text(q(el, '.live-offline'))).to.equal('Geen verbinding. Je kunt gewoon verder; alles komt samen zodra de verbinding terug is.');
    expect(text(q(el, '.status[role="status"]'))).to.equal(text(q(el, '.live-offline')));
    expect(q(el, '#add-why'), 'still editable').to.exist;
    await expect(el).to.be.accessible();
    fake.last!.set({ status: 'connected' });
    await settle(el);
    expect(q(el, '.live-offline')).to.equal(null);
    expect(text(q(el, '.status[role="status"]'))).to.equal('De verbinding is terug. Alles komt weer samen.');
  });

  it('moved on the page (removed and added again), the element stays in its room with the same session', async () => {
    const fake = useFake();
    const el = await octagon();
    await pressOn(el, '[data-live="start"]');
    const store = el.session.store;
    const parent = el.parentElement!;
    const elsewhere = document.createElement('section');
    parent.after(elsewhere);
    try {
      elsewhere.append(el);
      await settle(el);
      await new Promise((r) => setTimeout(r, 20));
      await settle(el);
      expect(fake.last!.calls, 'the device did not leave').to.not.include('leave');
      expect(el.session.store, 'the same session').to.equal(store);
      expect(q<HTMLInputElement>(el, '#live-link')?.value, 'still the room’s link').to.equal(`${location.href.split('#')[0]}${JOIN_HASH}`);
      expect(!!q(el, '[data-live="start"]'), 'not offered to start another room').to.equal(false);
      expect(fake.calls).to.have.length(1);
    } finally {
      elsewhere.remove();
    }
  });

  it('a new storage-key in a room: the device leaves that room, keeps its copy, and can start one for the new session', async () => {
    const fake = useFake();
    const el = await octagon();
    await pressOn(el, '[data-live="start"]');
    const room = fake.last!;
    el.session.update((s) => void (s.worksheets.octagon ??= { notes: {} } as never));
    el.setAttribute('storage-key', 'other-team');
    await settle(el);
    expect(room.calls, 'left the old room').to.include('leave');
    expect(!!q(el, '[data-live="start"]'), 'the new session is not in a room').to.equal(true);
    expect(sessionStorage.getItem('kjk-session:live-test'), 'the old session’s copy stays').to.not.equal(null);
    await pressOn(el, '[data-live="start"]');
    expect(fake.calls.at(-1)).to.equal('startLive:wss://live.example.nl:kjk-session:other-team');
  });

  it('says so when the live part cannot be loaded, and tries again', async () => {
    useFake({ fail: true });
    const el = await octagon();
    await pressOn(el, '[data-live="start"]');
    expect(text(q(el, '[data-live="message"]'))).to.contain('Samen invullen kan nu niet starten');
    expect(focused(el)?.dataset.live).to.equal('retry');
    await expect(el).to.be.accessible();
    const fake = useFake();
    await pressOn(el, '[data-live="retry"]');
    expect(fake.calls).to.have.length(1);
    expect(q(el, '#live-link')).to.exist;
  });
});

describe('live sessions: the word cloud', () => {
  async function cloud(): Promise<WorksheetElement> {
    const el = await fixture<WorksheetElement>(html`<div>${unsafeAttrs('<kjk-word-cloud persist="session" storage-key="cloud" live-server="wss://live.example.nl"></kjk-word-cloud>')}</div>`);
    const sheet = el.querySelector('kjk-word-cloud') as WorksheetElement;
    await settle(sheet);
    await until(() => q(sheet, '.live'));
    await settle(sheet);
    return sheet;
  }

  it('speaks of words, shared as they come: no reveal, counts in words', async () => {
    const fake = useFake();
    const el = await cloud();
    expect(text(q(el, '.live .live-help'))).to.equal('Iedereen opent een link op een eigen telefoon of laptop en zet er woorden bij. Die verschijnen meteen bij iedereen.');
    await pressOn(el, '[data-live="start"]');
    fake.last!.addPerson('Mo', 1);
    fake.last!.addPerson('', 4);
    await settle(el);
    expect([...el.shadowRoot!.querySelectorAll('.live-people li')].map(text)).to.deep.equal(['Deelnemer 1 (jij) · 0 woorden', 'Mo · 1 woord', 'Deelnemer 3 · 4 woorden']);
    expect(panelText(el), 'nothing to reveal in a cloud everyone sees').to.not.contain('Deel je bevindingen');
    expect(panelText(el)).to.not.contain('niet wat');
    expect(!!q(el, '[data-live="reveal"]')).to.equal(false);
    expect(!!q(el, '[data-live="end"]'), 'the session still ends').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('tells a participant their words appear on every screen', async () => {
    history.replaceState(null, '', JOIN_HASH);
    useFake();
    const el = await cloud();
    expect(!!q(el, '[data-action="add-participant"]')).to.equal(false);
    await pressOn(el, '[data-live="join"]');
    expect(text(q(el, '[data-live="message"]'))).to.equal('Je woorden verschijnen meteen bij iedereen.');
    await expect(el).to.be.accessible();
  });
});

describe('live sessions: forced colours', () => {
  itRequires('forced-colors', 'keeps the QR code black on white and the buttons outlined', async () => {
    useFake();
    const el = await octagon();
    await pressOn(el, '[data-live="start"]');
    await forcedColors('active');
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const qr = q(el, 'svg.qr')!;
    expect(getComputedStyle(qr).forcedColorAdjust).to.equal('none');
    expect(getComputedStyle(qr.querySelector('.qr-dark')!).fill).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(qr.querySelector('.qr-ground')!).fill).to.equal('rgb(255, 255, 255)');
    for (const action of ['copy', 'reveal', 'end']) {
      expect(getComputedStyle(q(el, `[data-live="${action}"]`)!).borderTopStyle, action).to.equal('solid');
    }
    await forcedColors('none');
  });
});

describe('live sessions: a participant', () => {
  beforeEach(() => history.replaceState(null, '', JOIN_HASH));

  it('joins with a nickname under a storage key of its own; the device’s earlier answers stay as they were', async () => {
    const earlier = JSON.stringify({ version: 3, participants: [{ id: 'x', name: 'Eerder' }], worksheets: {}, tensions: {}, plan: { step: 1 } });
    sessionStorage.setItem('kjk-session:team', earlier);
    const fake = useFake();
    const el = await octagon('live-server="wss://live.example.nl"', 'team');
    expect(text(q(el, '.live-title'))).to.equal('Doe mee met samen invullen');
    expect(q(el, '.live')!.compareDocumentPosition(q(el, 'article.ws')!) & Node.DOCUMENT_POSITION_FOLLOWING, 'above the sheet').to.be.above(0);
    const name = q<HTMLInputElement>(el, '#live-name')!;
    expect(text(q(el, `#${name.getAttribute('aria-describedby')}`))).to.equal('Schrijf geen namen van gezinnen of kinderen.');
    expect(text(q(el, 'label[for="live-name"]'))).to.contain('naam of bijnaam');
    expect(el.state!.participants.map((p) => p.name), 'the room’s sheet from the start, not the earlier one').to.not.include('Eerder');
    expect(!!q(el, '[data-action="add-participant"]'), 'before joining, no one to add either: this device is one participant').to.equal(false);
    await expect(el).to.be.accessible();

    name.focus();
    await sendKeys({ type: 'Kim' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(fake.calls).to.deep.equal([`joinLive:wss://live.example.nl:kjk-session:team@${FAKE_ROOM.slice(0, 8)}:${FAKE_ROOM}.${FAKE_KEY}`]);
    expect(fake.last!.calls).to.deep.equal(['setName:Kim']);
    expect(text(q(el, '[data-live="message"]'))).to.equal('Je vult je eigen blad in. De gespreksleider deelt straks alles.');
    expect(focused(el)?.dataset.live).to.equal('message');
    expect(sessionStorage.getItem('kjk-session:team'), 'earlier answers untouched').to.equal(earlier);
    expect(el.state!.participants.map((p) => p.id), 'only this device in the room').to.deep.equal([fake.last!.me]);
    // Each device is one participant: no switching, adding or removing people.
    expect(q(el, '.participant-tabs')).to.equal(null);
    expect(q(el, '[data-action="add-participant"]')).to.equal(null);
    expect(location.hash, 'the link stays, so a reload rejoins').to.equal(JOIN_HASH);
    await expect(el).to.be.accessible();

    // The reveal: every sheet arrives in the state; "Bekijk alle bladen" opens them.
    el.session.update((s) => void s.participants.push({ id: 'p-2', name: 'Sam' }));
    fake.last!.set({ revealed: true });
    await settle(el);
    expect(text(q(el, '[data-live="message"]'))).to.equal('Iedereen ziet nu alle bladen.');
    expect(text(q(el, '.status[role="status"]'))).to.equal('Iedereen ziet nu alle bladen.');
    const seeAll = q<HTMLButtonElement>(el, '[data-action="share"]')!;
    expect(text(seeAll)).to.equal('Bekijk alle bladen');
    expect(el.worksheet.active, 'still filling in its own sheet').to.equal(fake.last!.me);
    await pressOn(el, '[data-action="share"]');
    expect(q(el, '[data-action="share"]')!.getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('in <kjk-session>, the work formats inside move to the room with it', async () => {
    const fake = useFake();
    const wrapper = await fixture<HTMLElement>(html`<kjk-session storage-key="lesson" live-server="wss://live.example.nl"
      ><kjk-octagon></kjk-octagon
    ></kjk-session>`);
    const sheet = wrapper.querySelector('kjk-octagon') as WorksheetElement;
    await settle(wrapper as Host);
    await until(() => q(wrapper, '[data-live="join"]'));
    expect(q(sheet, '.live'), 'one panel, on the session').to.equal(null);
    await pressOn(wrapper as Host, '[data-live="join"]');
    await settle(sheet);
    expect(sheet.state!.participants.map((p) => p.id)).to.deep.equal([fake.last!.me]);
    expect(q(sheet, '[data-action="add-participant"]')).to.equal(null);
    fake.last!.set({ status: 'offline' });
    await settle(wrapper as Host);
    expect(text(q(wrapper, '.live [role="status"]')), 'its own polite region').to.contain('Geen verbinding');
  });

  it('speaks English on an English page', async () => {
    useFake();
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"><kjk-octagon persist="none" live-server="wss://live.example.nl"></kjk-octagon></div>`);
    const el = wrapper.firstElementChild as WorksheetElement;
    await settle(el);
    await until(() => q(el, '.live-title'));
    await settle(el);
    expect(text(q(el, '.live-title'))).to.equal('Join in filling in together');
    await pressOn(el, '[data-live="join"]');
    expect(text(q(el, '[data-live="message"]'))).to.equal('You fill in your own sheet. The facilitator will share everything later.');
  });

  for (const [title, options, hash, attrs, expected] of [
    ['a wrong key', { status: 'wrong-key' as const }, JOIN_HASH, 'live-server="wss://live.example.nl"', 'Deze link klopt niet of is onvolledig. Vraag de gespreksleider om een nieuwe link.'],
    ['a broken link', {}, '#kjk-live=abc', 'live-server="wss://live.example.nl"', 'Deze link klopt niet of is onvolledig. Vraag de gespreksleider om een nieuwe link.'],
    ['a server that refuses', { status: 'refused' as const }, JOIN_HASH, 'live-server="wss://live.example.nl"', 'De server laat deze sessie niet toe. Vraag de gespreksleider om hulp.'],
  ] as const) {
    it(`shows ${title} clearly and nothing of the room`, async () => {
      history.replaceState(null, '', hash);
      useFake(options);
      const el = await octagon(attrs);
      // A broken link is said at once; a wrong key or a refusal once the server answers.
      if (q(el, '[data-live="join"]')) await pressOn(el, '[data-live="join"]');
      expect(text(q(el, '[data-live="message"]'))).to.equal(expected);
      expect(q(el, '#live-link')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('the element with live-server takes the join link, also when one without it (a card\'s word cloud) comes first', async () => {
    useFake();
    const wrapper = await fixture<HTMLElement>(html`<div><kjk-card card="intro"></kjk-card></div>`);
    const card = wrapper.firstElementChild as unknown as Host;
    await settle(card);
    wrapper.append(unsafeAttrs('<kjk-octagon persist="none" live-server="wss://live.example.nl"></kjk-octagon>'));
    const el = wrapper.querySelector('kjk-octagon') as unknown as Host;
    await settle(el);
    await until(() => q(el, '#live-name'));
    expect(text(q(el, '.live-title'))).to.equal('Doe mee met samen invullen');
    // Long after the wait for a server: the card's word cloud still says nothing about the link.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const hosted = card.shadowRoot!.querySelector('kjk-word-cloud') as unknown as Host | null;
    expect(hosted ? q(hosted, '.live') : null).to.equal(null);
  });

  it('on a page without live-server, a join link says so and loads no connection', async () => {
    let loads = 0;
    setLiveLoader(() => {
      loads++;
      return Promise.reject(new Error('must not load'));
    });
    const wrapper = await fixture<HTMLElement>(html`<div>
      <kjk-octagon persist="none"></kjk-octagon><kjk-tension-card field="1" persist="none" storage-key="other"></kjk-tension-card>
    </div>`);
    const el = wrapper.firstElementChild as WorksheetElement;
    await settle(el);
    // After the page's elements had time to appear (a work format with live-server may come later).
    await until(() => q(el, '.live'), 400);
    expect(text(q(el, '[data-live="message"]'))).to.equal('Op deze pagina kun je niet samen invullen. Vraag de gespreksleider om de goede link.');
    const other = wrapper.querySelector('kjk-tension-card') as unknown as Host;
    await settle(other);
    expect(q(other, '.live'), 'said once on the page, not by every element').to.equal(null);
    expect(loads).to.equal(0);
    await expect(el).to.be.accessible();
  });
});

describe('live sessions: the fan', () => {
  it('the facilitator’s fan reports its card and its step', async () => {
    const fake = useFake();
    const fan = await fixture<KjkFan>(html`<kjk-fan persist="none" live-server="wss://live.example.nl"></kjk-fan>`);
    await settle(fan);
    await until(() => q(fan, '[data-live="start"]'));
    await pressOn(fan, '[data-live="start"]');
    fan.showCard('tension-2');
    await settle(fan);
    fan.startSteps();
    await settle(fan);
    fan.goToStep(4);
    await settle(fan);
    expect(fake.last!.calls.filter((c) => c.startsWith('setPosition'))).to.deep.equal([
      'setPosition:{"card":null}',
      'setPosition:{"card":"tension-2"}',
      'setPosition:{"card":null,"step":1}',
      'setPosition:{"card":null,"step":4}',
    ]);
    fake.last!.addPerson('Mo', 2);
    await settle(fan);
    expect(text(q(fan, '[aria-live="polite"]')), 'joins on the fan’s polite line').to.equal('Mo doet mee.');
    await expect(fan).to.be.accessible();
    // The last element of the room leaves the page: this device leaves the room, its copy stays.
    fan.remove();
    await new Promise((r) => setTimeout(r));
    expect(fake.last!.calls).to.include('leave');
  });

  it('a participant’s fan follows the facilitator, and browses freely once "Volg de gespreksleider" is off', async () => {
    history.replaceState(null, '', JOIN_HASH);
    const fake = useFake();
    const fan = await fixture<KjkFan>(html`<kjk-fan persist="none" live-server="wss://live.example.nl" hash-navigation></kjk-fan>`);
    await settle(fan);
    await until(() => q(fan, '[data-live="join"]'));
    expect(fan.card, 'the join link is no card').to.equal('');
    await pressOn(fan, '[data-live="join"]');
    const follow = q<HTMLInputElement>(fan, '[data-live="follow"]')!;
    expect(follow.checked).to.equal(true);
    expect(text(follow.closest('label'))).to.equal('Volg de gespreksleider');
    await expect(fan).to.be.accessible();

    fake.last!.set({ position: { card: 'tension-3' } });
    await settle(fan);
    expect(fan.card).to.equal('tension-3');
    expect(location.hash, 'the join link stays').to.equal(JOIN_HASH);
    fake.last!.set({ position: { card: null, step: 5 } });
    await settle(fan);
    expect(fan.mode).to.equal('steps');
    expect(fan.state!.plan.step).to.equal(5);

    // Off: the fan stays where the participant takes it.
    await pressOn(fan, '[data-live="follow"]', 'Space');
    expect(q<HTMLInputElement>(fan, '[data-live="follow"]')!.checked).to.equal(false);
    fan.showCard('why');
    await settle(fan);
    fake.last!.set({ position: { card: 'action' } });
    await settle(fan);
    expect(fan.card).to.equal('why');
    // On again: to where the facilitator is now.
    await pressOn(fan, '[data-live="follow"]', 'Space');
    expect(fan.card).to.equal('action');
    expect(fake.last!.calls.filter((c) => c.startsWith('setPosition')), 'a participant reports nothing').to.deep.equal([]);
  });
});
