/**
 * Issue 16: one topic and one list of participants per session. A person added or renamed in
 * one work format is there in every other one and in the action card; the topic typed in one
 * is the action card's "Onderwerp van het gesprek"; answers stored by a version-2 release
 * (every sheet its own people) open with nothing lost.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from './commands.js';
import '../src/index.js';
import type { KjkSession } from '../src/components/session/session.js';
import type { KjkFan } from '../src/components/fan/fan.js';
import type { WorksheetElement } from '../src/internal/worksheet/worksheet-element.js';
import { chooseFile, until } from './dom-helpers.js';

let counter = 0;
const newKey = () => `people-${Date.now()}-${counter++}`;

const q = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const qa = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
/** The participant buttons a user sees above a sheet. */
const chips = (el: Element) => qa(el, '.participant-tabs .chip').map((c) => c.textContent!.trim());
const notes = (el: Element, zone: string) => qa<HTMLTextAreaElement>(el, `.zone[data-zone="${zone}"] .slip`).map((t) => t.value);

async function session(key = newKey(), persist = 'session'): Promise<{ s: KjkSession; octagon: WorksheetElement; mindmap: WorksheetElement; action: WorksheetElement }> {
  const s = await fixture<KjkSession>(html`<kjk-session storage-key=${key} persist=${persist}>
    <kjk-octagon></kjk-octagon>
    <kjk-mindmap></kjk-mindmap>
    <kjk-action-card></kjk-action-card>
  </kjk-session>`);
  const [octagon, mindmap, action] = ['kjk-octagon', 'kjk-mindmap', 'kjk-action-card'].map((t) => s.querySelector<WorksheetElement>(t)!);
  await Promise.all([octagon, mindmap, action].map((e) => e.updateComplete));
  return { s, octagon, mindmap, action };
}

const settle = (...els: WorksheetElement[]) => Promise.all(els.map((e) => e.updateComplete));

/** Types into a field as a user does: focus, then the keys. */
async function type(el: WorksheetElement, selector: string, text: string): Promise<void> {
  const field = q<HTMLInputElement>(el, selector)!;
  field.focus();
  field.select();
  await sendKeys({ type: text });
  await el.updateComplete;
}

async function addPerson(el: WorksheetElement, name: string): Promise<void> {
  q<HTMLButtonElement>(el, '[data-action="add-participant"]')!.click();
  await el.updateComplete;
  await type(el, '#participant-name', name);
}

