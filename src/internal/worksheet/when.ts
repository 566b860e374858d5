/** A date as the action card's date field stores it: ISO, as <input type="date"> gives it. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An action's "when" to read: a chosen date in words ("vrijdag 18 december 2026"), free text as
 * it was typed. Without a language, as stored.
 */
export function whenText(when: string, lang?: string): string {
  const value = when.trim();
  const date = new Date(`${value}T00:00:00Z`);
  if (!lang || !ISO_DATE.test(value) || Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
