/**
 * The gespreksplan as a handout: one designed sheet in the fan's colours, the same on screen and
 * on paper. Used by the fan's last step and by <kjk-session show-plan>; styles in plan.styles.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import type { MessageKey } from '../i18n.js';
import type { Gespreksplan, PlanList, PlanNote, PlanSketch } from '../session/plan.js';
import { cloudSvg, sketchSvg } from './plan-svg.js';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

const nothingYet = (t: Translate) => html`<p class="plan-empty">${t('plan.nothingYet')}</p>`;

function renderList(items: string[], t: Translate): TemplateResult {
  return items.length ? html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>` : nothingYet(t);
}

/** A note with who wrote it, the name small and first, as on a shared sheet. */
function renderNotes(notes: PlanNote[], t: Translate): TemplateResult {
  return notes.length
    ? html`<ul class="plan-notes">
        ${notes.map((n) => html`<li><span class="plan-by">${n.by}</span> ${n.text}</li>`)}
      </ul>`
    : nothingYet(t);
}

/** A picture from plan-svg.ts: built from escaped text only, so it is safe to insert. */
function renderPicture(svgText: string, label: string, caption: string): TemplateResult {
  return html`<figure class="plan-picture">
    <div class="plan-picture-frame" role="img" aria-label=${label}>${unsafeSVG(svgText)}</div>
    <figcaption>${caption}</figcaption>
  </figure>`;
}

function renderSketches(sketches: PlanSketch[], t: Translate): TemplateResult | typeof nothing {
  if (!sketches.length) return nothing;
  return html`<div class="plan-pictures">
    ${sketches.map((s) =>
      renderPicture(
        sketchSvg(s.drawing),
        t('plan.sketchAlt', { name: s.by, lines: s.drawing.strokes.length, pictures: s.drawing.items.length }),
        s.by,
      ),
    )}
  </div>`;
}

function renderLists(lists: PlanList[]): TemplateResult[] {
  return lists.map((l) => html`<div class="plan-list"><h4>${l.title}</h4><ul>${l.items.map((i) => html`<li>${i}</li>`)}</ul></div>`);
}

/** The handout: header, the choices of steps 2–4, tension fields and word cloud, the work format, the actions, the source. */
export function renderPlan(plan: Gespreksplan, t: Translate): TemplateResult {
  const format = plan.workFormat;
  const cloud = plan.wordCloud;
  return html`<article class="handout" lang=${plan.lang} aria-label=${plan.title}>
    <header class="handout-head">
      <p class="handout-title">${plan.title}</p>
      <p class="handout-date"><span class="plan-label">${t('plan.date')}</span> ${plan.date}</p>
      <div class="handout-topic">
        <span class="plan-label">${t('plan.topic')}</span>
        <p class="plan-topic-text ${plan.topic ? '' : 'plan-empty'}">${plan.topic || t('plan.noTopic')}</p>
      </div>
      <div class="handout-people">
        <span class="plan-label">${t('plan.participants')}</span>
        ${plan.people.length
          ? html`<ul class="plan-people">${plan.people.map((p) => html`<li>${p}</li>`)}</ul>`
          : nothingYet(t)}
      </div>
    </header>

    <div class="plan-choices">
      ${plan.choices.map(
        (c) => html`<section class="plan-block" data-section="preparation">
          <h3>${c.title}</h3>
          ${renderList(c.items, t)}
        </section>`,
      )}
    </div>

    <div class="plan-middle">
      <section class="plan-block" data-section="tension">
        <h3>${plan.tensions.title}</h3>
        ${plan.tensions.fields.length
          ? html`<ul class="plan-fields">
              ${plan.tensions.fields.map(
                (f) => html`<li><strong>${f.title}</strong>${f.note ? html`<span class="plan-field-note">${f.note}</span>` : nothing}</li>`,
              )}
            </ul>`
          : nothingYet(t)}
      </section>
      ${cloud.words.length
        ? html`<section class="plan-block plan-cloud" data-section="introduction">
            <h3>${t('plan.wordCloud')}</h3>
            ${renderPicture(
              cloudSvg(cloud.words),
              t('plan.cloudAlt', { words: cloud.words.map((w) => t('plan.wordCount', { word: w.word, n: w.count })).join(', ') }),
              cloud.question,
            )}
          </section>`
        : nothing}
    </div>

    <section class="plan-block plan-format" data-section="work-format">
      <h3>${format.title}${format.name ? html` — <span class="plan-format-name">${format.name}</span>` : nothing}</h3>
      ${format.name
        ? html`<div class="plan-zones">
              ${format.zones.map(
                (z) => html`<div class="plan-zone">
                  <h4>${z.label}</h4>
                  ${renderNotes(z.notes, t)}
                </div>`,
              )}
            </div>
            ${format.figures.length
              ? html`<div class="plan-zone plan-figures">
                  <h4>${t('plan.figures')}</h4>
                  ${renderNotes(format.figures, t)}
                </div>`
              : nothing}
            ${renderSketches(format.sketches, t)}`
        : nothingYet(t)}
    </section>

    <section class="plan-block plan-todo" data-section="action">
      <h3>${plan.actions.title}</h3>
      ${plan.actions.rows.length
        ? html`<table role="table">
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">${t('plan.what')}</th>
                <th scope="col" role="columnheader">${t('plan.who')}</th>
                <th scope="col" role="columnheader">${t('plan.when')}</th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              ${plan.actions.rows.map(
                (r) => html`<tr role="row">
                  <td role="cell">${r.what}</td>
                  <td role="cell" data-label=${t('plan.who')}>${r.who || '—'}</td>
                  <td role="cell" data-label=${t('plan.when')}>${r.when || '—'}</td>
                </tr>`,
              )}
            </tbody>
          </table>`
        : nothing}
      ${plan.actions.lists.length ? html`<div class="plan-lists">${renderLists(plan.actions.lists)}</div>` : nothing}
      ${!plan.actions.rows.length && !plan.actions.lists.length ? nothingYet(t) : nothing}
      ${renderSketches(plan.actions.sketches, t)}
    </section>

    ${plan.source ? html`<footer class="handout-foot">${plan.source}</footer>` : nothing}
  </article>`;
}
