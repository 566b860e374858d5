import { loadEnglish } from '../src/internal/i18n.js';
import { sheetView, writeSheet } from '../src/internal/session/sheets.js';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from './commands.js';
import '../src/index.js';
import type { KjkFan } from '../src/components/fan/fan.js';
import type { KjkSession } from '../src/components/session/session.js';
import { defaultDecks } from '../src/internal/content/default-decks.js';
import { fanMessages, planMessages } from '../src/internal/messages.js';
import { emptyState, parseState, type Participant, type SessionState } from '../src/internal/session/state.js';
import { gespreksplan } from '../src/internal/session/plan.js';
import { planDocument } from '../src/internal/plan/plan-document.js';
import { zonesOf } from '../src/internal/worksheet/zones.js';
import { findCard } from '../src/internal/content/decks.js';
import { printToPdf } from './page-helpers.js';

const deck = defaultDecks.nl;
const messages = { ...fanMessages.nl, ...planMessages.nl } as Record<string, Record<string, string>>;
/** The Dutch texts, as the elements say them. */
const t = (key: string, values: Record<string, string | number> = {}) => {
  const [area, name] = key.split('.');
  return (messages[area]?.[name] ?? key).replace(/\{(\w+)\}/g, (_, k) => String(values[k]));
};

const TOPIC = 'Hoe houden we gezin Z. zelf aan het roer?';
const NAMES = ['Sanne', 'Ahmed', ''];
const octagonZones = zonesOf(findCard(deck, 'work-format-2')).map((z) => z.id);

function person(i: number, notes: Participant['notes'], extra: Partial<Participant> = {}): Participant {
  return { id: `p-${i}`, name: NAMES[i] ?? `Persoon ${i + 1}`, notes, figures: [], ...extra };
}

/**
 * A session as a team leaves it: a vraagstuk, three participants (one without a name), choices
 * in steps 2–4, two tension fields, the octagon filled by everyone, a word cloud and an action card
 * with five actions. `size` multiplies participants and notes for a "big" session.
 */
function filledState({ people = 3, notesPerZone = 1, actions = 5 } = {}): SessionState {
  const state = emptyState();
  state.plan.step = 8;
  state.plan.goals = { chosen: [0, 2], own: ['Zicht op wat het gezin zelf kan'] };
  state.plan.partners = { chosen: [1], own: ['Wijkteam Noord'] };
  state.plan.moments = { chosen: [2], own: [] };
  state.plan.workFormat = 2;
  state.plan.actions = ['Terugkoppelen in het teamoverleg'];
  state.tensions['2'] = { marked: true, note: 'Wie beslist bij gezin Z.?' };
  state.tensions['4'] = { marked: true, note: '' };
  const ids = Array.from({ length: people }, (_, i) => i);
  const octagon = ids.map((i) =>
    person(
      i,
      Object.fromEntries(
        octagonZones.map((zone) => [zone, Array.from({ length: notesPerZone }, (_, n) => ({ id: `n-${zone}-${i}-${n}`, text: `${zone} antwoord ${i + 1}.${n + 1}` }))]),
      ),
      i === 0 ? { figures: [{ id: 'f-1', label: 'Mijn collega', x: 0, y: 0 }] } : {},
    ),
  );
  writeSheet(state, 'octagon', { topic: TOPIC, participants: octagon, active: 'p-0' });
  writeSheet(state, 'word-cloud', {
    topic: '',
    participants: ids.map((i) =>
      person(i, { words: ['Regie', 'samen', i % 2 ? 'Vertrouwen' : 'regie'].map((text, n) => ({ id: `w-${i}-${n}`, text })) }),
    ),
    active: 'p-0',
  });
  writeSheet(state, 'action-card', {
    topic: TOPIC,
    participants: ids.map((i) =>
      person(i, {
        ideas: i === 0 ? [{ id: 'i-1', text: 'Een vaste contactpersoon' }] : [],
        agreements: i === 1 ? [{ id: 'a-1', text: 'Elke maand evalueren' }] : [],
        actions: Array.from({ length: Math.ceil(actions / people) }, (_, n) => i * Math.ceil(actions / people) + n)
          .filter((n) => n < actions)
          .map((n) => ({ id: `x-${n}`, text: `Actie ${n + 1}`, who: `Wie ${n + 1}`, when: `Week ${n + 1}` })),
      }),
    ),
    active: 'p-0',
  });
  const parsed = parseState(state);
  if (!parsed.ok) throw new Error(`test state invalid: ${JSON.stringify(parsed)}`);
  return parsed.state;
}

