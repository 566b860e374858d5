import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Block, Card, Deck, ListItem, Worksheet } from './deck-schema.js';
import type { LocaleController } from '../i18n.js';
import { renderHeading } from '../heading.js';
import { canHost } from '../hosted.js';

/**
 * Renders a card's typed blocks as semantic HTML. All text goes through Lit bindings,
 * so user-adapted decks can never inject markup.
 */
export interface CardFaceOptions {
  /** The heading can take focus from script (`tabindex="-1"`): where a card is opened, focus goes to it. */
  focusableTitle?: boolean;
  /** The title's level: 2 on its own, lower where the card is hosted under another heading (a step). */
  headingLevel?: number;
  /** Put before the title's id where the same card can be rendered twice in one shadow root (printing every card). */
  idPrefix?: string;
}

export function renderCardFace(
  deck: Deck,
  card: Card,
  locale: LocaleController,
  /** Interactive parts that belong on the card, e.g. marking a tension field. */
  extra: TemplateResult | typeof nothing = nothing,
  { focusableTitle = false, headingLevel = 2, idPrefix = '' }: CardFaceOptions = {},
): TemplateResult {
  const section = deck.sections.find((s) => s.id === card.section);
  const numbered = card.number && section?.itemLabel ? `${section.itemLabel} ${card.number}` : '';
  const isCover = card.id === 'cover';
  // One id per card: a step shows two cards in one shadow root, each named by its own title.
  const titleId = `${idPrefix}title-${card.id}`;
  return html`
    <article
      class="card ${isCover ? 'cover' : ''}"
      part="base"
      data-section=${card.section}
      aria-labelledby=${titleId}
      lang=${deck.lang}
    >
      ${isCover
        ? nothing
        : html`<p class="meta" part="meta">
            <span>${section?.title ?? card.section}</span>
            ${numbered ? html`<span>${numbered}</span>` : nothing}
          </p>`}
      ${card.kicker ? html`<p class="kicker">${card.kicker}</p>` : nothing}
      ${renderHeading(headingLevel, card.title, { id: titleId, className: 'card-title', part: 'title', focusable: focusableTitle })}
      ${card.subtitle ? html`<p class="subtitle">${card.subtitle}</p>` : nothing}
      <div class="body" part="body">
        ${card.blocks.map((block) => renderBlock(block, locale, headingLevel + 1))}
        ${card.worksheet ? renderDiagram(card.worksheet, locale) : nothing}
      </div>
      ${extra}
    </article>
  `;
}

/** The intro card's question as a live word cloud, where the page registered <kjk-word-cloud>. */
export function renderLiveWordCloud(locale: LocaleController): TemplateResult | typeof nothing {
  return canHost('kjk-word-cloud') ? html`<kjk-word-cloud class="hosted" compact lang=${locale.lang}></kjk-word-cloud>` : nothing;
}

/** `headingLevel`: the level of a heading block, one below the card's title. */
export function renderBlock(block: Block, locale: LocaleController, headingLevel = 3): TemplateResult {
  switch (block.type) {
    case 'heading':
      return renderHeading(headingLevel, block.text, { className: 'card-heading' });
    case 'paragraph':
      return html`<p>${block.text}</p>`;
    case 'question':
      return html`<p class="question">${block.text}</p>`;
    case 'prompt':
      return html`<p class="prompt">${block.text}</p>`;
    case 'source':
      return html`<p class="source">${block.text}</p>`;
    case 'method':
      return html`<p class="method">${block.text}</p>`;
    case 'quote':
      return html`<figure class="quote">
        <blockquote>${block.text}</blockquote>
        ${block.role ? html`<figcaption><cite>${locale.t('card.quoteBy', { role: block.role })}</cite></figcaption>` : nothing}
      </figure>`;
    case 'figure': {
      const question = block.question ? html`<q class="figure-question">${block.question}</q>` : nothing;
      const cloud = renderLiveWordCloud(locale);
      if (cloud === nothing) {
        return html`<figure class="figure">
          <figcaption>${block.caption} ${question}</figcaption>
        </figure>`;
      }
      // The printed card's cloud was made by professionals and its words are not in our source: its
      // caption stays, said to be the printed one, and the live cloud is the group's own, captioned so.
      return html`<p class="figure-printed"><span class="figure-printed-where">${locale.t('card.printedFigure')}</span> ${block.caption} ${question}</p>
        <figure class="figure">
          <figcaption class="figure-invite">${locale.t('card.ownCloud')}</figcaption>
          ${cloud}
        </figure>`;
    }
    case 'list': {
      const items = block.items.map((item) => html`<li>${renderListItem(item, block.continuation)}</li>`);
      const classes = [block.continuation ? 'continuation' : '', block.ordered && !block.continuation ? 'steps' : '']
        .filter(Boolean)
        .join(' ');
      const list = block.ordered ? html`<ol class=${classes}>${items}</ol>` : html`<ul class=${classes}>${items}</ul>`;
      return block.open
        ? html`${list}
            <p class="open-list">${locale.t('card.openList')}</p>`
        : list;
    }
  }
}

