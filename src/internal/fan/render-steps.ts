import { canHost } from '../hosted.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { Deck } from '../content/deck-schema.js';
import { findCard } from '../content/decks.js';
import { renderCardFace, renderLiveWordCloud } from '../content/render-card.js';
import type { LocaleController } from '../i18n.js';
import type { SessionController } from '../session/session-controller.js';
import { TENSION_FIELDS } from '../session/state.js';
import { renderAddRow } from '../render-add-row.js';
import { HOSTED_HEADING_LEVEL, renderWorkFormat } from './work-format-host.js';
import {
  CHOICE_STEPS,
  cardOptions,
  gespreksplan,
  planSections,
  STEP_COUNT,
  stepInfo,
  SUMMARY_STEP,
  type ChoiceKey,
} from '../session/plan.js';
import { renderPlan } from '../plan/render-plan.js';
import type { ShareGroup, ShareItem, ShareMenu } from '../share-menu.js';

/** What the step flow needs from the fan. */
export interface StepsView {
  locale: LocaleController;
  session: SessionController;
  goToStep(step: number): void;
  exitSteps(): void;
  copyPlan(): void;
  printPlan(): void;
  planStatus: string;
  /** "Bewaren en delen" under the gespreksplan. */
  planMenu: ShareMenu;
  /** The gespreksplan as a text file (.txt). */
  downloadPlanText(): void;
  /** The gespreksplan as a Word document (.docx). */
  downloadPlanDocx(): void | Promise<void>;
  /** The whole session as a file to continue later (.json). */
  downloadSession?(): void;
  /** "Verder met een bestand": opens the file chooser for a session file. */
  importSession?(): void;
  /** The session file's hidden input, its replace/cancel choice and "Ongedaan maken". */
  renderSessionImport?(): TemplateResult | typeof nothing;
}

/** Step 1 opens with the intro card's question as a live word cloud, when the page registered it. */
function renderWordCloud(deck: Deck, locale: LocaleController): TemplateResult | typeof nothing {
  const cloud = renderLiveWordCloud(locale);
  if (cloud === nothing) return nothing;
  const figure = findCard(deck, 'intro')?.blocks.find((b) => b.type === 'figure');
  const question = figure?.type === 'figure' ? figure.question : undefined;
  // Not a landmark: the step's own heading and the question say what this is.
  return html`<div class="cloud-step">
    ${question ? html`<p class="prompt">${question}</p>` : nothing}
    ${cloud}
  </div>`;
}

function renderChoice(view: StepsView, deck: Deck, step: 2 | 3 | 4): TemplateResult {
  const { key, card: cardId } = CHOICE_STEPS[step];
  const t = view.locale.t;
  const options = cardOptions(findCard(deck, cardId));
  const choice = view.session.state!.plan[key];
  const toggle = (index: number, on: boolean) =>
    view.session.update((s) => {
      const chosen = new Set(s.plan[key].chosen);
      if (on) chosen.add(index);
      else chosen.delete(index);
      s.plan[key].chosen = [...chosen].sort((a, b) => a - b);
    });
  return html`<fieldset class="choices">
      <legend class="visually-hidden">${stepInfo(deck, step).title}</legend>
      ${options.map(
        (option, i) => html`<label class="check option">
          <input
            type="checkbox"
            .checked=${choice.chosen.includes(i)}
            @change=${(e: Event) => toggle(i, (e.target as HTMLInputElement).checked)}
          />
          <span>${option}</span>
        </label>`,
      )}
    </fieldset>
    ${renderOwnItems(view, key, t('steps.ownLabel'))}`;
}

