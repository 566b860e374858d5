const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A real calendar date as the action card's date field stores it (ISO, as <input type="date">
 * gives it). An impossible one from a hand-edited import (2026-02-31) is not: a date field would
 * show it empty, and Chromium's Date would read it as 3 March.
 */
export function isIsoDate(value: string): boolean {
  const parts = ISO_DATE.exec(value);
  if (!parts) return false;
  const [year, month, day] = parts.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * An action's "when" to read: a chosen date in words ("vrijdag 18 december 2026"), free text as
 * it was typed. Without a language, as stored.
 */
export function whenText(when: string, lang?: string): string {
  const value = when.trim();
  if (!lang || !isIsoDate(value)) return value;
  return new Intl.DateTimeFormat(lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));
}