async function addNote(el: WorksheetElement, zone: string, text: string): Promise<void> {
  await type(el, `#add-${zone}`, text);
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

async function pick(el: WorksheetElement, name: string): Promise<void> {
  qa<HTMLButtonElement>(el, '.participant-tabs .chip').find((c) => c.textContent!.trim() === name)!.click();
  await el.updateComplete;
}

describe('one topic and one list of participants per session', () => {
  it('a participant added in the octagon is in the mind map and the action card, and a new name shows everywhere', async () => {
    const { octagon, mindmap, action } = await session();
    await addNote(octagon, 'why', 'Omdat we samen beslissen');
    await addPerson(octagon, 'Bram');
    await addPerson(octagon, 'Cem');
    await settle(mindmap, action);
    expect(chips(octagon)).to.deep.equal(['Deelnemer 1', 'Bram', 'Cem']);
    expect(chips(mindmap)).to.deep.equal(['Deelnemer 1', 'Bram', 'Cem']);
    expect(chips(action)).to.deep.equal(['Deelnemer 1', 'Bram', 'Cem']);

    // Renamed in the mind map: the octagon follows; the octagon's notes stay with that person.
    await pick(mindmap, 'Deelnemer 1');
    await type(mindmap, '#participant-name', 'Anna');
    await settle(octagon, action);
    expect(chips(octagon)).to.deep.equal(['Anna', 'Bram', 'Cem']);
    expect(chips(action)).to.deep.equal(['Anna', 'Bram', 'Cem']);
    await pick(octagon, 'Anna');
    expect(notes(octagon, 'why')).to.deep.equal(['Omdat we samen beslissen']);
    // Each work format keeps its own notes: the mind map's Anna has none yet.
    expect(notes(mindmap, 'images')).to.deep.equal([]);
  });

  it('removing a participant asks first, says their notes in every work format go, and removes them everywhere', async () => {
    const { octagon, mindmap, action } = await session();
    await addPerson(octagon, 'Bram');
    await addNote(octagon, 'why', 'Van Bram in de achthoek');
    await settle(mindmap);
    await pick(mindmap, 'Bram');
    await addNote(mindmap, 'images', 'Van Bram in de mindmap');
    q<HTMLButtonElement>(mindmap, '[data-action="remove-participant"]')!.click();
    await mindmap.updateComplete;
    const question = q(mindmap, '#confirm-remove')!.textContent!;
    expect(question).to.contain('Bram').and.to.contain('alle werkvormen');
    q<HTMLButtonElement>(mindmap, '.confirm .button.danger')!.click();
    await settle(octagon, mindmap, action);
    expect(chips(octagon)).to.deep.equal([]);
    expect(chips(action)).to.deep.equal([]);
    expect(octagon.toText()).not.to.contain('Van Bram');
    expect(mindmap.toText()).not.to.contain('Van Bram');
    expect(JSON.stringify(octagon.state)).not.to.contain('Bram');
  });

  it('the topic typed in the octagon is the action card\'s "Onderwerp van het gesprek"', async () => {
    const { octagon, action } = await session();
    await type(octagon, '#topic', 'Ruzie om schermtijd');
    await action.updateComplete;
    expect(q(action, 'label[for="topic"]')!.textContent!.trim()).to.equal('Onderwerp van het gesprek');
    expect(q<HTMLInputElement>(action, '#topic')!.value).to.equal('Ruzie om schermtijd');
    expect(action.toText()).to.contain('Onderwerp van het gesprek: Ruzie om schermtijd');
  });

  it('a topic attribute presets the topic until someone types one', async () => {
    const s = await fixture<KjkSession>(html`<kjk-session storage-key=${newKey()}>
      <kjk-octagon topic="Voorgezet"></kjk-octagon><kjk-action-card></kjk-action-card>
    </kjk-session>`);
    const [octagon, action] = [s.querySelector<WorksheetElement>('kjk-octagon')!, s.querySelector<WorksheetElement>('kjk-action-card')!];
    await settle(octagon, action);
    expect(q<HTMLInputElement>(octagon, '#topic')!.value).to.equal('Voorgezet');
    await addNote(octagon, 'why', 'Een notitie');
    expect(octagon.state!.topic, 'a note does not fix the preset').to.equal(undefined);
    await type(octagon, '#topic', 'Eigen vraag');
    await action.updateComplete;
    expect(q<HTMLInputElement>(action, '#topic')!.value).to.equal('Eigen vraag');
  });

  it('"Wie" on the action card offers the participants\' names and still takes free text', async () => {
    const { octagon, action } = await session();
    await addNote(octagon, 'why', 'Iets');
    await addPerson(octagon, 'Anna');
    await addPerson(octagon, 'Bram');
    await action.updateComplete;
    await addNote(action, 'actions', 'Plan maken');
    const who = q<HTMLInputElement>(action, '[data-detail="who"]')!;
    expect(who.list, 'the who field has a list of suggestions').to.not.equal(null);
    const offered = [...who.list!.querySelectorAll('option')].map((o) => o.value);
    expect(offered).to.deep.equal(['Anna', 'Bram']);
    await type(action, '[data-detail="who"]', 'De mentor');
    expect(action.toText()).to.contain('Plan maken (wie: De mentor)');
    await expect(action).to.be.accessible();
  });
});

describe('in the fan\'s step plan', () => {
  it('the topic and the people of the work format in step 6 are those of the action card in step 7', async () => {
    const fan = await fixture<KjkFan>(html`<kjk-fan mode="steps" storage-key=${newKey()} persist="session"></kjk-fan>`);
    await fan.updateComplete;
    fan.goToStep(6);
    await fan.updateComplete;
    const radio = fan.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="work-format"]')[1];
    radio.click();
    await fan.updateComplete;
    const octagon = fan.shadowRoot!.querySelector<WorksheetElement>('.chosen-format kjk-octagon')!;
    await octagon.updateComplete;
    await type(octagon, '#topic', 'Samen naar school');
    await addNote(octagon, 'why', 'Omdat het kan');
    await addPerson(octagon, 'Anna');
    fan.goToStep(7);
    await fan.updateComplete;
    const action = fan.shadowRoot!.querySelector<WorksheetElement>('kjk-action-card')!;
    await action.updateComplete;
    expect(q<HTMLInputElement>(action, '#topic')!.value).to.equal('Samen naar school');
    expect(chips(action)).to.deep.equal(['Deelnemer 1', 'Anna']);
    await addNote(action, 'actions', 'Bellen');
    const who = q<HTMLInputElement>(action, '[data-detail="who"]')!;
    expect([...who.list!.querySelectorAll('option')].map((o) => o.value)).to.deep.equal(['Anna']);
  });
});

