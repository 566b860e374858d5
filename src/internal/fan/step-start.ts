import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LocaleController } from '../i18n.js';
import type { SessionState } from '../session/state.js';
import { hasStepProgress, SUMMARY_STEP } from '../session/plan-steps.js';

/**
 * The button that opens the step plan, on the cover and on the step-plan card. With progress it
 * says where one goes on ("Ga verder (stap 6)"), and a quiet "Opnieuw beginnen" sits beside it.
 * Starting over asks first, inline like "Alles wissen", and only moves back to step 1: every
 * answer stays, because clearing is "Alles wissen"'s job and nothing is lost by a slip.
 */
export class StepStart {
  /** Where "Opnieuw beginnen" waits for an answer, so the question does not follow to the other place. */
  private confirmingIn = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly start: () => void,
    private readonly restart: () => void,
    /** The pointer or focus reached a start button: the step plan's code can start downloading (issue 14). */
    private readonly prepare: () => void = () => undefined,
  ) {}

  /** `place` names where it is shown (`cover`, `card`); `startClass` the start button's weight there. */
  render(place: string, locale: LocaleController, state: SessionState | undefined, startClass: string): TemplateResult {
    const t = locale.t;
    const progress = state !== undefined && hasStepProgress(state);
    const step = state?.plan.step ?? 1;
    const label = !progress ? t('steps.start') : step === SUMMARY_STEP ? t('steps.continuePlan') : t('steps.continue', { step });
    const start = html`<button type="button" class=${startClass} data-action="start-steps" @click=${this.onStart} @pointerenter=${this.prepare} @focus=${this.prepare}>${label}</button>`;
    // At step 1 there is nowhere to go back to.
    if (!progress || step === 1) return start;
    if (this.confirmingIn !== place) {
      return html`${start}<button type="button" class="button quiet" data-action="restart-steps" @click=${() => this.ask(place)}>
          ${t('steps.restart')}
        </button>`;
    }
    return html`${start}
      <div class="confirm" role="group" aria-labelledby="confirm-restart">
        <p id="confirm-restart">${t('steps.confirmRestart')}</p>
        <button type="button" class="button" data-action="restart-yes" @click=${this.confirm} @pointerenter=${this.prepare} @focus=${this.prepare}>${t('steps.restartYes')}</button>
        <button type="button" class="button quiet" data-action="restart-no" @click=${this.cancel}>${t('steps.restartNo')}</button>
      </div>`;
  }

  private onStart = (): void => {
    this.confirmingIn = '';
    this.start();
  };

  private ask(place: string): void {
    this.confirmingIn = place;
    this.host.requestUpdate();
    // "Nee" first: the safe choice is under the finger, and Shift+Tab reaches "Ja".
    this.focusAfterUpdate('[data-action="restart-no"]');
  }

  private confirm = (): void => {
    this.confirmingIn = '';
    // The fan opens step 1 and moves focus to its title.
    this.restart();
  };

  private cancel = (): void => {
    this.confirmingIn = '';
    this.host.requestUpdate();
    this.focusAfterUpdate('[data-action="restart-steps"]');
  };

  private focusAfterUpdate(selector: string): void {
    void this.host.updateComplete.then(() => this.host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus());
  }
}
