/**
 * sheets.ts: the join of the session's topic and people with one sheet's notes, and the split
 * back. Pure functions, tested without elements.
 */
import { expect } from '@open-wc/testing';
import { removePerson, sessionPeople, sessionTopic, sheetView, writeSheet } from '../src/internal/session/sheets.js';
import { emptyState, parseState, type Participant, type WorksheetState } from '../src/internal/session/state.js';

const person = (id: string, name: string, notes: Participant['notes'] = {}): Participant => ({ id, name, notes, figures: [] });
const note = (id: string, text = id) => ({ id: `n-${id}`, text });
const view = (participants: Participant[], topic = '', active = participants[0].id): WorksheetState => ({ topic, participants, active });

describe('sheets.ts: one topic and one list of participants per session', () => {
  it('has no view while the session has nobody, and an empty topic and no people', () => {
    const state = emptyState();
    expect(sheetView(state, 'octagon')).to.equal(undefined);
    expect(sheetView(undefined, 'octagon')).to.equal(undefined);
    expect(sessionTopic(state)).to.equal('');
    expect(sessionPeople(state)).to.deep.equal([]);
  });

  it('a sheet written in one work format gives its people and topic to every other, each with its own notes', () => {
    const state = emptyState();
    writeSheet(state, 'octagon', view([person('p-1', 'Anna', { why: [note('a')] }), person('p-2', 'Bram')], 'Regie', 'p-2'));
    expect(sessionTopic(state)).to.equal('Regie');
    expect(sessionPeople(state)).to.deep.equal([{ id: 'p-1', name: 'Anna' }, { id: 'p-2', name: 'Bram' }]);
    const map = sheetView(state, 'mindmap')!;
    expect(map.topic).to.equal('Regie');
    expect(map.participants.map((p) => p.name)).to.deep.equal(['Anna', 'Bram']);
    expect(map.participants[0].notes).to.deep.equal({});
    expect(map.active, 'a sheet never opened starts with the first person').to.equal('p-1');
    expect(sheetView(state, 'octagon')!.active).to.equal('p-2');
    expect(sheetView(state, 'octagon')!.participants[0].notes.why[0].text).to.equal('a');
    expect(parseState(state).ok).to.equal(true);
  });

  it('round-trips: writing the view it read changes nothing', () => {
    const state = emptyState();
    const written = view([person('p-1', 'Anna', { why: [note('a')] }), { ...person('p-2', ''), drawing: { strokes: [], items: [] } }], 'Regie');
    writeSheet(state, 'mindmap', structuredClone(written));
    expect(sheetView(state, 'mindmap')).to.deep.equal(written);
    const before = structuredClone(state);
    writeSheet(state, 'mindmap', structuredClone(sheetView(state, 'mindmap')!));
    expect(state).to.deep.equal(before);
  });

  it('renames and reorders the session\'s people from any sheet, and adds new ones', () => {
    const state = emptyState();
    writeSheet(state, 'octagon', view([person('p-1', 'Anna', { why: [note('a')] }), person('p-2', 'Bram')]));
    const map = structuredClone(sheetView(state, 'mindmap')!);
    map.participants.reverse();
    map.participants[0].name = 'Bram B.';
    map.participants.push(person('p-3', 'Cem', { images: [note('c')] }));
    writeSheet(state, 'mindmap', map);
    expect(sheetView(state, 'octagon')!.participants.map((p) => p.name)).to.deep.equal(['Bram B.', 'Anna', 'Cem']);
    expect(sheetView(state, 'octagon')!.participants[1].notes.why[0].text, 'Anna keeps her octagon notes').to.equal('a');
    expect(sheetView(state, 'octagon')!.participants[2].notes, 'Cem\'s mind-map notes stay in the mind map').to.deep.equal({});
  });

  it('a person removed on one sheet is removed from the session and every sheet', () => {
    const state = emptyState();
    writeSheet(state, 'octagon', view([person('p-1', 'Anna', { why: [note('a')] }), person('p-2', 'Bram', { why: [note('b')] })]));
    const map = structuredClone(sheetView(state, 'mindmap')!);
    map.participants[1].notes.images = [note('bm')];
    writeSheet(state, 'mindmap', map);
    const again = structuredClone(sheetView(state, 'mindmap')!);
    again.participants = again.participants.filter((p) => p.id !== 'p-2');
    writeSheet(state, 'mindmap', again);
    expect(sessionPeople(state)).to.deep.equal([{ id: 'p-1', name: 'Anna' }]);
    expect(JSON.stringify(state)).not.to.contain('Bram').and.not.to.contain('n-b');
    removePerson(state, 'p-1');
    expect(state.participants).to.deep.equal([]);
    expect(Object.keys(state.worksheets.octagon.people)).to.deep.equal([]);
  });

  it('the topic stays unset while it is the element\'s preset, so another preset still shows; a typed one is for everyone', () => {
    const state = emptyState();
    writeSheet(state, 'octagon', view([person('p-1', '', { why: [note('a')] })], 'Voorgezet'), 'Voorgezet');
    expect(state.topic).to.equal(undefined);
    expect(sheetView(state, 'octagon', 'Voorgezet')!.topic).to.equal('Voorgezet');
    expect(sheetView(state, 'mindmap', 'Ander')!.topic).to.equal('Ander');
    writeSheet(state, 'octagon', view([person('p-1', '')], 'Getypt'), 'Voorgezet');
    expect(sheetView(state, 'mindmap', 'Ander')!.topic).to.equal('Getypt');
    // Emptied on purpose: an empty topic, no longer the preset.
    writeSheet(state, 'octagon', view([person('p-1', '')], ''), 'Voorgezet');
    expect(sheetView(state, 'mindmap', 'Ander')!.topic).to.equal('');
  });
});

