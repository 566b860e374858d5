/**
 * Issue 16's "done when": a team of three walks the whole step plan in the fan, and everything
 * they said comes back in the gespreksplan on screen, in the text file and in the Word file.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from './commands.js';
import { unzipSync, strFromU8 } from 'fflate';
import '../src/index.js';
import type { KjkFan } from '../src/components/fan/fan.js';
import type { WorksheetElement } from '../src/internal/worksheet/worksheet-element.js';
import { keepFile, printToPdf } from './page-helpers.js';
import { until } from './dom-helpers.js';

let counter = 0;
const newKey = () => `one-result-${Date.now()}-${counter++}`;
const root = (el: Element) => el.shadowRoot!;

type Updating = Element & { updateComplete: Promise<unknown> };

async function settle(el: Element): Promise<void> {
  await (el as Updating).updateComplete;
  await Promise.all(root(el).getAnimations().map((a) => a.finished.catch(() => undefined)));
}

/** Focuses a field (as Tab would), types as a user does and presses Enter. */
async function typeInto(host: Element, field: HTMLElement, text: string, enter = true): Promise<void> {
  field.focus();
  await sendKeys({ type: text });
  if (enter) await sendKeys({ press: 'Enter' });
  await settle(host);
}

async function nextStep(fan: KjkFan): Promise<void> {
  root(fan).querySelector<HTMLElement>('.step-nav .button:not(.quiet)')!.focus();
  await sendKeys({ press: 'Enter' });
  await settle(fan);
}

async function check(fan: KjkFan, label: string): Promise<void> {
  const option = [...root(fan).querySelectorAll<HTMLLabelElement>('label.option')].find((l) => l.textContent!.includes(label))!;
  expect(option, label).to.exist;
  option.querySelector('input')!.focus();
  await sendKeys({ press: ' ' });
  await settle(fan);
}

const TEAM = ['Anna', 'Bram', 'Cem'];
const VRAAGSTUK = 'Hoe houden we gezin Z. zelf aan het roer?';
const NOTES: Record<string, Record<string, string>> = {
  Anna: { why: 'Ouders willen zelf kiezen', how: 'Korte lijnen met school' },
  Bram: { what: 'Eén plan voor het hele gezin', conditions: 'Tijd voor overleg' },
  Cem: { why: 'De jongere wil meedoen', conditions: 'Tolk bij gesprekken' },
};
const ACTIONS = [
  { what: 'Keukentafelgesprek plannen', who: 'Anna', when: 'maandag' },
  { what: 'School bellen', who: 'Cem', when: 'voor vrijdag' },
];
const WORDS = ['regie', 'netwerk'];

/** Everything the team said, as it must come back. */
const EVERYTHING = [
  VRAAGSTUK,
  ...TEAM,
  ...Object.values(NOTES).flatMap((zones) => Object.values(zones)),
  ...ACTIONS.flatMap((a) => [a.what, a.when]),
  ...WORDS,
  'Teamdag in juni',
  'Wie beslist?',
];

