import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { mergeStates } from '../src/internal/session/merge.js';
import { salvageState } from '../src/internal/session/salvage.js';
import { emptyState, parseState, type Note, type SessionState } from '../src/internal/session/state.js';
import { sheetView, writeSheet } from '../src/internal/session/sheets.js';

/** A state with one octagon sheet of one participant, whose `why` zone holds these notes. */
function withNotes(notes: Note[], extra: (s: SessionState) => void = () => {}): SessionState {
  const s = emptyState();
  writeSheet(s, 'octagon', { topic: '', active: 'p-1', participants: [{ id: 'p-1', name: '', notes: { why: notes }, figures: [] }] });
  extra(s);
  return s;
}
const notesOf = (s: SessionState) => sheetView(s, 'octagon')!.participants[0].notes.why ?? [];
const texts = (s: SessionState) => notesOf(s).map((n) => n.text);
const n = (id: string, text = id): Note => ({ id: `n-${id}`, text });

describe('three-way merge of two tabs', () => {
  it('keeps notes added on both sides, each where its side put it', () => {
    const base = withNotes([n('a'), n('b')]);
    const mine = withNotes([n('a'), n('mine'), n('b')]);
    const theirs = withNotes([n('a'), n('b'), n('theirs')]);
    const result = mergeStates(base, mine, theirs);
    expect(texts(result.state)).to.deep.equal(['a', 'mine', 'b', 'theirs']);
    expect(result.conflicts).to.deep.equal([]);
    expect(result.wiped).to.equal(false);
  });

  it('applies a delete from one side when the other did not change that note, and keeps a note the other side changed', () => {
    const base = withNotes([n('a'), n('b'), n('c')]);
    const mine = withNotes([n('b'), n('c', 'c bewerkt')]);
    const theirs = withNotes([n('a'), n('b')]);
    expect(texts(mergeStates(base, mine, theirs).state)).to.deep.equal(['b', 'c bewerkt']);
  });

  it('keeps both texts of a note both sides rewrote: theirs as a new note right after mine', () => {
    const base = withNotes([n('a'), n('b')]);
    const result = mergeStates(base, withNotes([n('a', 'mijn tekst'), n('b')]), withNotes([n('a', 'hun tekst'), n('b')]));
    expect(texts(result.state)).to.deep.equal(['mijn tekst', 'hun tekst', 'b']);
    const ids = notesOf(result.state).map((note) => note.id);
    expect(new Set(ids).size).to.equal(3);
    expect(result.conflicts).to.deep.equal([]);
    expect(parseState(result.state).ok).to.equal(true);
  });

  it('takes the order of the side that reordered', () => {
    const base = withNotes([n('a'), n('b'), n('c')]);
    const result = mergeStates(base, withNotes([n('a'), n('b'), n('c'), n('d')]), withNotes([n('c'), n('a'), n('b')]));
    expect(texts(result.state)).to.deep.equal(['c', 'a', 'b', 'd']);
  });

  it('merges plain fields: the side that changed wins, both changed → mine and a conflict', () => {
    const base = withNotes([], (s) => (s.tensions['1'] = { marked: false, note: '' }));
    const mine = withNotes([], (s) => {
      s.tensions['1'] = { marked: true, note: 'hier' };
      s.plan.goals.chosen = [1];
    });
    const theirs = withNotes([], (s) => {
      s.tensions['1'] = { marked: false, note: 'daar' };
      s.topic = 'Regie';
      s.plan.goals.chosen = [3];
    });
    const result = mergeStates(base, mine, theirs);
    expect(result.state.tensions['1']).to.deep.equal({ marked: true, note: 'hier' });
    expect(result.state.topic).to.equal('Regie');
    expect(result.state.plan.goals.chosen).to.deep.equal([1, 3]);
    expect(result.conflicts).to.deep.equal(['tensions.1.note']);
  });

  it('keeps participants added on both sides and an active one that exists', () => {
    const base = emptyState();
    const sheet = (id: string) => ({ topic: '', active: id, participants: [{ id, name: id, notes: {}, figures: [] }] });
    const mine = emptyState();
    writeSheet(mine, 'octagon', sheet('p-mine'));
    const theirs = emptyState();
    writeSheet(theirs, 'octagon', sheet('p-theirs'));
    const result = mergeStates(base, mine, theirs);
    expect(result.state.participants.map((p) => p.id).sort()).to.deep.equal(['p-mine', 'p-theirs']);
    expect(sheetView(result.state, 'octagon')!.participants.map((p) => p.id).sort()).to.deep.equal(['p-mine', 'p-theirs']);
    expect(result.state.worksheets.octagon.active).to.equal('p-mine');
    // Moving to another participant is no answer: no conflict to report.
    expect(result.conflicts).to.deep.equal([]);
  });

  it('two tabs adding different participants in different work formats keep both, with their notes, in every format', () => {
    const person = (id: string, name: string, zone: string, text: string) => ({ id, name, notes: { [zone]: [{ id: `n-${id}`, text }] }, figures: [] });
    const base = emptyState();
    writeSheet(base, 'octagon', { topic: 'Regie', active: 'p-1', participants: [person('p-1', 'Anna', 'why', 'a')] });
    const mine = structuredClone(base);
    const octagon = sheetView(mine, 'octagon')!;
    octagon.participants.push(person('p-bram', 'Bram', 'why', 'van Bram'));
    writeSheet(mine, 'octagon', octagon);
    const theirs = structuredClone(base);
    const map = sheetView(theirs, 'mindmap')!;
    map.participants.push(person('p-cem', 'Cem', 'images', 'van Cem'));
    writeSheet(theirs, 'mindmap', map);
    const result = mergeStates(base, mine, theirs);
    expect(result.conflicts).to.deep.equal([]);
    const names = result.state.participants.map((p) => p.name);
    expect(names).to.have.members(['Anna', 'Bram', 'Cem']).and.to.have.length(3);
    for (const kind of ['octagon', 'mindmap', 'action-card']) {
      expect(sheetView(result.state, kind)!.participants.map((p) => p.name)).to.deep.equal(names);
    }
    const of = (kind: string, name: string) => sheetView(result.state, kind)!.participants.find((p) => p.name === name)!;
    expect(of('octagon', 'Bram').notes.why[0].text).to.equal('van Bram');
    expect(of('mindmap', 'Cem').notes.images[0].text).to.equal('van Cem');
    expect(result.state.topic).to.equal('Regie');
  });

  it('a participant one tab removed while the other wrote for them is kept, with the new notes', () => {
    const base = emptyState();
    writeSheet(base, 'octagon', { topic: '', active: 'p-1', participants: [{ id: 'p-1', name: 'Anna', notes: {}, figures: [] }, { id: 'p-2', name: 'Bram', notes: {}, figures: [] }] });
    const mine = structuredClone(base);
    const view = sheetView(mine, 'octagon')!;
    view.participants.splice(1, 1);
    writeSheet(mine, 'octagon', view);
    const theirs = structuredClone(base);
    const map = sheetView(theirs, 'mindmap')!;
    map.participants[1].notes.images = [n('bram-beeld')];
    writeSheet(theirs, 'mindmap', map);
    const result = mergeStates(base, mine, theirs);
    expect(parseState(result.state).ok).to.equal(true);
    expect(sheetView(result.state, 'mindmap')!.participants.map((p) => p.name)).to.deep.equal(['Anna', 'Bram']);
    expect(sheetView(result.state, 'mindmap')!.participants[1].notes.images[0].text).to.equal('bram-beeld');
  });

  it('a participant renamed in one tab while the other added a note keeps both', () => {
    const base = withNotes([n('a')]);
    const mine = structuredClone(base);
    mine.participants[0].name = 'Anna';
    const theirs = withNotes([n('a'), n('b')]);
    const result = mergeStates(base, mine, theirs);
    expect(result.state.participants[0].name).to.equal('Anna');
    expect(texts(result.state)).to.deep.equal(['a', 'b']);
    expect(result.conflicts).to.deep.equal([]);
  });

  it('recognises "Alles wissen" on the other side', () => {
    const base = withNotes([n('a')]);
    const result = mergeStates(base, withNotes([n('a'), n('b')]), emptyState());
    expect(result.wiped).to.equal(true);
    expect(result.state).to.deep.equal(emptyState());
  });

  it('keeps mine whole when the two together break a limit', () => {
    const many = (prefix: string) => Array.from({ length: 1500 }, (_, i) => n(`${prefix}${i}`));
    const mine = withNotes(many('m'));
    const result = mergeStates(withNotes([]), mine, withNotes(many('t')));
    expect(result.state).to.deep.equal(mine);
    expect(result.conflicts).to.deep.equal(['(state)']);
  });

  describe('properties', () => {
    type Fate = 'keep' | 'delete' | 'edit';
    const fates = fc.constantFrom<Fate>('keep', 'delete', 'edit');
    const scenario = fc.record({
      base: fc.integer({ min: 0, max: 8 }),
      mine: fc.array(fates, { minLength: 8, maxLength: 8 }),
      theirs: fc.array(fates, { minLength: 8, maxLength: 8 }),
      mineAdds: fc.integer({ min: 0, max: 3 }),
      theirAdds: fc.integer({ min: 0, max: 3 }),
    });
    const build = (count: number, fate: Fate[], side: string, adds: number): Note[] => [
      ...Array.from({ length: count }, (_, i) => i)
        .filter((i) => fate[i] !== 'delete')
        .map((i) => n(`b${i}`, fate[i] === 'edit' ? `b${i} door ${side}` : `b${i}`)),
      ...Array.from({ length: adds }, (_, i) => n(`${side}${i}`)),
    ];

    it('merge(base, x, base) = x and merge(base, base, y) = y', () => {
      fc.assert(
        fc.property(scenario, (s) => {
          const base = withNotes(build(s.base, [], 'b', 0));
          const x = withNotes(build(s.base, s.mine, 'm', s.mineAdds));
          expect(mergeStates(base, x, base).state).to.deep.equal(x);
          expect(mergeStates(base, base, x).state).to.deep.equal(x);
        }),
      );
    });

    it('loses no note: adds of both kept, deletes applied only to notes the other side left alone', () => {
      fc.assert(
        fc.property(scenario, (s) => {
          const base = withNotes(build(s.base, [], 'b', 0));
          const mine = withNotes(build(s.base, s.mine, 'm', s.mineAdds));
          const theirs = withNotes(build(s.base, s.theirs, 't', s.theirAdds));
          const result = mergeStates(base, mine, theirs);
          const out = texts(result.state);
          expect(parseState(result.state).ok).to.equal(true);
          for (let i = 0; i < s.mineAdds; i++) expect(out).to.include(`m${i}`);
          for (let i = 0; i < s.theirAdds; i++) expect(out).to.include(`t${i}`);
          for (let i = 0; i < s.base; i++) {
            const [m, t] = [s.mine[i], s.theirs[i]];
            if (m === 'edit') expect(out).to.include(`b${i} door m`);
            if (t === 'edit') expect(out).to.include(`b${i} door t`);
            if (m === 'keep' && t === 'keep') expect(out).to.include(`b${i}`);
            if ((m === 'delete' && t !== 'edit') || (t === 'delete' && m !== 'edit')) expect(out).not.to.include(`b${i}`);
          }
          expect(result.conflicts).to.deep.equal([]);
        }),
      );
    });

    it('is the same whichever tab merges (up to the order of notes)', () => {
      fc.assert(
        fc.property(scenario, (s) => {
          const base = withNotes(build(s.base, [], 'b', 0));
          const mine = withNotes(build(s.base, s.mine, 'm', s.mineAdds));
          const theirs = withNotes(build(s.base, s.theirs, 't', s.theirAdds));
          const a = texts(mergeStates(base, mine, theirs).state).sort();
          const b = texts(mergeStates(base, theirs, mine).state).sort();
          expect(a).to.deep.equal(b);
        }),
      );
    });
  });
});