describe('migration of a version-2 state', () => {
  const v2 = (worksheets: Record<string, unknown>, workFormat: number | null = null) => ({
    version: 2,
    plan: { step: 1, goals: { chosen: [], own: [] }, partners: { chosen: [], own: [] }, moments: { chosen: [], own: [] }, workFormat, actions: [] },
    tensions: {},
    worksheets,
  });
  const sheet = (topic: string, participants: Participant[], active = participants[0].id) => ({ topic, participants, active });

  it('joins people by name (trimmed, any case), an unnamed one by position, and adds the rest', () => {
    const parsed = parseState(
      v2({
        octagon: sheet('', [person('p-1', 'Anna', { why: [note('1')] }), person('p-2', 'Bram')]),
        'circle-quadrant': sheet('', [person('p-9', ''), person('p-1', ' BRAM ', { proud: [note('2')] }), person('p-3', 'Cem')]),
        'look-back': sheet('', [person('p-4', 'Anna'), person('p-5', 'Anna')]),
      }),
    );
    expect(parsed.ok, JSON.stringify(parsed)).to.equal(true);
    if (!parsed.ok) return;
    const state = parsed.state;
    expect(state.version).to.equal(3);
    expect(state.participants.map((p) => p.name)).to.deep.equal(['Anna', 'Bram', 'Cem', 'Anna']);
    expect(new Set(state.participants.map((p) => p.id)).size).to.equal(4);
    const circle = sheetView(state, 'circle-quadrant')!;
    expect(circle.participants[0].id, 'the unnamed first one is the first person').to.equal('p-1');
    expect(circle.participants[1].notes.proud[0].text, "' BRAM ' is Bram").to.equal('2');
    expect(sheetView(state, 'octagon')!.participants[0].notes.why[0].text).to.equal('1');
  });

  it('keeps every different topic, the chosen work format\'s first, and an unchanged state parses the same twice', () => {
    const data = v2(
      {
        octagon: sheet('Regie', [person('p-1', '')]),
        mindmap: sheet('Regie voeren', [person('p-2', '')]),
        'look-back': sheet(' Regie ', [person('p-3', '')]),
        'word-cloud': sheet('', [person('p-4', '')]),
      },
      4,
    );
    const first = parseState(structuredClone(data));
    const second = parseState(structuredClone(data));
    expect(first.ok && first.state.topic).to.equal('Regie voeren / Regie');
    expect(first.ok && first.state.participants.length, 'unnamed people by position: one person').to.equal(1);
    expect(first).to.deep.equal(second);
  });

  it('lets a migrated session hold more than the 30 people the UI adds', () => {
    const many = (prefix: string) => Array.from({ length: 30 }, (_, i) => person(`${prefix}-${i}`, `${prefix} ${i}`));
    const parsed = parseState(v2({ octagon: sheet('', many('a')), mindmap: sheet('', many('b')) }));
    expect(parsed.ok && parsed.state.participants.length).to.equal(60);
  });
});
