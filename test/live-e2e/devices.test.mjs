// Issue 15 end to end: three people, each on their own device (three separate browser contexts:
// no shared storage, cookies or tabs), join one live session by its link, on the built bundle
// (dist/cdn/kjk.js) and two real server processes sharing rooms through a real Redis. The
// facilitator's device talks to one server, the participants' to the other.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import * as Y from 'yjs';
import { createLiveServer } from '../../server/live-server.mjs';
import { captureRedis, freePort, sleep, startHostPages, startRedis, waitFor } from '../live-server/helpers.mjs';

const chrome = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));

// In the page: what a person sees of an element (its text, and what its fields hold), and its controls.
const SEEN = (tag) => {
  const rootNode = document.querySelector(tag)?.shadowRoot;
  if (!rootNode) return '';
  const fields = [...rootNode.querySelectorAll('textarea, input')].map((field) => field.value);
  return `${rootNode.textContent} ${fields.join(' ')}`.replace(/\s+/g, ' ');
};

/** One person's device: its own browser context and page. */
async function device(browser, url) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1000, height: 900 });
  await page.goto(url);
  const tag = new URL(url).searchParams.get('tag');
  await page.waitForFunction((t) => customElements.get(t) && document.querySelector(t)?.shadowRoot?.childElementCount, {}, tag);
  const inEl = (selector) => page.waitForFunction((t, s) => document.querySelector(t)?.shadowRoot?.querySelector(s), { timeout: 15_000 }, tag, selector);
  return {
    page,
    context,
    seen: () => page.evaluate(SEEN, tag),
    async press(selector) {
      const handle = await inEl(selector);
      await handle.click();
    },
    async type(selector, text) {
      const handle = await inEl(selector);
      await handle.focus();
      await page.keyboard.type(text);
    },
    async note(zone, text) {
      await this.type(`#add-${zone}`, text);
      await page.keyboard.press('Enter');
    },
    async link() {
      await inEl('#live-link');
      return page.evaluate((t) => document.querySelector(t).shadowRoot.querySelector('#live-link').value, tag);
    },
    async until(what, check, ms = 15_000) {
      return waitFor(async () => check(await this.seen()), what, ms);
    },
  };
}