/** Everything the user wrote or chose in filledState(), which a gespreksplan must show. */
function expectedTexts(state: SessionState): string[] {
  const options = (card: string, i: number) => {
    const list = findCard(deck, card)!.blocks.find((b) => b.type === 'list');
    const item = list?.type === 'list' ? list.items[i] : '';
    return typeof item === 'string' ? item : item!.title;
  };
  const out = [TOPIC, 'Sanne', 'Ahmed', 'Deelnemer 3'];
  out.push(options('why', 0), options('why', 2), 'Zicht op wat het gezin zelf kan', options('with-whom', 1), 'Wijkteam Noord', options('where-when', 2));
  out.push(findCard(deck, 'tension-2')!.title, 'Wie beslist bij gezin Z.?', findCard(deck, 'tension-4')!.title);
  out.push(findCard(deck, 'work-format-2')!.title, ...zonesOf(findCard(deck, 'work-format-2')).map((z) => z.label));
  for (const p of sheetView(state, 'octagon')!.participants) for (const notes of Object.values(p.notes)) out.push(...notes.map((n) => n.text));
  out.push('Mijn collega', 'Regie', 'Vertrouwen', 'Een vaste contactpersoon', 'Elke maand evalueren', 'Terugkoppelen in het teamoverleg');
  for (const p of sheetView(state, 'action-card')!.participants) for (const n of p.notes.actions ?? []) out.push(n.text, n.who!, n.when!);
  out.push('Verwey-Jonker Instituut en TNO', 'ZonMw');
  return out;
}

function missing(text: string, expected: string[]): string[] {
  return expected.filter((e) => !text.includes(e));
}

let counter = 0;
async function fanWith(state: SessionState): Promise<KjkFan> {
  const el = await fixture<KjkFan>(html`<kjk-fan mode="steps" persist="none" storage-key=${`plan-${counter++}`}></kjk-fan>`);
  el.state = state;
  await el.updateComplete;
  return el;
}

/**
 * What is on paper when `el` prints `mode`: the handout's height, and the text of everything else
 * that is visible (the page's own controls must not print).
 */
async function onPaper(el: HTMLElement & { print(mode?: string): void; updateComplete: Promise<unknown> }, mode: string) {
  const original = window.print;
  window.print = () => {};
  await emulateMedia({ media: 'print' });
  try {
    el.print(mode);
    await el.updateComplete;
    const root = el.shadowRoot!;
    const sheet = root.querySelector<HTMLElement>('.print-plan .handout');
    const visible = [...root.querySelectorAll<HTMLElement>('button, input, .session, .steps')].filter((n) => n.getClientRects().length > 0);
    return { height: sheet?.getBoundingClientRect().height ?? 0, text: sheet?.innerText ?? '', stray: visible.map((n) => n.localName + '.' + n.className) };
  } finally {
    // Back to screen, or every later test file on this page would lay out for paper
    // (the pdf command sets print media itself, so a later PDF still prints as a printer would).
    await emulateMedia({ media: 'screen' });
    window.print = original;
    window.dispatchEvent(new Event('afterprint'));
  }
}

const handout = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('.plan .handout, [part="plan"] .handout');