describe('salvaging stored data that fails as a whole', () => {
  const octagon = withNotes([n('a')]).worksheets.octagon;
  /** The same sheet as version 2 stored it, with its own participants. */
  const octagonV2 = { topic: '', active: 'p-1', participants: [{ id: 'p-1', name: '', notes: { why: [n('a')] }, figures: [] }] };

  it('keeps each valid part: a sheet of three, the valid tension fields, the plan steps', () => {
    const data = {
      version: 2,
      plan: { step: 4, goals: { chosen: [1, 2], own: ['Eigen doel'] }, partners: 'kapot', moments: { chosen: [], own: [] }, workFormat: 9, actions: ['Bellen'] },
      tensions: { '2': { marked: true, note: 'ja' }, '3': { marked: 'misschien' }, '9': { marked: true, note: '' } },
      worksheets: { octagon: octagonV2, 'circle-quadrant': { topic: 5 }, 'look-back': { ...octagonV2, participants: [] } },
    };
    const { state, restored } = salvageState(data);
    expect(parseState(state).ok).to.equal(true);
    expect(state.plan.step).to.equal(4);
    expect(state.plan.goals).to.deep.equal({ chosen: [1, 2], own: ['Eigen doel'] });
    expect(state.plan.partners).to.deep.equal({ chosen: [], own: [] });
    expect(state.plan.workFormat).to.equal(null);
    expect(state.plan.actions).to.deep.equal(['Bellen']);
    expect(state.tensions).to.deep.equal({ '2': { marked: true, note: 'ja' } });
    expect(state.worksheets).to.deep.equal({ octagon });
    expect(sheetView(state, 'octagon')!.participants[0].notes.why[0].text).to.equal('a');
    expect(restored.sort()).to.deep.equal(['participants', 'plan.actions', 'plan.goals', 'tensions.2', 'worksheets.octagon']);
  });

  it('restores nothing from something that is no state at all', () => {
    for (const data of [null, 'tekst', [1, 2], { plan: null, tensions: [], worksheets: 'x' }]) {
      const { state, restored } = salvageState(data);
      expect(state).to.deep.equal(emptyState());
      expect(restored).to.deep.equal([]);
    }
  });
});