/** A list the user writes themselves: add with Enter or the button, remove each. */
export function renderOwnItems(view: StepsView, key: ChoiceKey | 'actions', label: string): TemplateResult {
  const t = view.locale.t;
  const items = key === 'actions' ? view.session.state!.plan.actions : view.session.state!.plan[key].own;
  const write = (next: string[]) =>
    view.session.update((s) => {
      if (key === 'actions') s.plan.actions = next;
      else s.plan[key].own = next;
    });
  const add = (input: HTMLInputElement) => {
    const value = input.value.trim();
    if (!value) return;
    write([...items, value]);
    input.value = '';
    input.focus();
  };
  const inputId = `own-${key}`;
  return html`<div class="own">
    <label for=${inputId} class="own-label">${label}</label>
    ${renderAddRow({
      id: inputId,
      buttonLabel: t('steps.add'),
      maxLength: 500,
      describedBy: `${inputId}-hint`,
      onAdd: (field) => add(field as HTMLInputElement),
    })}
    <p class="hint" id="${inputId}-hint">${t('privacy.noNames')}</p>
    ${items.length
      ? html`<ul class="own-items">
          ${items.map(
            (item, i) => html`<li>
              <span>${item}</span>
              <button
                type="button"
                class="button quiet small"
                aria-label=${t('steps.remove', { item })}
                @click=${() => write(items.filter((_, j) => j !== i))}
              >
                ${t('steps.removeShort')}
              </button>
            </li>`,
          )}
        </ul>`
      : nothing}
  </div>`;
}

function renderStepBody(view: StepsView, deck: Deck, step: number): TemplateResult {
  const t = view.locale.t;
  switch (step) {
    case 1:
      return html`${renderWordCloud(deck, view.locale)}<div class="pair">
        ${['knowledge-1', 'knowledge-2'].map((id) => {
          const card = findCard(deck, id);
          return card ? renderCardFace(deck, card, view.locale, nothing, { headingLevel: HOSTED_HEADING_LEVEL }) : nothing;
        })}
      </div>`;
    case 2:
    case 3:
    case 4:
      return renderChoice(view, deck, step);
    case 5:
      // Five tiles to choose from, each opening to its whole card (five whole cards ran to 3,400 px).
      return html`<div class="tensions">
        ${TENSION_FIELDS.map(
          (f) => html`<kjk-tension-card compact field=${f} lang=${view.locale.lang} heading-level=${HOSTED_HEADING_LEVEL}></kjk-tension-card>`,
        )}
      </div>`;
    case 6: {
      const chosen = view.session.state!.plan.workFormat;
      return html`<fieldset class="choices formats">
          <legend class="visually-hidden">${stepInfo(deck, 6).title}</legend>
          ${[1, 2, 3, 4].map((n) => {
            const card = findCard(deck, `work-format-${n}`);
            const intro = card?.blocks.find((b) => b.type === 'paragraph' || b.type === 'question');
            return html`<label class="check option format">
              <input
                type="radio"
                name="work-format"
                .checked=${chosen === n}
                @change=${() => view.session.update((s) => void (s.plan.workFormat = n))}
              />
              <span><strong>${card?.title ?? n}</strong>${intro && 'text' in intro ? html`<br />${intro.text}` : nothing}</span>
            </label>`;
          })}
        </fieldset>
        ${chosen ? html`<div class="chosen-format">${renderWorkFormat(deck, view.locale, chosen, true)}</div>` : nothing}`;
    }
    case 7: {
      if (canHost('kjk-action-card')) {
        // The card opens with the plan so far: steps 1–6 (its own notes are step 7).
        const plan = planSections(gespreksplan(deck, view.session.state!, t), t);
        return html`<kjk-action-card class="hosted" heading-level=${HOSTED_HEADING_LEVEL} .plan=${plan}></kjk-action-card>`;
      }
      const card = findCard(deck, 'action');
      const prompt = card?.blocks.find((b) => b.type === 'prompt');
      return html`${prompt && 'text' in prompt ? html`<p class="prompt">${prompt.text}</p>` : nothing}
      ${renderOwnItems(view, 'actions', t('steps.actionLabel'))}`;
    }
    default:
      return renderSummary(view, deck);
  }
}

