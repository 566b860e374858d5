import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { writeSheet } from '../src/internal/session/sheets.js';
import { emptyState, type Drawing, type Figure, type Note, type WorksheetState } from '../src/internal/session/state.js';

export interface WorksheetArgs {
  topic: string;
  lang: 'nl' | 'en';
  persist: 'session' | 'local' | 'none';
  /** The level of the element's own title: 2 on a page of its own, 3–5 below the host page's headings. */
  'heading-level': 2 | 3 | 4 | 5;
}

export interface StoryExtras {
  /** The octagon's person figures in the filled story. */
  figures?: Figure[];
  /** The mind map's or action card's drawing in the filled story. */
  drawing?: Drawing;
  /** Notes of the filled story, two per zone in order. */
  texts?: string[];
  /** Extra fields per note (an action's who and when), by note text. */
  details?: Record<string, Partial<Note>>;
}

const FILLED = ['Gezinnen houden zelf de regie', 'Gelijkwaardigheid', 'Luisteren en doorvragen', 'Netwerk betrekken',
  'Ouders nemen zelf besluiten', 'Minder uitval', 'Tijd voor een gesprek', 'Steun van mijn leidinggevende'];

/** The same stories for every work format: empty, filled, several participants, English, narrow. */
export function worksheetStories(tag: string, kind: string, zones: string[], extras: StoryExtras = {}) {
  const { figures = [], drawing, texts = FILLED, details = {} } = extras;
  const element = unsafeStatic(tag);
  const meta: Meta<WorksheetArgs> = {
    title: `Elements/${tag}`,
    component: tag,
    args: { topic: 'Regie voeren', lang: 'nl', persist: 'none', 'heading-level': 2 },
    argTypes: {
      lang: { control: 'inline-radio', options: ['nl', 'en'] },
      persist: { control: 'inline-radio', options: ['session', 'local', 'none'] },
      'heading-level': { control: 'inline-radio', options: [2, 3, 4, 5] },
    },
    render: (args) =>
      staticHtml`<${element} topic=${args.topic} lang=${args.lang} persist=${args.persist} heading-level=${args['heading-level']}></${element}>`,
  };

  const withSheet = (sheet: WorksheetState, readonly = false): StoryObj<WorksheetArgs> => {
    const state = emptyState();
    writeSheet(state, kind, structuredClone(sheet));
    return {
      render: (args) => staticHtml`<${element} lang=${args.lang} persist="none" ?readonly=${readonly} .state=${state}></${element}>`,
    };
  };
  const notes = (texts: string[]) =>
    Object.fromEntries(
      zones.map((zone, i) => [zone, texts.slice(i * 2, i * 2 + 2).map((text, j) => ({ id: `n-${i}-${j}`, text, ...details[text] }))]),
    );

  const filled: WorksheetState = {
    topic: 'Regie voeren',
    participants: [{ id: 'p-1', name: '', notes: notes(texts), figures, ...(drawing ? { drawing } : {}) }],
    active: 'p-1',
  };

  return {
    meta,
    /** Empty: one learner, the central issue preset by the lesson. */
    Empty: {} as StoryObj<WorksheetArgs>,
    /** Filled in by one participant. */
    Filled: withSheet(filled),
    /** `readonly`: the filled sheet to look at, as in an LMS's review mode; print, copy and download stay. */
    ReadOnly: withSheet(filled, true),
    /** Three participants; "Deel je bevindingen" shows their sheets side by side. */
    SeveralParticipants: withSheet({
      topic: 'Samenwerken met ketenpartners',
      participants: ['Sanne', '', 'Ahmed'].map((name, i) => ({
        id: `p-${i + 1}`,
        name,
        notes: notes([`Notitie van ${name || `deelnemer ${i + 1}`}`, 'Nog een gedachte', 'Iets over de aanpak']),
        figures: [],
      })),
      active: 'p-2',
    }),
    English: { args: { lang: 'en', topic: 'Taking control' } } as StoryObj<WorksheetArgs>,
    /**
     * In a lesson: the host page has its own h1 and h2, so `heading-level="3"` makes the work
     * format's title an h3 and a screen reader's list of headings keeps its shape.
     */
    InALesson: {
      args: { 'heading-level': 3 },
      render: (args) => html`<article>
        <h1>Les 3: eigen kracht in het gesprek</h1>
        <h2>Opdracht</h2>
        <p>Vul de werkvorm in en bespreek daarna je antwoorden.</p>
        ${staticHtml`<${element} topic=${args.topic} lang=${args.lang} persist="none" heading-level=${args['heading-level']}></${element}>`}
      </article>`,
    } as StoryObj<WorksheetArgs>,
    /** Narrow: at 320px the notes show as lists below the shape. */
    Narrow: {
      render: (args) => html`<div class="narrow-frame">${staticHtml`<${element} topic=${args.topic} lang=${args.lang} persist="none"></${element}>`}</div>`,
      parameters: { viewport: { defaultViewport: 'mobile1' } },
    } as StoryObj<WorksheetArgs>,
  };
}
