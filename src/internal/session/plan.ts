/**
 * The gespreksplan: what one conversation produced, as one structured object. It sits beside the
 * session because the fan, the work formats, the action card and <kjk-session> all show it; pure
 * functions, so each of them only renders. Sheets are read only through sheets.ts.
 */
import type { Block, Card, Deck, ListItem } from '../content/deck-schema.js';
import { findCard } from '../content/decks.js';
import type { Choice, Drawing, SessionState, WorksheetState } from './state.js';
import { TENSION_FIELDS } from './state.js';
import { sessionPeople, sessionTopic, sheetView, type Person } from './sheets.js';
import type { MessageKey } from '../i18n.js';
import { zoneIndexAt, zonesOf } from '../worksheet/zones.js';
import { whenText } from '../worksheet/when.js';
import { tally, type Tally } from '../word-cloud/layout.js';

export { STEP_COUNT, SUMMARY_STEP, hasStepProgress } from './plan-steps.js';

/** Steps 2–4 let the user pick from a card's list and add their own. */
export const CHOICE_STEPS = {
  2: { key: 'goals', card: 'why' },
  3: { key: 'partners', card: 'with-whom' },
  4: { key: 'moments', card: 'where-when' },
} as const;
export type ChoiceKey = (typeof CHOICE_STEPS)[keyof typeof CHOICE_STEPS]['key'];

/** The work formats of step 6 by number, as the kind of their sheet. */
export const WORK_FORMAT_KINDS: Record<number, string> = { 1: 'look-back', 2: 'octagon', 3: 'circle-quadrant', 4: 'mindmap' };

export function itemText(item: ListItem): string {
  return typeof item === 'string' ? item : item.text ? `${item.title}: ${item.text}` : item.title;
}

/** The first list on a card: the options a step offers. */
export function cardOptions(card: Card | undefined): string[] {
  const list = card?.blocks.find((b): b is Extract<Block, { type: 'list' }> => b.type === 'list');
  return list ? list.items.map(itemText) : [];
}

/** Title and description of step n (1…7), from the step-plan card's own list. */
export function stepInfo(deck: Deck, step: number): { title: string; text: string } {
  const list = findCard(deck, 'step-plan')?.blocks.find((b) => b.type === 'list');
  const item = list && list.type === 'list' ? list.items[step - 1] : undefined;
  if (!item) return { title: String(step), text: '' };
  return typeof item === 'string' ? { title: item, text: '' } : { title: item.title, text: item.text ?? '' };
}

export function chosenTexts(choice: Choice, options: string[]): string[] {
  return [...choice.chosen.filter((i) => i < options.length).sort((a, b) => a - b).map((i) => options[i]), ...choice.own];
}

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** A note with the name of who wrote it: "who said what". */
export interface PlanNote {
  text: string;
  by: string;
}

export interface PlanZone {
  label: string;
  question: string;
  notes: PlanNote[];
}

/** One participant's drawing (the mind map, the action card's sketch). */
export interface PlanSketch {
  by: string;
  drawing: Drawing;
}

export interface PlanAction {
  what: string;
  who: string;
  when: string;
}

export interface PlanList {
  title: string;
  items: string[];
}

export interface Gespreksplan {
  lang: string;
  title: string;
  /** The day it was made, written out: "2 december 2026". */
  date: string;
  /** The vraagstuk; '' when none was written. */
  topic: string;
  /** Everyone who took part, by name or "Deelnemer n". */
  people: string[];
  /** Steps 2–4: why, with whom, when and where. */
  choices: PlanList[];
  /** Step 5: the marked tension fields with their notes. */
  tensions: { title: string; fields: { title: string; note: string }[] };
  /** Step 6: the chosen work format and what the team wrote on it, per zone. */
  workFormat: {
    title: string;
    /** The format's own title; '' when none was chosen. */
    name: string;
    zones: PlanZone[];
    /** Person figures on the sheet ("Mijn collega, in Hoe"). */
    figures: PlanNote[];
    sketches: PlanSketch[];
  };
  /** Step 1: the word cloud's question and its words, most named first. */
  wordCloud: { question: string; words: Tally[] };
  /** Step 7: the actions (wat, wie, wanneer), then ideas, agreements and own actions as lists. */
  actions: { title: string; rows: PlanAction[]; lists: PlanList[]; sketches: PlanSketch[] };
  /** Who made the fan: at the foot of the handout. */
  source: string;
}

/** Each participant of a sheet with the name the plan gives them. */
function named(sheet: WorksheetState, people: Person[], t: Translate) {
  return sheet.participants.map((p, i) => {
    const index = people.findIndex((q) => q.id === p.id);
    const fallback = t('plan.person', { n: (index >= 0 ? index : i) + 1 });
    return { participant: p, name: p.name.trim() || fallback };
  });
}

function sketchesOf(sheet: WorksheetState | undefined, people: Person[], t: Translate): PlanSketch[] {
  if (!sheet) return [];
  return named(sheet, people, t)
    .filter(({ participant: p }) => p.drawing && (p.drawing.strokes.length || p.drawing.items.length))
    .map(({ participant: p, name }) => ({ by: name, drawing: p.drawing! }));
}

