/**
 * What a worksheet's parts loaded on first use (the shared view, print, "Bewaren en delen") get
 * from the element: its texts and its own way of drawing a sheet, as plain functions, so those
 * parts reach nothing private of the element and the element nothing of them until they arrive.
 */
import type { TemplateResult, nothing } from 'lit';
import type { Note, Participant } from '../session/state.js';
import type { Zone } from './model.js';

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export interface SheetParts {
  /** A text of the worksheet area (`worksheet.<key>`). */
  t: Translate;
  /** Any UI text, by its full key. */
  translate: Translate;
  headingLevel: number;
  /** One participant's sheet as the work format draws it, not editable. */
  sheet(participant: Participant, zones: Zone[], blank?: boolean): TemplateResult;
  /** Notes as a list, or "Geen notities". */
  noteList(items: Array<Note | TemplateResult>): TemplateResult;
  noteLine(note: Note): string;
  /**
   * What the format adds to a zone's entry in the print beside its notes (the octagon: the
   * figures standing in it); index -1 for what stands outside every zone.
   */
  zoneExtras?(participant: Participant, index: number): TemplateResult | typeof nothing;
}