describe('live session: three devices, two servers on one Redis', { timeout: 180_000 }, () => {
  let redis, capture, serverA, serverB, portB, pages, browser;
  const typed = [];

  before(async () => {
    redis = await startRedis();
    capture = await captureRedis(redis.port);
    serverA = await createLiveServer({ port: await freePort(), redis: redis.url, quiet: true });
    portB = await freePort();
    serverB = await createLiveServer({ port: portB, redis: redis.url, quiet: true });
    pages = await startHostPages();
    browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: ['--no-sandbox'] });
  });

  after(async () => {
    await browser?.close();
    await pages?.close();
    await serverA?.close();
    await serverB?.close();
    await capture?.stop().catch(() => {});
    await redis?.stop();
  });

  const pageOn = (server, tag, fragment = '') => pages.page(server.url, tag, { fragment });

  /** The facilitator starts on server A; two participants join by the link's fragment, on server B. */
  async function room(tag, names) {
    const facilitator = await device(browser, pageOn(serverA, tag));
    await facilitator.press('[data-live="start"]');
    const link = await facilitator.link();
    const fragment = new URL(link).hash;
    assert.match(fragment, /^#kjk-live=[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/);
    const people = [];
    for (const name of names) {
      const person = await device(browser, pageOn(serverB, tag, fragment));
      await person.type('#live-name', name);
      await person.press('[data-live="join"]');
      typed.push(name);
      people.push(person);
    }
    for (const name of names) await facilitator.until(`${name} in the facilitator's list`, (text) => text.includes(name));
    return { facilitator, people };
  }

  it('each fills their own sheet; the facilitator sees counts, never content; the reveal shows every sheet on every device', async () => {
    const { facilitator, people } = await room('kjk-octagon', ['Pim de Vries', 'Noor Bakker']);
    const [pim, noor] = people;
    // The privacy line says where the answers go now.
    assert.ok((await pim.seen()).includes('Jullie antwoorden gaan versleuteld naar wie meedoet'), 'the privacy line speaks of the room');
    // The facilitator reloads the page: back in the same room, with the same link, not a new one.
    const link = await facilitator.link();
    await facilitator.page.reload();
    assert.equal(await facilitator.link(), link);
    await facilitator.until('the people still there after the reload', (text) => text.includes('Pim de Vries') && text.includes('Noor Bakker'));
    const notes = { pim: 'Pim vindt het netwerk sterk', noor: 'Noor mist de school aan tafel' };
    typed.push(...Object.values(notes));
    await pim.note('why', notes.pim);
    await noor.note('why', notes.noor);
    await facilitator.until('a count per participant', (text) => (text.match(/1 notitie/g) ?? []).length >= 2);
    const before = await facilitator.seen();
    assert.ok(!before.includes(notes.pim) && !before.includes(notes.noor), 'the facilitator sees no content before the reveal');
    assert.ok(!(await pim.seen()).includes(notes.noor), 'Pim does not see Noor\'s note before the reveal');
    assert.ok(!(await noor.seen()).includes(notes.pim), 'Noor does not see Pim\'s note before the reveal');

    await facilitator.press('[data-live="reveal"]');
    for (const [who, d] of [['facilitator', facilitator], ['Pim', pim], ['Noor', noor]]) {
      // "Bekijk alle bladen" appears on every device (nobody loses their place while typing).
      await d.press('[data-action="share"]');
      await d.until(`every note on ${who}'s device`, (text) => text.includes(notes.pim) && text.includes(notes.noor));
    }

    // The participants' server goes down mid-session: they keep writing and are told so, calmly.
    await serverB.close();
    await pim.until('Pim is told the connection is gone', (text) => text.includes('Geen verbinding'));
    // Back from everyone's sheets to his own, to write on.
    await pim.press('[data-action="share"]');
    const offline = 'Pim schreef dit zonder verbinding';
    typed.push(offline);
    await pim.note('why', offline);
    serverB = await createLiveServer({ port: portB, redis: redis.url, quiet: true });
    await facilitator.until('the note written offline arrives after the restart', (text) => text.includes(offline), 30_000);
    await noor.until('and on Noor\'s device', (text) => text.includes(offline), 30_000);
    assert.ok(!(await pim.seen()).includes('Geen verbinding'), 'Pim is back online');

    // Ending: every device says so and keeps its copy.
    await facilitator.press('[data-live="end"]');
    await facilitator.press('[data-live="end-yes"]');
    for (const d of [facilitator, pim, noor]) await d.until('the end on every device', (text) => text.includes('De sessie is beëindigd'));
    assert.ok((await noor.seen()).includes(notes.pim), 'Noor keeps her copy with everyone\'s notes');
  });

  it('the word cloud grows on every screen as words arrive, before any reveal', async () => {
    const { facilitator, people } = await room('kjk-word-cloud', ['Sam Jansen', 'Lot van Dam']);
    const words = ['vertrouwen', 'samenwerking'];
    typed.push(...words);
    await people[0].note('words', words[0]);
    await people[1].note('words', words[1]);
    for (const d of [facilitator, ...people]) await d.until('both words on every screen', (text) => words.every((w) => text.includes(w)));
  });

  it('participants follow the facilitator\'s card in the fan, and can browse freely instead', async () => {
    const { facilitator, people } = await room('kjk-fan', ['Ties Mulder']);
    const [ties] = people;
    await facilitator.page.evaluate(() => document.querySelector('kjk-fan').showCard('why'));
    await ties.page.waitForFunction(() => document.querySelector('kjk-fan').card === 'why', { timeout: 15_000 });
    // "Volg de gespreksleider" off: the facilitator's next card no longer moves this fan.
    await ties.press('[data-live="follow"]');
    await facilitator.page.evaluate(() => document.querySelector('kjk-fan').showCard('with-whom'));
    await sleep(1500);
    assert.equal(await ties.page.evaluate(() => document.querySelector('kjk-fan').card), 'why');
  });

  it('a device in one room that opens another room\'s link in the same tab is taken to that room, not left in the old one', async () => {
    const { people } = await room('kjk-octagon', ['Roos Smit']);
    const [roos] = people;
    const other = await device(browser, pageOn(serverA, 'kjk-octagon'));
    await other.press('[data-live="start"]');
    const fragment = new URL(await other.link()).hash;
    // As pasting the link into the same tab's address bar: only the fragment changes, the page stays.
    await Promise.all([roos.page.waitForNavigation({ timeout: 15_000 }), roos.page.evaluate((hash) => void (location.hash = hash), fragment)]);
    await roos.type('#live-name', 'Roos in de tweede');
    typed.push('Roos in de tweede');
    await roos.press('[data-live="join"]');
    await other.until('Roos in the second room', (text) => text.includes('Roos in de tweede'));
  });

  it('neither server nor Redis ever held a word of what was typed, nor a name', async () => {
    const log = await capture.stop();
    capture = undefined;
    const stored = await redisDump();
    // The capture did see the rooms' traffic (so an empty log cannot pass).
    assert.ok(log.length > 1000, 'Redis carried the rooms');
    const documents = [serverA, serverB].flatMap((s) => [...s.hocuspocus.documents.values()].map((d) => Buffer.from(Y.encodeStateAsUpdate(d)).toString('latin1')));
    // Every typed string is long enough, or has a space, that base64 ciphertext cannot hold it by chance.
    for (const text of typed) {
      assert.ok(!log.includes(text), `Redis never saw "${text}"`);
      assert.ok(!stored.includes(text), `Redis keeps no "${text}"`);
      for (const doc of documents) assert.ok(!doc.includes(text), `no server document holds "${text}"`);
    }
  });

  async function redisDump() {
    const { dumpRedis } = await import('../live-server/helpers.mjs');
    return String(await dumpRedis(redis.port));
  }
});