function zonesWithNotes(card: Card | undefined, sheet: WorksheetState | undefined, people: Person[], t: Translate): PlanZone[] {
  return zonesOf(card).map((zone) => ({
    label: zone.label,
    question: zone.question,
    notes: sheet
      ? named(sheet, people, t).flatMap(({ participant, name }) =>
          (participant.notes[zone.id] ?? []).filter((n) => n.text.trim()).map((n) => ({ text: n.text.trim(), by: name })),
        )
      : [],
  }));
}

/**
 * The gespreksplan of `state`, in the deck's language. `now` is the date it shows (today by default).
 * Never throws on a state that passed the schema; anything missing is simply left empty.
 */
export function gespreksplan(deck: Deck, state: SessionState, t: Translate, now: Date = new Date()): Gespreksplan {
  const people = sessionPeople(state);
  const format = state.plan.workFormat;
  const formatCard = format ? findCard(deck, `work-format-${format}`) : undefined;
  const formatSheet = format ? sheetView(state, WORK_FORMAT_KINDS[format]) : undefined;
  const formatZones = zonesOf(formatCard);

  const figures: PlanNote[] = formatSheet
    ? named(formatSheet, people, t).flatMap(({ participant, name }) =>
        participant.figures.map((f) => {
          const label = f.label.trim() || t('plan.figure');
          // Only the octagon places figures in zones; elsewhere the label says enough.
          const zone = format === 2 ? formatZones[zoneIndexAt(f.x, f.y)]?.label ?? t('plan.outside') : '';
          return { text: zone ? t('plan.figureIn', { label, zone }) : label, by: name };
        }),
      )
    : [];

  const cloudCard = findCard(deck, 'intro');
  const cloudSheet = sheetView(state, 'word-cloud');
  const cloudZone = zonesOf(cloudCard)[0]?.id ?? 'words';
  const figureBlock = cloudCard?.blocks.find((b) => b.type === 'figure');

  const actionCard = findCard(deck, 'action');
  const actionSheet = sheetView(state, 'action-card');
  const actionZones = zonesOf(actionCard);
  const rows: PlanAction[] = actionSheet
    ? actionSheet.participants.flatMap((p) =>
        (p.notes.actions ?? [])
          .filter((n) => n.text.trim())
          .map((n) => ({ what: n.text.trim(), who: n.who?.trim() ?? '', when: whenText(n.when ?? '', deck.lang) })),
      )
    : [];
  const lists: PlanList[] = zonesWithNotes(actionCard, actionSheet, people, t)
    .filter((z, i) => actionZones[i].id !== 'actions' && z.notes.length)
    .map((z) => ({ title: z.label, items: z.notes.map((n) => n.text) }));
  const own = state.plan.actions.map((a) => a.trim()).filter(Boolean);
  if (own.length) lists.push({ title: t('plan.ownActions'), items: own });

  return {
    lang: deck.lang,
    title: t('plan.title'),
    date: new Intl.DateTimeFormat(deck.lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(now),
    topic: sessionTopic(state).trim(),
    people: people.map((p, i) => p.name.trim() || t('plan.person', { n: i + 1 })),
    choices: Object.entries(CHOICE_STEPS).map(([step, { key, card }]) => ({
      title: stepInfo(deck, Number(step)).title,
      items: chosenTexts(state.plan[key], cardOptions(findCard(deck, card))).map((s) => s.trim()).filter(Boolean),
    })),
    tensions: {
      title: stepInfo(deck, 5).title,
      fields: TENSION_FIELDS.filter((f) => state.tensions[f]?.marked).map((f) => ({
        title: findCard(deck, `tension-${f}`)?.title ?? f,
        note: state.tensions[f]!.note.trim(),
      })),
    },
    workFormat: {
      title: stepInfo(deck, 6).title,
      name: format ? formatCard?.title ?? String(format) : '',
      zones: format ? zonesWithNotes(formatCard, formatSheet, people, t) : [],
      figures,
      sketches: sketchesOf(formatSheet, people, t),
    },
    wordCloud: {
      question: figureBlock?.type === 'figure' ? figureBlock.question ?? '' : '',
      words: tally(cloudSheet ? cloudSheet.participants.flatMap((p) => (p.notes[cloudZone] ?? []).map((n) => n.text)) : []),
    },
    actions: { title: stepInfo(deck, 7).title, rows, lists, sketches: sketchesOf(actionSheet, people, t) },
    source: deck.credit ?? '',
  };
}

/** A plan section as bare lines: what the action card shows of the plan so far. */
export interface PlanSection {
  title: string;
  items: string[];
}

/** The plan of steps 2–6 as sections of lines, for the action card's "plan so far". */
export function planSections(plan: Gespreksplan, t: Translate): PlanSection[] {
  const sections: PlanSection[] = [
    ...plan.choices,
    { title: plan.tensions.title, items: plan.tensions.fields.map((f) => (f.note ? `${f.title}: ${f.note}` : f.title)) },
    { title: plan.workFormat.title, items: plan.workFormat.name ? [plan.workFormat.name] : [] },
  ];
  return sections.map((s) => ({ ...s, items: s.items.length ? s.items : [t('plan.nothingYet')] }));
}