/** A state as release 0.2 (state version 2) stored it: every sheet its own topic and people. */
function version2State() {
  const stroke = { id: 's-1', pen: 'red', width: 5, d: 'M0 0L10 10L20 5' };
  const pictogram = { kind: 'pictogram', id: 'i-1', name: 'sun', pen: 'orange', x: 10, y: 20, size: 48, description: 'Zon' };
  return {
    version: 2,
    plan: { step: 6, goals: { chosen: [1], own: [] }, partners: { chosen: [], own: [] }, moments: { chosen: [], own: [] }, workFormat: 4, actions: [] },
    tensions: { 2: { marked: true, note: 'Spanning' } },
    worksheets: {
      octagon: {
        topic: 'Regie',
        active: 'p-b',
        participants: [
          { id: 'p-a', name: 'Anna', notes: { why: [{ id: 'n-1', text: 'Anna waarom' }] }, figures: [{ id: 'f-1', label: 'Moeder', x: 5, y: 6 }] },
          { id: 'p-b', name: 'Bram', notes: { how: [{ id: 'n-2', text: 'Bram hoe' }] }, figures: [] },
        ],
      },
      mindmap: {
        topic: 'Regie voeren',
        active: 'p-x',
        participants: [
          // The same Anna (by name, any case), with another id, and a drawing.
          { id: 'p-x', name: ' anna ', notes: { images: [{ id: 'n-3', text: 'Anna beeld' }] }, figures: [], drawing: { strokes: [stroke], items: [pictogram] } },
          { id: 'p-a', name: 'Cem', notes: { moods: [{ id: 'n-4', text: 'Cem stemming' }] }, figures: [] },
        ],
      },
      'action-card': {
        topic: '',
        active: 'p-q',
        participants: [
          // Unnamed: the person in the same place.
          { id: 'p-q', name: '', notes: { actions: [{ id: 'n-5', text: 'Afspraak maken', who: 'Bram', when: 'Maandag' }] }, figures: [] },
        ],
      },
    },
  };
}

