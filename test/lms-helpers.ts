/**
 * Launching an LMS package as an LMS does: the package's own index.html (served from inside
 * the built zip) in a frame whose parent, this window, holds the SCORM API.
 */
import { typeNote as typeInto } from './worksheet-suite.js';
import type { WorksheetElement } from '../src/internal/worksheet/worksheet-element.js';

export type Updatable = HTMLElement & { updateComplete: Promise<unknown>; state: any };
type Win = Window & { API?: unknown; API_1484_11?: unknown };

export const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `check` holds (at most ~`seconds`); returns whether it did. */
export async function waitFor(check: () => unknown, seconds = 10): Promise<boolean> {
  for (let i = 0; i < seconds * 20; i++) {
    if (check()) return true;
    await wait(50);
  }
  return !!check();
}

let frame: HTMLIFrameElement | undefined;

export interface Launched {
  doc: Document;
  win: Window;
  el: Updatable;
  status: HTMLElement;
  alert: HTMLElement;
  where: HTMLElement;
  choice: HTMLButtonElement;
  done: HTMLButtonElement;
  /** Everything the package says to the learner now. */
  said(): string;
}

/** Launches a package in a frame, with these APIs (or none) in this window. */
export async function launchWith(zip: string, apis: { API?: unknown; API_1484_11?: unknown } = {}): Promise<Launched> {
  const win = window as Win;
  delete win.API;
  delete win.API_1484_11;
  if (apis.API) win.API = apis.API;
  if (apis.API_1484_11) win.API_1484_11 = apis.API_1484_11;
  frame = document.createElement('iframe');
  frame.width = '1000';
  frame.height = '900';
  frame.src = `/lms/${zip}/index.html`;
  const loaded = new Promise((r) => frame!.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  for (let i = 0; i < 200 && !doc.querySelector<Updatable>('#kjk-main > *')?.shadowRoot?.querySelector('.ws'); i++) await wait(20);
  const el = doc.querySelector<Updatable>('#kjk-main > *')!;
  await el.updateComplete;
  await wait(50);
  const byId = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
  const parts = {
    status: byId('kjk-lms-status'),
    alert: byId('kjk-lms-alert'),
    where: byId('kjk-lms-where'),
    choice: byId<HTMLButtonElement>('kjk-lms-choice'),
    done: byId<HTMLButtonElement>('kjk-lms-done'),
  };
  return { doc, win: frame.contentWindow!, el, ...parts, said: () => [parts.alert, parts.status, parts.where].map((p) => p?.textContent ?? '').join(' ') };
}

/** The learner leaves: the page is hidden and goes away. */
export function leave(): void {
  frame?.remove();
  frame = undefined;
}

/** The worksheet suite's typing, on an element inside the package's frame. */
export const typeNote = (el: Updatable, zone: string, text: string) => typeInto(el as unknown as WorksheetElement, zone, text);

/** The notes of a zone as the learner sees them. */
export const notesIn = (el: Updatable, zone: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLTextAreaElement>(`.zone[data-zone="${zone}"] .slip`)].map((n) => n.value);

/** Pseudo-random hand-drawn lines: they do not compress well. */
export function strokes(count: number, points = 60, seed = 3) {
  const rand = () => ((seed = (seed * 16807) % 2147483647) % 3000) / 10 - 150;
  return Array.from({ length: count }, (_, i) => ({
    id: `s-${i}`,
    pen: 'blue',
    width: 5,
    d: `M${Array.from({ length: points }, () => `${rand()} ${rand()}`).join(' L')}`,
  }));
}
