import { nothing, type TemplateResult } from 'lit';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';

/** A heading level an element's own title can take: 2 on a page of its own, lower where it is hosted. */
export type HeadingLevel = 2 | 3 | 4 | 5;

const TAGS: Record<number, StaticValue> = { 2: literal`h2`, 3: literal`h3`, 4: literal`h4`, 5: literal`h5`, 6: literal`h6` };

const warned = new Set<string>();

/**
 * `heading-level` as an attribute: 2…5. Anything else keeps 2 (a page of its own) and tells the
 * page's developer once per value, as a silent fallback would leave a wrong outline unnoticed.
 */
export const headingLevelConverter = {
  fromAttribute: (value: string | null): HeadingLevel => {
    const n = Number(value);
    if (n >= 2 && n <= 5 && Number.isInteger(n)) return n as HeadingLevel;
    if (value !== null && !warned.has(value)) {
      warned.add(value);
      console.warn(`ken-je-kracht: heading-level="${value}" is not 2, 3, 4 or 5; the element's title stays an <h2>.`);
    }
    return 2;
  },
  toAttribute: (value: number) => String(value),
};

export interface HeadingOptions {
  id?: string;
  className?: string;
  part?: string;
  /** Can take focus from script (`tabindex="-1"`). */
  focusable?: boolean;
}

/**
 * An `<h2>`…`<h6>` at `level` (deeper than 6 stays 6): a hosted element's headings start below the
 * heading of the place that hosts it, so a screen reader's list of headings has the right shape.
 * Styles select headings by class, as the tag changes with the level.
 */
export function renderHeading(level: number, content: unknown, o: HeadingOptions = {}): TemplateResult {
  const tag = TAGS[Math.min(6, Math.max(2, level))];
  return staticHtml`<${tag} id=${o.id ?? nothing} class=${o.className ?? nothing} part=${o.part ?? nothing} tabindex=${o.focusable ? '-1' : nothing}>${content}</${tag}>`;
}
