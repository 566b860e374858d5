/**
 * The step plan's data: which card lists each step picks from, and the gespreksplan
 * summary as plain text and Markdown. Pure functions, so the fan only renders.
 */
import type { Block, Card, Deck, ListItem } from '../content/deck-schema.js';
import { findCard } from '../content/decks.js';
import type { Choice, SessionState } from '../session/state.js';
import { TENSION_FIELDS } from '../session/state.js';
import type { MessageKey } from '../i18n.js';
import { escapeMarkdown, exportText } from '../output.js';
import { noteLine } from '../worksheet/model.js';
import { sheetView } from '../session/sheets.js';

export const STEP_COUNT = 7;
export const SUMMARY_STEP = STEP_COUNT + 1;

/** Steps 2–4 let the user pick from a card's list and add their own. */
export const CHOICE_STEPS = {
  2: { key: 'goals', card: 'why' },
  3: { key: 'partners', card: 'with-whom' },
  4: { key: 'moments', card: 'where-when' },
} as const;
export type ChoiceKey = (typeof CHOICE_STEPS)[keyof typeof CHOICE_STEPS]['key'];

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

export interface PlanSection {
  title: string;
  items: string[];
}

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** The gespreksplan: goals, partners, moment, tension fields, work format, actions. */
export function planSections(deck: Deck, state: SessionState, t: Translate): PlanSection[] {
  const sections: PlanSection[] = [];
  for (const [step, { key, card }] of Object.entries(CHOICE_STEPS)) {
    sections.push({
      title: stepInfo(deck, Number(step)).title,
      items: chosenTexts(state.plan[key], cardOptions(findCard(deck, card))),
    });
  }
  sections.push({
    title: stepInfo(deck, 5).title,
    items: TENSION_FIELDS.filter((f) => state.tensions[f]?.marked).map((f) => {
      const title = findCard(deck, `tension-${f}`)?.title ?? f;
      const note = state.tensions[f]!.note.trim();
      return note ? `${title}: ${note}` : title;
    }),
  });
  const format = state.plan.workFormat;
  sections.push({
    title: stepInfo(deck, 6).title,
    items: format ? [findCard(deck, `work-format-${format}`)?.title ?? String(format)] : [],
  });
  sections.push({ title: stepInfo(deck, 7).title, items: [...state.plan.actions, ...actionCardItems(deck, state, t)] });
  return sections.map((s) => ({ ...s, items: s.items.length ? s.items : [t('plan.nothingYet')] }));
}

/** What the action card holds: each note as "Afspraken: …", an action with who and when. */
function actionCardItems(deck: Deck, state: SessionState, t: Translate): string[] {
  const sheet = sheetView(state, 'action-card');
  const worksheet = findCard(deck, 'action')?.worksheet;
  if (!sheet || worksheet?.kind !== 'actions') return [];
  return sheet.participants.flatMap((p) =>
    worksheet.zones.flatMap((zone) => (p.notes[zone.id] ?? []).map((note) => `${zone.label}: ${noteLine(note, t)}`)),
  );
}

export function planAsText(title: string, sections: PlanSection[]): string {
  return exportText([title, '', ...sections.flatMap((s) => [s.title, ...s.items.map((i) => `- ${i}`), ''])].join('\n').trim() + '\n');
}

export function planAsMarkdown(title: string, sections: PlanSection[]): string {
  return exportText(
    [`# ${escapeMarkdown(title)}`, '', ...sections.flatMap((s) => [`## ${escapeMarkdown(s.title)}`, '', ...s.items.map((i) => `- ${escapeMarkdown(i)}`), ''])]
      .join('\n')
      .trim() + '\n',
  );
}