describe('answers stored by version 2 (every sheet its own participants)', () => {
  it('open with every topic, name, note, figure, drawing and action, once per person', async () => {
    const key = newKey();
    sessionStorage.setItem(`kjk-session:${key}`, JSON.stringify(version2State()));
    const { octagon, mindmap, action } = await session(key);
    expect(q(octagon, '.problem')).to.equal(null);
    expect(octagon.state!.version).to.equal(3);
    // The chosen work format (4, the mind map) goes first; both topics are kept.
    expect(q<HTMLInputElement>(action, '#topic')!.value).to.equal('Regie voeren / Regie');
    // The chosen work format's people lead; Anna of the octagon is the mind map's " anna ".
    for (const el of [octagon, mindmap, action]) expect(chips(el)).to.deep.equal(['anna', 'Cem', 'Bram']);
    const octagonText = octagon.toText();
    expect(octagonText).to.contain('Anna waarom').and.to.contain('Bram hoe').and.to.contain('Moeder');
    const mapText = mindmap.toText();
    expect(mapText).to.contain('Anna beeld').and.to.contain('Cem stemming').and.to.contain('Zon');
    expect(mindmap.worksheet.participants[0].drawing!.strokes).to.have.length(1);
    // Anna's octagon notes and mind-map notes sit with one Anna; Cem's are not Anna's.
    expect(octagon.worksheet.participants[0].notes.why[0].text).to.equal('Anna waarom');
    expect(mindmap.worksheet.participants.find((p) => p.name === 'Cem')!.notes.moods[0].text).to.equal('Cem stemming');
    expect(action.toText()).to.contain('Afspraak maken (wie: Bram, wanneer: Maandag)');
    // Who was being worked on stays: Bram in the octagon.
    expect(q(octagon, '.participant-tabs .chip[aria-pressed="true"]')!.textContent!.trim()).to.equal('Bram');
    // The next save writes version 3, still with everything.
    await addNote(octagon, 'what', 'Nieuw');
    const saved = JSON.parse(sessionStorage.getItem(`kjk-session:${key}`)!);
    expect(saved.version).to.equal(3);
    expect(JSON.stringify(saved)).to.contain('Anna beeld').and.to.contain('Cem stemming').and.to.contain('Maandag').and.to.contain('M0 0L10 10L20 5');
    expect(saved.tensions['2'].note).to.equal('Spanning');
  });

  it('an exported version-2 worksheet file still imports: replacing keeps the other sheets\' notes of the same names', async () => {
    const { octagon, mindmap } = await session();
    await addNote(octagon, 'why', 'Achthoek van de eerste');
    await addPerson(octagon, 'Anna');
    await addNote(octagon, 'why', 'Achthoek van Anna');
    await mindmap.updateComplete;
    const file = {
      format: 'ken-je-kracht/worksheet',
      version: 2,
      kind: 'mindmap',
      worksheet: {
        topic: 'Uit het bestand',
        active: 'p-f1',
        participants: [
          { id: 'p-f1', name: 'anna', notes: { images: [{ id: 'n-f1', text: 'Beeld uit bestand' }] }, figures: [] },
          { id: 'p-f2', name: 'Dewi', notes: {}, figures: [] },
        ],
      },
    };
    chooseFile(q<HTMLInputElement>(mindmap, '#import')!, new File([JSON.stringify(file)], 'werkblad.json', { type: 'application/json' }));
    await until(() => q(mindmap, '.import-choice'), 50);
    q<HTMLButtonElement>(mindmap, '[data-action="import-replace"]')!.click();
    await settle(octagon, mindmap);
    expect(chips(mindmap)).to.deep.equal(['anna', 'Dewi']);
    expect(chips(octagon)).to.deep.equal(['anna', 'Dewi']);
    expect(octagon.toText()).to.contain('Achthoek van Anna').and.not.to.contain('Achthoek van de eerste');
    expect(mindmap.toText()).to.contain('Beeld uit bestand');
    // Undo brings back the people and the octagon's notes of the one who went.
    q<HTMLButtonElement>(mindmap, '[data-action="undo-import"]')!.click();
    await settle(octagon, mindmap);
    expect(chips(octagon)).to.deep.equal(['Deelnemer 1', 'Anna']);
    expect(octagon.toText()).to.contain('Achthoek van de eerste');

    // "Voeg toe als deelnemers" appends the file's people to the session.
    chooseFile(q<HTMLInputElement>(mindmap, '#import')!, new File([JSON.stringify(file)], 'werkblad.json', { type: 'application/json' }));
    await until(() => q(mindmap, '.import-choice'), 50);
    q<HTMLButtonElement>(mindmap, '[data-action="import-append"]')!.click();
    await settle(octagon, mindmap);
    expect(chips(octagon)).to.deep.equal(['Deelnemer 1', 'Anna', 'anna', 'Dewi']);
  });
});