function renderListItem(item: ListItem, continuation = false): TemplateResult | string {
  if (typeof item === 'string') return item;
  const separator = continuation ? ': ' : '';
  return html`<span class="item-title">${item.title}</span>${item.text
      ? html`${separator}${continuation ? '' : html`<br />`}${item.text}`
      : nothing}`;
}

type CircleAxes = Extract<Worksheet, { kind: 'circle' }>['axes'];

/** The axes of Cirkelen, as printed: opportunities above, concerns below, future left, present right. */
export function renderCircleAxes(axes: CircleAxes, extent: number): SVGTemplateResult {
  return svg`<line class="axis" x1=${-extent} y1="0" x2=${extent} y2="0"></line>
    <line class="axis" x1="0" y1=${-extent} x2="0" y2=${extent}></line>
    <text class="axis-label" x="0" y=${-(extent - 2)} text-anchor="middle">${axes.outlook.opportunities.toUpperCase()}</text>
    <text class="axis-label" x="0" y=${extent + 8} text-anchor="middle">${axes.outlook.concerns.toUpperCase()}</text>
    <text class="axis-label" x=${-(extent + 6)} y="-5" text-anchor="start">${axes.time.future.toUpperCase()}</text>
    <text class="axis-label" x=${extent + 6} y="-5" text-anchor="end">${axes.time.present.toUpperCase()}</text>`;
}

type Quadrant = Extract<Worksheet, { kind: 'circle' }>['quadrants'][number];

/** Where a quadrant lies, as printed: the future on the left (-1), opportunities above (-1). */
export function quadrantCorner(q: Quadrant): { x: number; y: number } {
  return { x: q.time === 'future' ? -1 : 1, y: q.outlook === 'opportunities' ? -1 : 1 };
}

export function quadrantPath(q: Quadrant, r: number): string {
  const { x, y } = quadrantCorner(q);
  return `M0 0 L${x * r} 0 A${r} ${r} 0 0 ${x * y > 0 ? 1 : 0} 0 ${y * r} Z`;
}

/** A small drawing of the work format's shape, as on the printed card. */
function renderDiagram(worksheet: Worksheet, locale: LocaleController): TemplateResult | typeof nothing {
  if (worksheet.kind === 'octagon') return renderOctagon(worksheet, locale);
  if (worksheet.kind === 'circle') return renderCircle(worksheet, locale);
  return nothing;
}

function octagonPoints(radius: number): string {
  return Array.from({ length: 8 }, (_, i) => {
    const angle = ((22.5 + i * 45) * Math.PI) / 180;
    return `${(radius * Math.cos(angle)).toFixed(1)},${(radius * Math.sin(angle)).toFixed(1)}`;
  }).join(' ');
}

function renderOctagon(worksheet: Extract<Worksheet, { kind: 'octagon' }>, locale: LocaleController): TemplateResult {
  const radii = [42, 76, 110, 144];
  const apothem = (r: number) => r * Math.cos(Math.PI / 8);
  const label = locale.t('card.diagramOctagon', { zones: worksheet.zones.map((z) => z.label).join(', ') });
  // Outermost first, so inner zones paint on top.
  const zones = [...worksheet.zones].map((zone, i) => ({ zone, i })).reverse();
  return html`<svg class="diagram" viewBox="-150 -150 300 300" role="img" aria-label=${label}>
    ${zones.map(
      ({ i }) =>
        svg`<polygon class="zone zone-${i}" points=${octagonPoints(radii[i])}></polygon>`,
    )}
    ${worksheet.zones.map((zone, i) => {
      const y = i === 0 ? 4 : -(apothem(radii[i]) + apothem(radii[i - 1])) / 2 + 4;
      return svg`<text x="0" y=${y.toFixed(1)} text-anchor="middle">${zone.label}</text>`;
    })}
  </svg>`;
}

function renderCircle(worksheet: Extract<Worksheet, { kind: 'circle' }>, locale: LocaleController): TemplateResult {
  const r = 120;
  const { axes } = worksheet;
  const label = locale.t('card.diagramCircle', {
    present: axes.time.present,
    future: axes.time.future,
    opportunities: axes.outlook.opportunities,
    concerns: axes.outlook.concerns,
    quadrants: worksheet.quadrants.map((q) => q.label).join(', '),
  });
  return html`<svg class="diagram" viewBox="-160 -160 320 320" role="img" aria-label=${label}>
    ${worksheet.quadrants.map((q) => svg`<path class="zone" d=${quadrantPath(q, r)}></path>`)}
    ${renderCircleAxes(axes, 150)}
    ${worksheet.quadrants.map((q) => {
      const { x, y } = quadrantCorner(q);
      return svg`<text x=${x * 58} y=${y * 52 + 4} text-anchor="middle">${q.label}…</text>`;
    })}
  </svg>
  <ul class="write-in">
    ${worksheet.quadrants.map((q) => html`<li>${q.prompt}</li>`)}
  </ul>`;
}