describe('the gespreksplan model', () => {
  it('holds the vraagstuk, every participant, choice, answer and action of a filled session', () => {
    const state = filledState();
    const plan = gespreksplan(deck, state, t, new Date(2026, 11, 2));
    expect(plan.title).to.equal('Ons gespreksplan');
    expect(plan.date).to.equal('2 december 2026');
    expect(plan.topic).to.equal(TOPIC);
    expect(plan.people).to.deep.equal(['Sanne', 'Ahmed', 'Deelnemer 3']);
    expect(plan.workFormat.name).to.equal('Bekrachtigen');
    expect(plan.actions.rows).to.have.length(5);
    expect(plan.actions.rows[0]).to.deep.equal({ what: 'Actie 1', who: 'Wie 1', when: 'Week 1' });
    expect(plan.wordCloud.words.map((w) => [w.word, w.count])).to.deep.equal([
      ['Regie', 5],
      ['samen', 3],
      ['Vertrouwen', 1],
    ]);
    expect(plan.source).to.equal('Een uitgave van het Verwey-Jonker Instituut en TNO, gefinancierd door ZonMw.');
    const text = JSON.stringify(plan);
    expect(missing(text, expectedTexts(state))).to.deep.equal([]);
  });

  it('says who said what, per zone, as the shared "per zone" view does', () => {
    const plan = gespreksplan(deck, filledState(), t);
    const why = plan.workFormat.zones[0];
    expect(why.label).to.equal('Waarom');
    expect(why.notes).to.deep.equal([
      { text: 'why antwoord 1.1', by: 'Sanne' },
      { text: 'why antwoord 2.1', by: 'Ahmed' },
      { text: 'why antwoord 3.1', by: 'Deelnemer 3' },
    ]);
    // The figure at the centre stands in the core zone.
    expect(plan.workFormat.figures).to.deep.equal([{ text: 'Mijn collega, in Waarom', by: 'Sanne' }]);
  });

  it('becomes a document with the actions as a table and the word cloud as a picture', () => {
    const doc = planDocument(gespreksplan(deck, filledState(), t), t);
    const table = doc.blocks.find((b) => b.type === 'table');
    expect(table).to.deep.include({ header: ['Wat', 'Wie', 'Wanneer'] });
    expect(table?.type === 'table' && table.rows[4]).to.deep.equal(['Actie 5', 'Wie 5', 'Week 5']);
    const image = doc.blocks.find((b) => b.type === 'image');
    expect(image?.type === 'image' && image.svg).to.contain('>Regie</text>');
    expect(image?.type === 'image' && image.alt).to.contain('Regie (5×)');
  });

  it('keeps markup in answers as text in its pictures', () => {
    const state = filledState();
    const cloud = sheetView(state, 'word-cloud')!;
    cloud.participants[0].notes.words = [{ id: 'w-x', text: '<b>vet</b> & "zo"' }];
    writeSheet(state, 'word-cloud', cloud);
    const doc = planDocument(gespreksplan(deck, state, t), t);
    const image = doc.blocks.find((b) => b.type === 'image');
    expect(image?.type === 'image' && image.svg).to.contain('&#60;b&#62;vet&#60;/b&#62; &#38; &#34;zo&#34;').and.not.to.contain('<b>');
  });

  it('shows the mind map of each participant who drew, as a small picture', async () => {
    const state = filledState();
    state.plan.workFormat = 4;
    const drawing = {
      strokes: [{ id: 's-1', pen: 'blue' as const, width: 5 as const, d: 'M-50 -20 L10 30 L60 0' }],
      items: [{ kind: 'pictogram' as const, id: 'i-1', name: 'heart', pen: 'red' as const, x: 40, y: -40, size: 48, description: 'een hart' }],
    };
    writeSheet(state, 'mindmap', {
      topic: TOPIC,
      participants: [person(0, { images: [{ id: 'm-1', text: 'Een huis met open deuren' }] }, { drawing }), person(1, {}), person(2, {})],
      active: 'p-0',
    });
    const plan = gespreksplan(deck, state, t);
    expect(plan.workFormat.name).to.equal('Beeldvormen');
    expect(plan.workFormat.sketches.map((s) => s.by)).to.deep.equal(['Sanne']);
    expect(plan.workFormat.zones[0].notes).to.deep.equal([{ text: 'Een huis met open deuren', by: 'Sanne' }]);
    const image = planDocument(plan, t).blocks.find((b) => b.type === 'image' && b.alt.startsWith('Tekening'));
    expect(image?.type === 'image' && image.svg).to.contain('d="M-50 -20 L10 30 L60 0"').and.to.contain('stroke="#2366b5"');
    expect(image?.type === 'image' && image.alt).to.equal('Tekening van Sanne: 1 lijnen en 1 plaatjes');
    const el = await fanWith(state);
    const picture = handout(el)!.querySelector('.plan-format [role="img"]')!;
    expect(picture.getAttribute('aria-label')).to.equal('Tekening van Sanne: 1 lijnen en 1 plaatjes');
    expect(picture.querySelectorAll('path')).to.have.length(2);
  });

  it('writes the date in the language of the deck', async () => {
    await loadEnglish(); // English is loaded on demand (issue 14)
    const plan = gespreksplan(defaultDecks.en, filledState(), t, new Date(2026, 11, 2));
    expect(plan.date).to.equal('December 2, 2026');
  });

  it('says "nothing chosen yet" for an empty session instead of failing', () => {
    const plan = gespreksplan(deck, emptyState(), t);
    expect(plan.people).to.deep.equal([]);
    expect(plan.topic).to.equal('');
    const doc = planDocument(plan, t);
    expect(doc.blocks.filter((b) => b.type === 'paragraph' && b.text === '(nog niets gekozen)').length).to.be.greaterThan(3);
  });
});