/** The last step: the gespreksplan as the handout it prints as, then what one can do with it. */
function renderSummary(view: StepsView, deck: Deck): TemplateResult {
  const t = view.locale.t;
  return html`<div class="plan">
    ${renderPlan(gespreksplan(deck, view.session.state!, t), t)} ${renderPlanActions(view)}
    <p class="plan-status" role="status">${view.planStatus}</p>
  </div>`;
}

/** What one can do with the finished gespreksplan: "Bewaren en delen" (print, copy, save, continue from a file). */
function renderPlanActions(view: StepsView): TemplateResult {
  const t = view.locale.t;
  const s = (key: string) => t(`share.${key}`);
  const save: ShareItem[] = [
    {
      action: 'download-plan-docx',
      label: s('docx'),
      run: () => void view.downloadPlanDocx(),
    },
    { action: 'download-plan-text', label: s('text'), run: () => view.downloadPlanText() },
  ];
  if (view.downloadSession) save.push({ action: 'download-session', label: s('continue'), run: () => view.downloadSession!() });
  const groups: ShareGroup[] = [
    {
      items: [
        { action: 'print-plan', label: s('print'), run: () => view.printPlan() },
        { action: 'copy-plan', label: s('copy'), run: () => view.copyPlan() },
      ],
    },
    { label: s('save'), items: save },
  ];
  if (view.importSession) groups.push({ items: [{ action: 'import-session', label: s('open'), run: () => view.importSession!() }] });
  return html`<div class="plan-actions">${view.planMenu.render(s('menu'), groups, view.renderSessionImport?.() ?? nothing)}</div>`;
}

/** The step plan as a guided preparation: "stap n van 7", then the gespreksplan. */
export function renderSteps(view: StepsView, deck: Deck): TemplateResult {
  const t = view.locale.t;
  const step = view.session.state!.plan.step;
  const info = step <= STEP_COUNT ? stepInfo(deck, step) : { title: t('plan.title'), text: '' };
  return html`<section class="steps" part="steps" aria-labelledby="step-title">
    <div class="steps-head">
      <p class="steps-kicker">${t('steps.title')}</p>
      <ol class="progress" aria-label=${t('steps.progressLabel')}>
        ${Array.from({ length: STEP_COUNT + 1 }, (_, i) => i + 1).map((n) => {
          const label = n <= STEP_COUNT ? `${n}. ${stepInfo(deck, n).title}` : t('plan.title');
          return html`<li>
            <button
              type="button"
              class="dot ${n < step ? 'done' : ''}"
              aria-current=${n === step ? 'step' : 'false'}
              aria-label=${label}
              @click=${() => view.goToStep(n)}
            >
              ${n <= STEP_COUNT ? n : '✓'}
            </button>
          </li>`;
        })}
      </ol>
      <h2 id="step-title" tabindex="-1">
        <span class="progress-text"
          >${step <= STEP_COUNT ? t('steps.progress', { step, total: STEP_COUNT }) : t('plan.ready')}<span class="visually-hidden">:</span></span
        >
        <span class="step-name">${info.title}</span>
      </h2>
      ${info.text ? html`<p class="step-text">${info.text}</p>` : nothing}
    </div>
    <div class="step-body">${renderStepBody(view, deck, step)}</div>
    <nav class="step-nav" aria-label=${t('steps.navLabel')}>
      <button type="button" class="button quiet" ?disabled=${step === 1} @click=${() => view.goToStep(step - 1)}>
        ${t('steps.previous')}
      </button>
      ${step < SUMMARY_STEP
        ? html`<button type="button" class="button" @click=${() => view.goToStep(step + 1)}>
            ${step === STEP_COUNT ? t('steps.toPlan') : t('steps.next')}
          </button>`
        : nothing}
      <button type="button" class="button quiet" @click=${view.exitSteps}>${t('steps.exit')}</button>
    </nav>
  </section>`;
}