async function walkTheStepPlan(fan: KjkFan): Promise<void> {
  // Step 1: the word cloud.
  const cloud = root(fan).querySelector('kjk-word-cloud')!;
  await settle(cloud);
  for (const word of WORDS) await typeInto(cloud, root(cloud).querySelector<HTMLElement>('#add-words')!, word);
  await nextStep(fan);
  await check(fan, 'Spanningsvelden in een casus concretiseren');
  await nextStep(fan);
  await check(fan, 'Ketenpartners');
  await nextStep(fan);
  await typeInto(fan, root(fan).querySelector<HTMLInputElement>('.own input')!, 'Teamdag in juni');
  await nextStep(fan);
  // Step 5: one tension field is ours.
  const regie = root(fan).querySelectorAll('kjk-tension-card')[3];
  await settle(regie);
  root(regie).querySelector<HTMLInputElement>('.mark input')!.focus();
  await sendKeys({ press: ' ' });
  await settle(regie);
  await typeInto(regie, root(regie).querySelector<HTMLTextAreaElement>('textarea')!, 'Wie beslist?', false);
  await nextStep(fan);
  // Step 6: Bekrachtigen, filled by three participants.
  const radios = [...root(fan).querySelectorAll<HTMLInputElement>('input[name="work-format"]')];
  radios[0].focus();
  await sendKeys({ press: 'ArrowDown' });
  await settle(fan);
  const octagon = root(fan).querySelector<WorksheetElement>('kjk-octagon')!;
  await settle(octagon);
  await typeInto(octagon, root(octagon).querySelector<HTMLInputElement>('#topic')!, VRAAGSTUK, false);
  for (const [i, name] of TEAM.entries()) {
    if (i > 0) {
      root(octagon).querySelector<HTMLElement>('[data-action="add-participant"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(octagon);
    }
    if (i === 0) {
      // The first participant gets a name once there are several: name them afterwards.
      continue;
    }
    await typeInto(octagon, root(octagon).querySelector<HTMLInputElement>('#participant-name')!, name, false);
    for (const [zone, text] of Object.entries(NOTES[name])) await typeInto(octagon, root(octagon).querySelector<HTMLElement>(`#add-${zone}`)!, text);
  }
  // Back to the first participant: name Anna and write her notes.
  root(octagon).querySelector<HTMLElement>('.participant-tabs .chip')!.click();
  await settle(octagon);
  await typeInto(octagon, root(octagon).querySelector<HTMLInputElement>('#participant-name')!, TEAM[0], false);
  for (const [zone, text] of Object.entries(NOTES[TEAM[0]])) await typeInto(octagon, root(octagon).querySelector<HTMLElement>(`#add-${zone}`)!, text);
  await nextStep(fan);
  // Step 7: the action card knows the topic and the team.
  const card = root(fan).querySelector<WorksheetElement>('kjk-action-card')!;
  await settle(card);
  // The action card's "Onderwerp van het gesprek" is the vraagstuk typed in step 6.
  const topicField = root(card).querySelector<HTMLInputElement>('#topic')!;
  expect(topicField.value, 'the vraagstuk is the topic of the conversation').to.equal(VRAAGSTUK);
  for (const action of ACTIONS) {
    await typeInto(card, root(card).querySelector<HTMLElement>('#add-actions')!, action.what);
    // The newest action's own "Wie" and "Wanneer" fields.
    const who = [...root(card).querySelectorAll<HTMLInputElement>('input[data-detail="who"]')].at(-1)!;
    const offered = who.list ? [...who.list.options].map((o) => o.value) : [];
    expect(offered, '"Wie" offers the participants').to.include.members(TEAM);
    await typeInto(card, who, action.who, false);
    // "Wanneer" is a date field; these are words, so "Vrije tekst" first, as a user would.
    [...root(card).querySelectorAll<HTMLButtonElement>('[data-action="when-mode"]')].at(-1)!.click();
    await settle(card);
    const when = [...root(card).querySelectorAll<HTMLInputElement>('input[data-detail="when"]')].at(-1)!;
    expect(when.type, '"Vrije tekst" makes "Wanneer" take words').to.equal('text');
    await typeInto(card, when, action.when, false);
  }
  await nextStep(fan);
}

describe('one conversation, one result', () => {
  it('finds the vraagstuk, every participant and every answer in the gespreksplan: on screen, as text, in Word, in print', async function () {
    this.timeout(120000);
    const fan = await fixture<KjkFan>(html`<kjk-fan storage-key=${newKey()} mode="steps"></kjk-fan>`);
    await settle(fan);
    await walkTheStepPlan(fan);
    const screen = root(fan).querySelector('.step-body')!.textContent!.replace(/\s+/g, ' ');
    for (const expected of EVERYTHING) expect(screen, `on screen: ${expected}`).to.contain(expected);
    // Who said what, per zone, as in the "per zone" view.
    expect(screen).to.match(/Bram[^A-Z]*Eén plan voor het hele gezin/);

    // The team's session, for screenshots of the handout (scripts/screenshots.mjs).
    await keepFile('one-result-state.json', new Blob([JSON.stringify(fan.state)]));
    const text = fan.planToText();
    for (const expected of EVERYTHING) expect(text, `text: ${expected}`).to.contain(expected);
    expect(text, 'no Markdown escapes in the text file').not.to.contain('\\');

    const word = await fan.planToDocx();
    await keepFile('gespreksplan-three-participants.docx', word);
    const docx = unzipSync(new Uint8Array(await word.arrayBuffer()));
    const xml = strFromU8(docx['word/document.xml']);
    const body = xml.replace(/<[^>]+>/g, '');
    for (const expected of EVERYTHING.filter((e) => !WORDS.includes(e))) expect(body, `docx: ${expected}`).to.contain(expected);
    // The word cloud is a picture in Word; its words are in the picture's alt text.
    const pictures = Object.keys(docx).filter((name) => name.startsWith('word/media/') && name.endsWith('.png'));
    expect(pictures, 'the word cloud as a picture').to.have.length.greaterThan(0);
    const alt = [...xml.matchAll(/descr="([^"]*)"/g)].map((m) => m[1]).join(' ');
    for (const word of WORDS) expect(alt, `docx picture alt: ${word}`).to.contain(word);
    await expect(fan).to.be.accessible();

    const { pages } = await printToPdf(fan, 'plan', 'gespreksplan-three-participants');
    expect(pages, 'the gespreksplan of a normal session fits one A4').to.equal(1);
  });

  it('returns to step 5 after a reload', async () => {
    const key = newKey();
    const first = await fixture<KjkFan>(html`<kjk-fan storage-key=${key} mode="steps"></kjk-fan>`);
    first.goToStep(5);
    await settle(first);
    first.remove();
    const again = await fixture<KjkFan>(html`<kjk-fan storage-key=${key} mode="steps"></kjk-fan>`);
    await settle(again);
    await until(() => root(again).querySelector('.progress-text')?.textContent?.includes('5'));
    expect(root(again).querySelector('.progress-text')!.textContent).to.contain('Stap 5 van 7');
  });
});
