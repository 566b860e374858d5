/**
 * Property-based tests (fast-check): any sequence of edits survives save → load → export →
 * import unchanged; random bytes in storage, imports or the state property never crash and
 * never destroy saved data.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { SessionStore } from '../src/internal/session/session-store.js';
import { emptyState, parseState, type WorksheetState } from '../src/internal/session/state.js';
import * as model from '../src/internal/worksheet/model.js';
import { parseWorksheetFile } from '../src/internal/worksheet/import.js';
import { sheetView, writeSheet } from '../src/internal/session/sheets.js';

const ZONES = ['why', 'how', 'what', 'conditions'];
let counter = 0;
const newKey = () => `prop-${Date.now()}-${counter++}`;
const text = fc.string({ maxLength: 40, unit: 'grapheme' });

type Edit = (ws: WorksheetState) => void;
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.constantFrom(...ZONES), text).map(([zone, t]): Edit => (ws) => void model.addNote(ws, zone, t)),
  fc.tuple(fc.constantFrom(...ZONES), fc.nat(5), text).map(([zone, i, t]): Edit => (ws) => {
    const note = model.notesIn(model.activeParticipant(ws), zone)[i];
    if (note) model.editNote(ws, zone, note.id, t);
  }),
  fc.tuple(fc.constantFrom(...ZONES), fc.nat(5), fc.constantFrom(-1 as const, 1 as const)).map(([zone, i, d]): Edit => (ws) => {
    const note = model.notesIn(model.activeParticipant(ws), zone)[i];
    if (note) model.moveNote(ws, zone, note.id, d);
  }),
  fc.tuple(fc.constantFrom(...ZONES), fc.nat(5)).map(([zone, i]): Edit => (ws) => {
    const note = model.notesIn(model.activeParticipant(ws), zone)[i];
    if (note) model.removeNote(ws, zone, note.id);
  }),
  fc.constant<Edit>((ws) => void model.addParticipant(ws)),
  fc.nat(4).map((i): Edit => (ws) => ws.participants[i] && model.removeParticipant(ws, ws.participants[i].id)),
  fc.nat(4).map((i): Edit => (ws) => void (ws.participants[i] && (ws.active = ws.participants[i].id))),
  text.map((t): Edit => (ws) => void (ws.topic = t)),
  text.map((t): Edit => (ws) => void (model.activeParticipant(ws).name = t.slice(0, 80))),
);

afterEach(() => sessionStorage.clear());

describe('properties of the session and the worksheet', () => {
  it('any sequence of edits survives save → load → export → import unchanged', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 30 }), (edits) => {
        const key = newKey();
        const store = new SessionStore('session', key);
        for (const e of edits) {
          store.update((s) => {
            const ws = sheetView(s, 'octagon') ?? model.emptyWorksheet();
            e(ws);
            writeSheet(s, 'octagon', ws);
          });
        }
        const loaded = new SessionStore('session', key);
        expect(loaded.problem).to.equal(null);
        expect(loaded.state).to.deep.equal(store.state);
        const ws = sheetView(store.state, 'octagon');
        if (ws) {
          const imported = parseWorksheetFile(model.worksheetAsJson(ws, 'octagon'), 'octagon');
          expect(imported.ok && imported.worksheet).to.deep.equal(ws);
        }
        sessionStorage.removeItem(`kjk-session:${key}`);
      }),
      { numRuns: 150 },
    );
  });

  it('random bytes in storage never crash and are never overwritten without asking', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json(), fc.uint8Array().map((b) => String.fromCharCode(...b))), (raw) => {
        const key = newKey();
        sessionStorage.setItem(`kjk-session:${key}`, raw);
        const store = new SessionStore('session', key);
        store.update((s) => void (s.plan.actions = ['nieuw']));
        const readable = store.problem === null;
        if (!readable) {
          expect(store.holding).to.equal(true);
          expect(sessionStorage.getItem(`kjk-session:${key}`)).to.equal(raw);
        } else {
          expect(parseState(JSON.parse(raw)).ok).to.equal(true);
        }
        expect(store.state.plan.actions).to.deep.equal(['nieuw']);
        sessionStorage.removeItem(`kjk-session:${key}`);
      }),
      { numRuns: 200 },
    );
  });

  it('random imports never crash and change nothing unless valid', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json(), fc.anything().map((v) => JSON.stringify({ format: 'ken-je-kracht/worksheet', version: 1, kind: 'octagon', worksheet: v }) ?? '')), (raw) => {
        const result = parseWorksheetFile(raw, 'octagon');
        if (result.ok) expect(result.worksheet.participants.length).to.be.at.least(1);
        else expect(result.reason).to.be.a('string');
      }),
      { numRuns: 300 },
    );
  });

  it('random values set as the state are applied only when valid, never crash', () => {
    const original = console.error;
    console.error = () => {};
    try {
      fc.assert(
        fc.property(fc.anything(), (value) => {
          const store = new SessionStore('none', newKey());
          const before = structuredClone(store.state);
          const applied = store.replace(value);
          if (!applied) expect(store.state).to.deep.equal(before);
          else expect(parseState(value).ok).to.equal(true);
        }),
        { numRuns: 300 },
      );
    } finally {
      console.error = original;
    }
    expect(new SessionStore('none', 'x').replace(emptyState())).to.equal(true);
  });
});
