/**
 * The gespreksplan as a document (src/internal/document/document.ts), which the text, Markdown
 * and Word exports render. The handout on screen and this document follow the same order.
 */
import type { Doc, DocBlock } from '../document/document.js';
import type { MessageKey } from '../i18n.js';
import type { Gespreksplan, PlanSketch } from '../session/plan.js';
import { cloudSvg, sketchSvg } from './plan-svg.js';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** "Sanne: onze kracht" — who said what. */
export function saidBy(t: Translate, text: string, by: string): string {
  return t('plan.said', { name: by, text });
}

function listOr(items: string[], t: Translate): DocBlock {
  return items.length ? { type: 'list', items } : { type: 'paragraph', text: t('plan.nothingYet') };
}

function sketchBlocks(sketches: PlanSketch[], t: Translate): DocBlock[] {
  return sketches.map((s) => ({
    type: 'image',
    svg: sketchSvg(s.drawing),
    // A thumbnail, as on the printed handout: the page is for what was said.
    width: 260,
    height: 195,
    alt: t('plan.sketchAlt', { name: s.by, lines: s.drawing.strokes.length, pictures: s.drawing.items.length }),
  }));
}

export function planDocument(plan: Gespreksplan, t: Translate): Doc {
  const blocks: DocBlock[] = [{ type: 'heading', level: 1, text: plan.title }];
  blocks.push({ type: 'paragraph', label: t('plan.date'), text: plan.date });
  blocks.push({ type: 'paragraph', label: t('plan.topic'), text: plan.topic || t('plan.noTopic') });
  blocks.push({ type: 'paragraph', label: t('plan.participants'), text: plan.people.join(', ') || t('plan.nothingYet') });

  for (const choice of plan.choices) blocks.push({ type: 'heading', level: 2, text: choice.title }, listOr(choice.items, t));

  blocks.push({ type: 'heading', level: 2, text: plan.tensions.title });
  blocks.push(listOr(plan.tensions.fields.map((f) => (f.note ? `${f.title}: ${f.note}` : f.title)), t));

  const format = plan.workFormat;
  blocks.push({ type: 'heading', level: 2, text: format.name ? `${format.title} — ${format.name}` : format.title });
  if (!format.name) blocks.push({ type: 'paragraph', text: t('plan.nothingYet') });
  for (const zone of format.zones) {
    blocks.push({ type: 'heading', level: 3, text: zone.label });
    blocks.push(listOr(zone.notes.map((n) => saidBy(t, n.text, n.by)), t));
  }
  if (format.figures.length) {
    blocks.push({ type: 'heading', level: 3, text: t('plan.figures') }, { type: 'list', items: format.figures.map((f) => saidBy(t, f.text, f.by)) });
  }
  blocks.push(...sketchBlocks(format.sketches, t));

  if (plan.wordCloud.words.length) {
    blocks.push({ type: 'heading', level: 2, text: t('plan.wordCloud') });
    if (plan.wordCloud.question) blocks.push({ type: 'paragraph', text: plan.wordCloud.question });
    blocks.push({
      type: 'image',
      svg: cloudSvg(plan.wordCloud.words),
      width: 260,
      height: 156,
      alt: t('plan.cloudAlt', { words: plan.wordCloud.words.map((w) => t('plan.wordCount', { word: w.word, n: w.count })).join(', ') }),
    });
  }

  blocks.push({ type: 'heading', level: 2, text: plan.actions.title });
  if (plan.actions.rows.length) {
    blocks.push({
      type: 'table',
      header: [t('plan.what'), t('plan.who'), t('plan.when')],
      rows: plan.actions.rows.map((r) => [r.what, r.who || '—', r.when || '—']),
    });
  }
  for (const list of plan.actions.lists) blocks.push({ type: 'heading', level: 3, text: list.title }, { type: 'list', items: list.items });
  if (!plan.actions.rows.length && !plan.actions.lists.length) blocks.push({ type: 'paragraph', text: t('plan.nothingYet') });
  blocks.push(...sketchBlocks(plan.actions.sketches, t));

  if (plan.source) blocks.push({ type: 'paragraph', text: plan.source, small: true });
  return { title: plan.title, blocks };
}