describe('the gespreksplan as a handout in the fan', () => {
  it('shows the vraagstuk, every participant and every answer at the last step', async () => {
    const state = filledState();
    const el = await fanWith(state);
    const sheet = handout(el)!;
    expect(sheet, 'handout').to.exist;
    expect(missing(sheet.textContent!.replace(/\s+/g, ' '), expectedTexts(state))).to.deep.equal([]);
    // The actions are a table a screen reader can read by column.
    const headers = [...sheet.querySelectorAll('th')].map((th) => th.textContent!.trim());
    expect(headers).to.deep.equal(['Wat', 'Wie', 'Wanneer']);
    expect(sheet.querySelectorAll('tbody tr')).to.have.length(5);
    // Who wrote a note stands next to it.
    const firstZone = sheet.querySelector('.plan-zone')!;
    expect(firstZone.querySelector('h4')!.textContent).to.equal('Waarom');
    expect([...firstZone.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Sanne why antwoord 1.1',
      'Ahmed why antwoord 2.1',
      'Deelnemer 3 why antwoord 3.1',
    ]);
    expect(sheet.querySelector('[role="img"]')!.getAttribute('aria-label')).to.contain('Regie (5×)');
  });

  it('gives the same content as text', async () => {
    const state = filledState();
    const el = await fanWith(state);
    const text = el.planToText();
    expect(missing(text, expectedTexts(state))).to.deep.equal([]);
    expect(text).not.to.contain('\\');
    expect(el.planToMarkdown()).to.contain('# Ons gespreksplan');
  });

  it('is accessible', async () => {
    const el = await fanWith(filledState());
    await expect(el).to.be.accessible();
  });

  it('prints on one A4 page for a normal session, with nothing but the handout', async () => {
    const el = await fanWith(filledState());
    const { pages } = await printToPdf(el, 'plan', 'plan-normal');
    expect(pages).to.equal(1);
  });

  it('prints the handout on one page from printPlan(), also from the overview', async () => {
    const el = await fanWith(filledState());
    el.open();
    await el.updateComplete;
    const printer = { print: () => el.printPlan(), updateComplete: el.updateComplete };
    const { pages } = await printToPdf(printer as unknown as HTMLElement & { print(): void }, undefined, 'plan-from-overview');
    expect(pages).to.equal(1);
  });

  it('prints a big session on at most two pages', async () => {
    const el = await fanWith(filledState({ people: 8, notesPerZone: 2, actions: 12 }));
    const { pages } = await printToPdf(el, 'plan', 'plan-big');
    expect(pages).to.be.within(1, 2);
  });
});

describe('<kjk-session show-plan>', () => {
  it('renders the handout below its elements and keeps it up to date', async () => {
    const state = filledState();
    const el = await fixture<KjkSession>(html`<kjk-session show-plan persist="none" storage-key="plan-session"><p>Les</p></kjk-session>`);
    expect(el.getAttribute('show-plan')).to.equal('');
    el.state = state;
    await el.updateComplete;
    const sheet = handout(el)!;
    expect(missing(sheet.textContent!.replace(/\s+/g, ' '), expectedTexts(state))).to.deep.equal([]);
    el.state = { ...state, plan: { ...state.plan, actions: ['Nog een eigen actie'] } };
    await el.updateComplete;
    expect(handout(el)!.textContent).to.contain('Nog een eigen actie');
    expect(missing(el.planToText(), expectedTexts(state).filter((s) => s !== 'Terugkoppelen in het teamoverleg'))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows no handout without the attribute, and prints it on one page when asked', async () => {
    const el = await fixture<KjkSession>(html`<kjk-session persist="none" storage-key="plan-session-2"><p>Les</p></kjk-session>`);
    el.state = filledState();
    await el.updateComplete;
    expect(handout(el)).to.equal(null);
    const { pages } = await printToPdf(el, 'plan', 'plan-session');
    expect(pages).to.equal(1);
  });

  it('speaks English with lang="en"', async () => {
    const el = await fixture<KjkSession>(html`<kjk-session lang="en" show-plan persist="none" storage-key="plan-session-3"></kjk-session>`);
    el.state = filledState();
    await el.updateComplete;
    const text = handout(el)!.textContent!;
    expect(text).to.contain('Our conversation plan').and.to.contain('Participant 3').and.to.contain('Central issue');
  });
});

// Last: these leave the page in print media (see onPaper).
describe('what is on paper when the plan prints', () => {
  it('from the fan: the handout with every answer, and none of the fan\'s controls', async () => {
    const state = filledState();
    const el = await fanWith(state);
    const paper = await onPaper(el, 'plan');
    expect(paper.height, 'handout on paper').to.be.greaterThan(300);
    expect(missing(paper.text, expectedTexts(state))).to.deep.equal([]);
    expect(paper.stray).to.deep.equal([]);
  });

  it('from <kjk-session>: the handout alone, without the page\'s elements', async () => {
    const el = await fixture<KjkSession>(html`<kjk-session persist="none" storage-key="plan-session-4"><button>Les</button></kjk-session>`);
    el.state = filledState();
    await el.updateComplete;
    const paper = await onPaper(el, 'plan');
    expect(paper.height, 'handout on paper').to.be.greaterThan(300);
    expect(paper.stray).to.deep.equal([]);
    // The slot is not rendered, so neither is what the page put in it.
    expect(el.shadowRoot!.querySelector('slot')!.getClientRects().length, 'the page\'s elements').to.equal(0);
  });
});
