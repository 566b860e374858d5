import { html, type TemplateResult } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { writeSheet } from '../src/internal/session/sheets.js';
import { emptyState, type Figure } from '../src/internal/session/state.js';

const LONG = [
  'Eén plan voor alle hulpverleners rond het gezin',
  'Ouders bepalen zelf wie er aan tafel zit bij het gesprek',
  'Korte lijnen met school en de huisarts',
  'Opa en oma helpen elke woensdag met koken',
  'We luisteren eerst en vragen door voordat we iets voorstellen',
  'Genoeg tijd',
  'Minder wisselingen van hulpverleners in het komende halfjaar',
];

/**
 * A shape filled by three participants with long notes (four in the first zone) and, for the
 * octagon, figures: how the counts on the shape and the notes in Cirkelen's quadrants look in use.
 */
export function filledByThree(tag: string, kind: string, zones: string[], figures: Figure[] = [], narrow = false) {
  const state = emptyState();
  writeSheet(state, kind, {
    topic: 'Samenwerken rond het gezin',
    participants: ['Sanne', 'Ahmed', 'Moeder'].map((name, p) => ({
      id: `p-${p}`,
      name,
      notes: Object.fromEntries(
        zones.map((zone, z) => [zone, Array.from({ length: z === 0 ? 4 - p : z === 1 ? 2 : 1 }, (_, j) => ({ id: `n-${p}-${z}-${j}`, text: LONG[(p + z * 2 + j) % LONG.length] }))]),
      ),
      figures: figures.map((f) => ({ ...f, id: `${f.id}-${p}` })),
    })),
    active: 'p-0',
  });
  const element = unsafeStatic(tag);
  const sheet = staticHtml`<${element} persist="none" .state=${state}></${element}>`;
  return {
    render: (): TemplateResult => (narrow ? html`<div class="narrow-frame">${sheet}</div>` : sheet),
    ...(narrow ? { parameters: { viewport: { defaultViewport: 'mobile1' } } } : {}),
  };
}
