import { adoptStyles, html, isServer, nothing, type CSSResultOrNative, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { tokens } from '../../internal/styles/tokens.styles.js';
import { cardFace } from '../../internal/styles/card-face.styles.js';
import { controls, sessionFooter } from '../../internal/styles/controls.styles.js';
import { fanStyles } from './fan.styles.js';
import { LocaleController } from '../../internal/i18n.js';
import { cardMessages, fanMessages, sessionMessages, shareMessages, tensionMessages } from '../../internal/messages.js';
import { renderCardFace } from '../../internal/content/render-card.js';
import type { Card, Deck } from '../../internal/content/deck-schema.js';
import { SessionElement } from '../../internal/session/session-element.js';
import type { SessionState } from '../../internal/session/state.js';
import { SUMMARY_STEP } from '../../internal/session/plan-steps.js';
import { copyText, downloadText } from '../../internal/output.js';
import { PrintController } from '../../internal/print-controller.js';
import type { ShareMenu } from '../../internal/share-menu.js';
import type { SessionFileController } from '../../internal/session/session-file.js';
import type { StepsView } from '../../internal/fan/render-steps.js';
import { renderWorkFormat } from '../../internal/fan/work-format-host.js';
import { fanParts, type CustomDeckPart, type PlanPart, type StepsPart } from '../../internal/fan/parts.js';
import { FanDeck } from '../../internal/fan/fan-deck.js';
import { StepStart } from '../../internal/fan/step-start.js';
import { stripLead } from '../../internal/fan/strip-face.js';
import { Lazy } from '../../internal/lazy.js';
import { cameWithShadowRoot } from '../../internal/hydration.js';
import { LIVE_FRAGMENT, type LivePosition } from '../../internal/live/live-types.js';

type View = 'closed' | 'overview' | 'card' | 'steps';
const HASH_PREFIX = '#kjk-';
/** A live session's join link (`#kjk-live=…`) is no card address, and stays in the URL so a reload rejoins. */
const isJoinLink = (): boolean => location.hash.startsWith(`${HASH_PREFIX}${LIVE_FRAGMENT}=`);
const clampStep = (step: number) => Math.min(SUMMARY_STEP, Math.max(1, step));
/** Reflects a value, but no value as no attribute: `<kjk-fan>` stays `<kjk-fan>`, not `<kjk-fan card mode>`. */
const omitEmpty = { toAttribute: (value: string) => value || null };

/**
 * Focus without a forced layout: `focus()` right after a render lays the page out at once, in the
 * input's task, and scrolls. Here focus moves without scrolling (that needs style, not layout) and
 * the element is brought into view in the next frame, whose layout the browser makes anyway.
 */
function focusAfterRender(target: HTMLElement | null | undefined): void {
  target?.focus({ preventScroll: true });
  requestAnimationFrame(() => target?.matches(':focus') && target.scrollIntoView({ block: 'nearest' }));
}

/**
 * @tag kjk-fan
 * @summary The whole conversation fan "Ken je kracht?" in one tag: every card on one pivot, the step plan
 * as a guided preparation, and a session that saves on this device.
 *
 * @attr lang - `nl` (default) or `en`, here or on an ancestor.
 * @csspart stage - The fanned cards (the overview).
 * @csspart strip - One card in the fan.
 * @csspart reader - The card brought to the front.
 * @csspart base - The card face being read.
 * @csspart toolbar - Previous, overview and next.
 * @csspart sections - The buttons that jump to a section.
 * @csspart steps - The step plan.
 * @csspart session - The privacy line with "Onthoud op dit apparaat" and "Alles wissen".
 * @csspart message - A message shown instead of the fan (invalid custom deck).
 * @event {CustomEvent<{ card: string }>} kjk-card-change - The fan moved to another card.
 * @event {CustomEvent<{ state: SessionState }>} kjk-change - Any change to the saved state.
 * @cssprop [--kjk-section-introduction=#e49a2f] - Colour of the introduction cards (and `-ink` for text); likewise
 * `--kjk-section-step-plan`, `-knowledge`, `-preparation`, `-tension`, `-work-format`, `-action`.
 * @cssprop [--kjk-surface=#fffdf8] - Card background.
 * @cssprop [--kjk-text=#24211d] - Text colour.
 * @cssprop --kjk-focus - Colour of the focus ring.
 * @cssprop [--kjk-fan-spread=150deg] - How far the fan opens (wide enough for every card's name on its edge).
 * @cssprop [--kjk-table=#f3eee5] - The ground the fan lies on (dark: #181614).
 */
export class KjkFan extends SessionElement implements StepsView {
  protected static override providesSession = true;

  // The step plan's and the gespreksplan's styles come with them (see addPartStyles).
  static override styles = [tokens, cardFace, controls, sessionFooter, fanStyles];

  /** @internal */
  readonly locale = new LocaleController(this, fanMessages, shareMessages, cardMessages, sessionMessages, tensionMessages);
  /** A custom deck's checks, and the messages about a deck or card that cannot be shown: downloaded only then. */
  private readonly deckPart: Lazy<CustomDeckPart> = new Lazy(this, () => fanParts.deck());
  /** @internal */
  private readonly deckSource = new FanDeck(this, this.deckPart);

  @state() private view: View = 'closed';
  /** Index of the strip that has keyboard focus in the overview. */
  @state() private focusIndex = 0;
  @state() private announcement = '';
  /** A `#kjk-…` link that cannot be read (e.g. `#kjk-%`): said above the fan until a card is chosen. */
  @state() private badLink = '';
  /** Card ids already reported missing from the deck, so the console says it once. */
  private readonly reportedMissing = new Set<string>();
  /** @internal */
  private readonly printer = new PrintController<'card' | 'all' | 'plan' | 'sheet'>(this, () =>
    // The browser's own print of the step plan prints the handout only at its last step.
    this.view === 'card' ? 'card' : this.view === 'steps' ? (this.session.state?.plan.step === SUMMARY_STEP ? 'plan' : 'card') : 'all',
  );
  /** @internal */
  @state() planStatus = '';
  /**
   * The gespreksplan (its handout, print and exports): downloaded when first needed, not with the
   * fan (issue 14).
   */
  private readonly planPart: Lazy<PlanPart> = new Lazy(this, () =>
    fanParts.plan().then((part) => {
      this.addPartStyles('plan', [part.planStyles, part.printPlanStyles]);
      return part;
    }),
  );
  /** The step plan, with the gespreksplan it ends in: downloaded when first opened, or when the pointer or focus reaches a button that opens it. */
  private readonly stepsPart: Lazy<StepsPart> = new Lazy(this, () =>
    Promise.all([fanParts.steps(), this.planPart.ready()]).then(([part]) => {
      this.planMenu ??= new part.ShareMenu(this, 'plan-share');
      this.sessionFile ??= part.sessionFileFor(this, (message) => (this.planStatus = message), this.planMenu.toggleSelector);
      this.addPartStyles('steps', [part.shareMenuStyles, part.stepsStyles, part.stepsPhoneStyles]);
      return part;
    }),
  );
  /** The parts' styles, in the order they had when they were bundled: the step plan's, then the gespreksplan's. */
  private readonly partStyles: Record<'steps' | 'plan', CSSResultOrNative[]> = { steps: [], plan: [] };
  private adoptedPartStyles = 0;
  /** @internal "Bewaren en delen" under the gespreksplan; made when the step plan arrives. */
  planMenu!: ShareMenu;
  /** @internal The session file to continue later; made when the step plan arrives. */
  private sessionFile?: SessionFileController;
  private swipeStart?: { x: number; y: number };
  /** @internal "Start het stappenplan", or "Ga verder (stap n)" with "Opnieuw beginnen". */
  private readonly stepStart = new StepStart(
    this,
    () => this.startSteps(),
    () => this.restartSteps(),
    () => void this.stepsPart.ready().catch(() => undefined),
  );
  /** The step a `#kjk-steps-n` link asks for, kept until the session has loaded. */
  private pendingStep?: number;
  /** Server-rendered: its first render knows no URL, as the server did not; the link follows in firstUpdated. */
  private readonly serverFrame = cameWithShadowRoot(this);
  /** The section last brought into view in the row of sections, see showCurrentSection. */
  private shownSection?: string;
  /** The strips' templates, see renderStrips. */
  private strips?: { deck: Deck; lang: string; faces: TemplateResult[] };
  /** The hosted work format that is printing (print mode 'sheet'): marked `data-print-host` until afterprint. */
  private printHost?: Element;

  /** Id of the current card (reflected), e.g. `tension-3`. Setting it opens that card. */
  @property({ reflect: true, converter: omitEmpty }) card = '';

  /** `steps` opens the step plan as a guided preparation, at the step the session remembers. */
  @property({ reflect: true, converter: omitEmpty }) mode = '';

  /**
   * Keep the current card in the URL fragment (`#kjk-tension-3`), so links and the back button work;
   * in the step plan the step (`#kjk-steps-5`).
   */
  @property({ type: Boolean, attribute: 'hash-navigation' }) hashNavigation = false;

  /** URL of a custom deck (JSON) to use instead of the bundled cards. Validated before use. */
  @property({ attribute: 'deck-src' }) deckSrc = '';

  /** A custom deck object to use instead of the bundled cards. Validated before use. */
  @property({ attribute: false }) deck: unknown = undefined;

  // Lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.followLive();
    // Before the render, so the room's answer joins this update instead of asking for another.
    this.reportLivePosition();
    if (changed.has('deck') || changed.has('deckSrc')) void this.deckSource.apply(this.deck, this.deckSrc);
    if (!this.hasUpdated) {
      this.chooseFirstView();
    } else if (changed.has('mode') && (this.mode === 'steps') !== (this.view === 'steps')) {
      // The page changed `mode` itself; the fan's own moves keep mode and view in step.
      this.view = this.mode === 'steps' ? 'steps' : this.card ? this.viewOf(this.card) : 'closed';
    } else if (changed.has('card') && this.card && this.view !== 'steps') {
      this.view = this.viewOf(this.card);
    }
    this.applyPendingStep();
  }

  protected override firstUpdated(): void {
    if (!this.serverFrame || !this.hashNavigation) return;
    // In an update of its own, once the hydrated one is complete.
    void this.updateComplete.then(() => {
      const id = this.cardFromHash();
      if (id !== undefined) this.applyHash(id);
    });
  }

  private chooseFirstView(): void {
    const fromHash = this.hashNavigation && !isServer && !this.serverFrame ? this.cardFromHash() : undefined;
    if (fromHash !== undefined) {
      this.applyHash(fromHash);
    } else if (this.mode === 'steps') {
      this.view = 'steps';
    } else if (this.card) {
      this.view = this.viewOf(this.card);
    }
  }

  private viewOf(card: string): View {
    return card === 'cover' ? 'closed' : 'card';
  }

  // Derived

  private get cards(): Card[] {
    return this.currentDeck?.cards ?? [];
  }

  private get currentDeck(): Deck | undefined {
    return this.deckSource.deckFor(this.locale.lang);
  }

  private get index(): number {
    return Math.max(0, this.cards.findIndex((c) => c.id === this.card));
  }

  // Handlers

  private onHashChange = (): void => {
    if (!this.hashNavigation) return;
    const id = this.cardFromHash();
    if (id !== undefined) this.applyHash(id, true);
  };

  private cardFromHash(): string | undefined {
    if (!location.hash.startsWith(HASH_PREFIX) || isJoinLink()) return undefined;
    try {
      return decodeURIComponent(location.hash.slice(HASH_PREFIX.length));
    } catch {
      // A malformed escape (`#kjk-%`) threw here and left the fan blank.
      this.badLink = location.hash;
      console.error(`<${this.localName}>: the link "${location.hash}" is not a card address like "#kjk-tension-3"; the fan starts at the cover.`);
      return undefined;
    }
  }

  /** `focus`: the user walked here with back or forward, so focus follows (a page load keeps it where it is). */
  private applyHash(id: string, focus = false): void {
    const steps = id.match(/^steps(?:-(.*))?$/);
    if (id === 'overview') this.showOverview(false);
    else if (steps) this.openStepsAt(steps[1], focus);
    else if (this.cards.some((c) => c.id === id) || !this.currentDeck) this.showCard(id, { announce: true, push: false });
  }

  /**
   * `#kjk-steps-n` opens step n (clamped to 1…8); `#kjk-steps`, or a step that is no number, the
   * step the session remembers.
   */
  private openStepsAt(step: string | undefined, focus: boolean): void {
    this.badLink = '';
    this.mode = 'steps';
    this.view = 'steps';
    this.pendingStep = step !== undefined && /^\d+$/.test(step) ? clampStep(Number(step)) : undefined;
    this.applyPendingStep();
    if (focus) void this.focusSelector('#step-title');
  }

  /** The session may connect after the first update (a provider not yet defined): the link's step waits for it. */
  private applyPendingStep(): void {
    const state = this.session.state;
    if (this.pendingStep === undefined || !state) return;
    const step = this.pendingStep;
    this.pendingStep = undefined;
    if (state.plan.step !== step) this.session.update((s) => void (s.plan.step = step));
    // The address says where one is, also after `#kjk-steps-99` was clamped.
    const actual = `${HASH_PREFIX}steps-${this.session.state!.plan.step}`;
    if (this.hashNavigation && location.hash !== actual && !isJoinLink()) history.replaceState(null, '', actual);
  }

  private pushHash(id: string): void {
    if (!this.hashNavigation || location.hash === HASH_PREFIX + id || isJoinLink()) return;
    history.pushState(null, '', HASH_PREFIX + id);
  }

  private onKeyDown = (event: KeyboardEvent): void => {
    const target = event.composedPath()[0] as HTMLElement;
    if (target.closest?.('input, textarea, select, [contenteditable]')) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (this.view === 'card') {
      const moves: Record<string, number | undefined> = {
        ArrowRight: this.index + 1,
        ArrowLeft: this.index - 1,
        Home: 0,
        End: this.cards.length - 1,
      };
      if (event.key in moves) {
        event.preventDefault();
        this.goTo(moves[event.key]!);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        this.showOverview(true);
      }
    } else if (this.view === 'overview' && target.classList?.contains('strip')) {
      const last = this.cards.length - 1;
      const moves: Record<string, number> = {
        ArrowRight: this.focusIndex + 1,
        ArrowDown: this.focusIndex + 1,
        ArrowLeft: this.focusIndex - 1,
        ArrowUp: this.focusIndex - 1,
        Home: 0,
        End: last,
      };
      if (event.key in moves) {
        event.preventDefault();
        this.focusStrip(Math.min(last, Math.max(0, moves[event.key])));
      }
    }
  };

  /**
   * A work format inside the fan prints (its `kjk-print`): on paper only that sheet, not the step
   * or card around it. The event's target, seen from here, is the element in the fan's own tree.
   */
  private onHostedPrint = (event: Event): void => {
    const host = event.target as Element;
    if (host === this || !this.shadowRoot?.contains(host)) return;
    this.printHost?.removeAttribute('data-print-host');
    this.printHost = host;
    host.setAttribute('data-print-host', '');
    this.printer.enter('sheet');
  };

  private onPointerDown = (event: PointerEvent): void => {
    // A work format on the card has drags of its own (drawing, placing figures): never a swipe.
    if (event.pointerType === 'mouse' || event.composedPath().some((n) => (n as Element).classList?.contains('hosted-format'))) return;
    this.swipeStart = { x: event.clientX, y: event.clientY };
  };

  /**
   * On a phone the sections scroll sideways, and the browser brings a button that Tab reaches only
   * partly into view: the whole of it is, in the next frame (no layout forced in the focus handler).
   */
  private onSectionFocus = (event: FocusEvent): void => {
    const button = event.target as HTMLElement;
    requestAnimationFrame(() => button.matches(':focus') && button.scrollIntoView({ block: 'nearest', inline: 'nearest' }));
  };

  /** The browser took the touch for itself (a scroll): no swipe. */
  private onPointerCancel = (): void => {
    this.swipeStart = undefined;
  };

  private onPointerUp = (event: PointerEvent): void => {
    if (!this.swipeStart) return;
    const dx = event.clientX - this.swipeStart.x;
    const dy = event.clientY - this.swipeStart.y;
    this.swipeStart = undefined;
    if (Math.abs(dx) > 60 && Math.abs(dy) < Math.abs(dx) / 2) this.goTo(this.index + (dx < 0 ? 1 : -1));
  };

  private async focusStrip(index: number): Promise<void> {
    // Focus leaves the element it is on before the render changes the DOM: a focused element that
    // is removed (the cover's button, the reader) or whose tabindex changes (the strip before) makes
    // the browser lay the page out at once, in the middle of the render. Blurred now, while the
    // layout is still clean, that costs nothing; the strip takes focus after the render.
    (this.shadowRoot?.activeElement as HTMLElement | null)?.blur();
    this.focusIndex = index;
    await this.updateComplete;
    focusAfterRender(this.shadowRoot?.querySelector<HTMLElement>(`.strip[data-index="${index}"]`));
  }

  private async focusSelector(selector: string): Promise<void> {
    await this.updateComplete;
    focusAfterRender(this.shadowRoot?.querySelector<HTMLElement>(selector));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncStrips();
    this.showCurrentSection();
    if (this.printHost && this.printer.mode !== 'sheet') {
      this.printHost.removeAttribute('data-print-host');
      this.printHost = undefined;
    }
    const deck = this.currentDeck;
    if (deck && this.view === 'card' && !deck.cards.some((c) => c.id === this.card)) {
      this.deckPart.module?.reportMissingCard(this, this.card, deck, this.reportedMissing);
    }
  }

  // Live session (issue 15): the facilitator's place, followed by the participants who want to.

  /** The position last reported, and the one last followed, as JSON: only a change is sent or applied. */
  private reportedPosition?: string;
  private followedPosition?: string;

  /** Where this fan is: the open card, or the step plan's step. */
  private get position(): LivePosition {
    if (this.view === 'steps') return { card: null, step: this.session.state?.plan.step ?? 1 };
    return { card: this.view === 'card' ? this.card : null };
  }

  /** The facilitator's fan tells the room where it is. */
  private reportLivePosition(): void {
    const live = this.live.inRoom;
    if (live?.role !== 'facilitator') return;
    const position = this.position;
    const key = JSON.stringify(position);
    if (key === this.reportedPosition) return;
    this.reportedPosition = key;
    live.setPosition(position);
  }

  /** A participant's fan goes where the facilitator is, unless "Volg de gespreksleider" is off. */
  private followLive(): void {
    const live = this.live.inRoom;
    if (live?.role !== 'participant' || !this.live.following) {
      // Switched on again later: it goes to where the facilitator is then.
      this.followedPosition = undefined;
      return;
    }
    const position = live.position;
    const key = JSON.stringify(position);
    if (!position || key === this.followedPosition) return;
    this.followedPosition = key;
    if (position.step !== undefined) {
      this.openStepsAt(String(position.step), false);
      this.announcement = this.live.text('live.followStep', { step: clampStep(position.step) });
    } else if (position.card) this.showCard(position.card, { announce: true, push: false });
    else if (this.view !== 'closed') this.showOverview(false);
  }

  /** @internal The live session's news on the fan's polite line. */
  announceLive(message: string): void {
    this.announcement = message === this.announcement ? `${message}\u00a0` : message;
  }

  // Public methods

  /** Opens the fan: the cards spread out, as an overview. */
  open(): void {
    this.showOverview(true);
  }

  /** Shows card `id` in front. */
  showCard(id: string, options: { announce?: boolean; push?: boolean; focus?: boolean } = {}): void {
    const changed = id !== this.card;
    this.badLink = '';
    this.card = id;
    this.mode = '';
    this.view = this.viewOf(id);
    const i = this.cards.findIndex((c) => c.id === id);
    if (i >= 0) this.focusIndex = i;
    if (options.push !== false) this.pushHash(id);
    const card = this.cards[i];
    if (card && options.announce) {
      this.announcement = this.locale.t('fan.position', { index: i + 1, total: this.cards.length, title: card.title });
    }
    // The opened card's heading, or on the cover "Open de waaier": what was pressed may be gone or hidden.
    if (options.focus) void this.focusSelector('.reader .card-title, .closed [data-action="open"]');
    if (changed) {
      this.dispatchEvent(new CustomEvent('kjk-card-change', { bubbles: true, composed: true, detail: { card: id } }));
    }
  }

  /** Moves to the card at `index` (clamped to the deck). */
  goTo(index: number): void {
    const card = this.cards[Math.min(this.cards.length - 1, Math.max(0, index))];
    // The cover closes the fan and takes the toolbar with it: focus goes to "Open de waaier".
    if (card && card.id !== this.card) this.showCard(card.id, { announce: true, focus: this.viewOf(card.id) === 'closed' });
  }

  next(): void {
    this.goTo(this.index + 1);
  }

  previous(): void {
    this.goTo(this.index - 1);
  }

  /** Back to the spread fan, with focus on the current card. */
  showOverview(focus: boolean): void {
    this.badLink = '';
    this.mode = '';
    this.view = 'overview';
    this.focusIndex = this.card ? this.index : Math.min(1, this.cards.length - 1);
    this.pushHash('overview');
    if (focus) void this.focusStrip(this.focusIndex);
  }

  /** Opens the step plan at the step the session remembers. */
  startSteps(): void {
    this.mode = 'steps';
    this.view = 'steps';
    this.pushStepHash();
    void this.focusSelector('#step-title');
  }

  /** "Opnieuw beginnen", confirmed: back to step 1; every answer stays. */
  private restartSteps(): void {
    this.session.update((s) => void (s.plan.step = 1));
    this.startSteps();
  }

  /** @internal */
  goToStep = (step: number): void => {
    const next = clampStep(step);
    this.session.update((s) => void (s.plan.step = next));
    this.planStatus = '';
    this.pushStepHash();
    void this.focusSelector('#step-title');
  };

  /** Each step is its own history entry, so back and forward walk the steps. */
  private pushStepHash(): void {
    const state = this.session.state;
    this.pushHash(state ? `steps-${state.plan.step}` : 'steps');
  }

  /** @internal */
  exitSteps = (): void => {
    this.mode = '';
    this.showCard('step-plan', { focus: true });
  };

  /**
   * Prints the current card; `'all'` every card, one per page; `'plan'` the gespreksplan as a
   * handout (one A4 page for a normal session).
   */
  print(what: 'card' | 'all' | 'plan' = 'card'): void {
    // The handout's code may still have to arrive: the print waits for it (a failed load says so).
    if (what === 'plan') void this.planPart.ready().then(() => this.printer.print('plan'), () => undefined);
    else this.printer.print(what);
  }

  /** Prints the gespreksplan as a handout: the same as `print('plan')`. */
  printPlan(): void {
    this.print('plan');
  }

  /**
   * The gespreksplan as plain text: every choice, participant, answer and action. '' until the
   * gespreksplan's code has arrived (with the step plan, or started by this call; `updateComplete`
   * waits for it), as while there is no session yet.
   */
  planToText(): string {
    const plan = this.planPart.module;
    return plan ? plan.planText(plan.planDoc(this.currentDeck, this.session.state, this.locale)) : '';
  }

  /** The gespreksplan as Markdown, for developers and other tools; '' until its code has arrived, as planToText(). */
  planToMarkdown(): string {
    const plan = this.planPart.module;
    return plan ? plan.planMarkdown(plan.planDoc(this.currentDeck, this.session.state, this.locale)) : '';
  }

  /** The gespreksplan as a Word document (.docx). */
  async planToDocx(): Promise<Blob> {
    const plan = await this.planPart.ready();
    return plan.planDocx(plan.planDoc(this.currentDeck, this.session.state, this.locale), 'kjk-fan');
  }

  /** @internal */
  copyPlan = async (): Promise<void> => {
    const copied = await copyText(this.planToText(), this.renderRoot);
    this.planStatus = this.locale.t(copied ? 'plan.copied' : 'plan.copyFailed');
  };

  /** @internal */
  downloadPlanText = (): void => {
    downloadText(`${this.locale.t('plan.fileName')}.txt`, this.planToText(), 'text/plain');
    this.planStatus = this.locale.t('plan.downloaded');
  };

  /** @internal */
  downloadPlanDocx = async (): Promise<void> => {
    const { saveDocx } = await this.stepsPart.ready();
    const outcome = await saveDocx(`${this.locale.t('plan.fileName')}.docx`, () => this.planToDocx());
    this.planStatus = this.locale.t(outcome === 'saved' ? 'plan.downloaded' : outcome === 'unavailable' ? 'share.docxUnavailable' : 'share.docxFailed');
  };

  /** @internal */
  downloadSession = (): void => this.sessionFile?.download();

  /** @internal */
  importSession = (): void => this.sessionFile?.chooseFile();

  /** @internal */
  renderSessionImport = (): TemplateResult | typeof nothing => this.sessionFile?.render() ?? nothing;

  /** Adds a part's styles to the shadow root when it arrives (constructed sheets, so a strict CSP allows them). */
  private addPartStyles(part: 'steps' | 'plan', styles: CSSResultOrNative[]): void {
    this.partStyles[part] = styles;
    this.requestUpdate();
  }

  private adoptPartStyles(): void {
    const { steps, plan } = this.partStyles;
    if (isServer || steps.length + plan.length === this.adoptedPartStyles || !(this.renderRoot instanceof ShadowRoot)) return;
    this.adoptedPartStyles = steps.length + plan.length;
    adoptStyles(this.renderRoot, [...(this.constructor as typeof KjkFan).elementStyles, ...steps, ...plan]);
  }

  /**
   * The step plan, or its panel while its code arrives (aria-busy, the same place, so nothing
   * jumps), or, when it could not load, a calm message with "Probeer opnieuw": nothing is lost,
   * the answers are in the session.
   */
  private renderStepsPart(deck: Deck): TemplateResult {
    const part = this.stepsPart.module;
    if (part) return part.renderSteps(this, deck);
    const t = this.locale.t;
    const failed = this.stepsPart.error !== undefined;
    return html`<section class="steps part-pending" part="steps" aria-labelledby="step-title" aria-busy=${failed ? 'false' : 'true'}>
      <h2 id="step-title" tabindex="-1">${t('steps.title')}</h2>
      ${failed
        ? html`<p class="part-problem" role="alert">${t('fan.partFailed')}</p>
            <div class="card-action">
              <button type="button" class="button" data-action="retry-part" @click=${this.retryParts}>${t('fan.retry')}</button>
              <button type="button" class="button quiet" @click=${this.exitSteps}>${t('steps.exit')}</button>
            </div>`
        : html`<p class="visually-hidden" role="status">${t('fan.partLoading')}</p>`}
    </section>`;
  }

  /** "Probeer opnieuw" after a failed load: Lazy tries again on `ready()`. */
  private retryParts = (): void => {
    void this.stepsPart.ready().catch(() => undefined);
  };

  /** A print or export of the gespreksplan whose code could not load says so, in the fan's own words. */
  private renderPlanProblem(): TemplateResult | typeof nothing {
    if (this.planPart.error === undefined || this.view === 'steps') return nothing;
    return html`<p class="link-problem" part="message" role="alert">${this.locale.t('fan.partFailed')}</p>`;
  }

  // Rendering

  private renderSections(deck: Deck): TemplateResult {
    const t = this.locale.t;
    return html`<nav class="sections" part="sections" aria-label=${t('fan.sections')} @focusin=${this.onSectionFocus}>
      ${deck.sections
        .filter((s) => deck.cards.some((c) => c.section === s.id))
        .map((section) => {
          const first = deck.cards.find((c) => c.section === section.id)!;
          const current = this.view === 'card' && this.cards[this.index]?.section === section.id;
          return html`<button
            type="button"
            class="section-button"
            data-section=${section.id}
            aria-current=${current ? 'true' : 'false'}
            @click=${() => this.showCard(first.id, { announce: true, focus: this.viewOf(first.id) === 'closed' })}
          >
            <span class="swatch" aria-hidden="true"></span>${section.title}
          </button>`;
        })}
    </nav>`;
  }

  /**
   * The strip that is in the tab order (overview), the one lifted out as the current card (reading),
   * and the one in front with its face shown: under focus or the pointer in the overview, the card
   * being read in the small fan above it.
   */
  private stripState(): { roving: number; current: number; front: number } {
    const roving = this.view === 'overview' ? this.focusIndex : -1;
    const current = this.view === 'card' ? this.index : -1;
    return { roving, current, front: Math.max(roving, current) };
  }

  /**
   * The strips render once per deck and language (see renderStage); what changes with the view and
   * the current card — which strip is in the tab order, which is lifted out — is set here on the
   * strips whose state changed, without rendering the other twenty again.
   */
  private syncStrips(): void {
    const { roving, current, front } = this.stripState();
    this.shadowRoot?.querySelectorAll('.strip').forEach((strip, i) => {
      const tabIndex = i === roving ? '0' : '-1';
      if (strip.getAttribute('tabindex') !== tabIndex) strip.setAttribute('tabindex', tabIndex);
      // With `force`, toggle changes the class only when it differs.
      strip.classList.toggle('current', i === current);
      strip.classList.toggle('front', i === front);
    });
  }

  /**
   * On a phone the sections are one row that scrolls sideways: the current card's section is
   * brought into that row's view when it changes. In the next frame, whose layout the browser makes
   * anyway, and only the row scrolls, never the page.
   */
  private showCurrentSection(): void {
    const section = this.view === 'card' ? this.cards[this.index]?.section : undefined;
    if (section === this.shownSection) return;
    this.shownSection = section;
    if (!section) return;
    requestAnimationFrame(() => {
      const nav = this.shadowRoot?.querySelector<HTMLElement>('.sections');
      const chip = nav?.querySelector<HTMLElement>(`.section-button[data-section="${section}"]`);
      if (!nav || !chip || nav.scrollWidth <= nav.clientWidth) return;
      // The row is positioned, so the chip's offset is within it.
      nav.scrollTo({ left: chip.offsetLeft - (nav.clientWidth - chip.offsetWidth) / 2 });
    });
  }

  private renderStage(deck: Deck): TemplateResult {
    const t = this.locale.t;
    const total = deck.cards.length;
    // The strips are one tab stop with arrow keys between them: a toolbar, in ARIA's words. While a
    // card is read they are decoration behind it: inert as a whole (out of the tab order and the
    // pointer's reach) and aria-hidden for checkers that do not read inert, not strip by strip.
    const reading = this.view !== 'overview';
    // front-n: the others lie behind the front strip the further they are from it (see fan.styles).
    const { front } = this.stripState();
    return html`<div class="stage count-${Math.min(total, 40)} front-${Math.min(Math.max(front, 0), 39)} view-${this.view}" part="stage">
      <div class="strips" role="toolbar" aria-label=${t('fan.overviewLabel')} ?inert=${reading} aria-hidden=${reading ? 'true' : 'false'}>
        ${this.renderStrips(deck)}
      </div>
    </div>`;
  }

  /**
   * The strips' faces, made once per deck and language: Lit is handed the same templates with the
   * same values again, so it changes nothing in the twenty strips.
   */
  private renderStrips(deck: Deck): TemplateResult[] {
    const lang = this.locale.lang;
    if (this.strips?.deck === deck && this.strips.lang === lang) return this.strips.faces;
    const t = this.locale.t;
    const { roving, current, front } = this.stripState();
    const faces = deck.cards.map((card, i) => {
      const lead = stripLead(card);
      const edge = card.shortTitle ?? card.title;
      const section = deck.sections.find((s) => s.id === card.section)?.title ?? '';
      const hover = () => (this.focusIndex = i);
      // The strip under the mouse comes to the front when the mouse moves onto it, not when the
      // strips move under a mouse that stands still: the front strip grows and lifts, which puts
      // another strip under the pointer, which came to the front, and so on, without end.
      const pointed = (event: PointerEvent) => {
        if ((event.movementX || event.movementY) && this.focusIndex !== i) this.focusIndex = i;
      };
      return html`<button
        type="button"
        class="strip ${i === current ? 'current' : ''} ${i === front ? 'front' : ''}"
        part="strip"
        data-index=${i}
        data-section=${card.section}
        tabindex=${i === roving ? '0' : '-1'}
        aria-label=${t('fan.strip', {
          index: i + 1,
          total: deck.cards.length,
          // What the strip shows, in its order: the name on its edge, and in front its face (so the
          // name holds the visible text either way, WCAG 2.5.3), with the key question.
          title: `${edge === card.title ? '' : `${edge}: `}${i + 1} ${section}, ${card.title}${lead ? ` — ${lead}` : ''}`,
        })}
        @click=${() => this.showCard(card.id, { focus: true })}
        @focus=${hover}
        @pointermove=${pointed}
      >
        <span class="strip-label">${edge}</span>
        <span class="strip-face">
          <span class="strip-number">${i + 1}</span>
          <span class="strip-section">${section}</span>
          <span class="strip-title">${card.title}</span>
          ${lead ? html`<span class="strip-lead">${lead}</span>` : nothing}
        </span>
      </button>`;
    });
    this.strips = { deck, lang, faces };
    return faces;
  }

  /** The full title of the card under focus: the strips only have room for a short one. */
  private renderCaption(deck: Deck): TemplateResult {
    const card = deck.cards[this.focusIndex];
    const section = deck.sections.find((s) => s.id === card?.section);
    return html`<div class="caption" aria-hidden="true">
        ${card
          ? html`<p class="caption-title" data-section=${card.section}>
              <span class="swatch"></span>${this.focusIndex + 1}. ${card.title}
              <span class="caption-section">${section?.title}</span>
            </p>
            <p class="caption-lead">${stripLead(card)}</p>`
          : nothing}
      </div>
      <p class="overview-hint">${this.locale.t('fan.overviewHint')} <span class="keys-hint">${this.locale.t('fan.overviewKeys')}</span></p>`;
  }

  private renderToolbar(): TemplateResult {
    const t = this.locale.t;
    // At the first or last card a button that cannot move stays focusable (aria-disabled) and does
    // nothing: a disabled button would drop the focus that just pressed it onto <body>.
    const first = this.index === 0;
    const last = this.index === this.cards.length - 1;
    return html`<div class="toolbar" part="toolbar">
      <button type="button" class="button quiet" aria-disabled=${first ? 'true' : nothing} @click=${() => this.previous()}>
        <span aria-hidden="true">←</span> ${t('fan.previous')}
      </button>
      <button type="button" class="button quiet" data-action="overview" @click=${() => this.showOverview(true)}>
        ${t('fan.overview')}
      </button>
      <button type="button" class="button quiet" aria-disabled=${last ? 'true' : nothing} @click=${() => this.next()}>
        ${t('fan.next')} <span aria-hidden="true">→</span>
      </button>
      <span class="position" aria-hidden="true">${this.index + 1} / ${this.cards.length}</span>
    </div>`;
  }

  private renderReader(deck: Deck): TemplateResult {
    if (!this.cards.some((c) => c.id === this.card)) {
      return html`<div class="reader" part="reader">
        ${this.deckPart.module?.renderMissingCard(deck, this.card, this.deckSource.status.kind === 'custom', this.locale) ?? nothing}
      </div>`;
    }
    const card = this.cards[this.index];
    const n = card?.id.match(/^work-format-(\d)$/)?.[1];
    const extra =
      card?.id === 'step-plan'
        ? html`<div class="card-action">${this.stepStart.render('card', this.locale, this.session.state, 'button')}</div>`
        : nothing;
    return html`<div class="reader" part="reader" @pointerdown=${this.onPointerDown} @pointerup=${this.onPointerUp} @pointercancel=${this.onPointerCancel}>
      ${card ? renderCardFace(deck, card, this.locale, extra, { focusableTitle: true }) : nothing}
      ${n ? html`<div class="hosted-format">${renderWorkFormat(deck, this.locale, Number(n), false)}</div>` : nothing}
    </div>`;
  }

  private renderClosed(deck: Deck): TemplateResult {
    const t = this.locale.t;
    const cover = deck.cards.find((c) => c.id === 'cover') ?? deck.cards[0];
    return html`<div class="closed">
      <div class="closed-stack" aria-hidden="true"></div>
      ${renderCardFace(
        deck,
        cover,
        this.locale,
        // A div: the "Opnieuw beginnen" question is a group, which a <p> cannot hold.
        html`<div class="card-action">
          <button type="button" class="button" data-action="open" @click=${() => this.open()}>${t('fan.open')}</button>
          ${this.stepStart.render('cover', this.locale, this.session.state, 'button quiet')}
        </div>`,
      )}
    </div>`;
  }

  /** Every card, one per page; the intro card's live word cloud prints as its picture. */
  private renderPrintAll(deck: Deck): TemplateResult {
    return html`<div class="print-all">${deck.cards.map((c) => renderCardFace(deck, c, this.locale, nothing, { idPrefix: 'print-' }))}</div>`;
  }

  /** Instead of the cards: a custom deck loading, broken, or its checks not loaded (offline). */
  private renderDeckStatus(): TemplateResult {
    const part = this.deckPart.module;
    if (part) return part.renderDeckStatus(this.deckSource.status, this.locale);
    const failed = this.deckPart.error !== undefined;
    return html`<div class="card message" part="message" role=${failed ? 'alert' : 'status'} lang=${this.locale.lang}>
      ${this.locale.t(failed ? 'fan.partFailed' : 'deck.loading')}
    </div>`;
  }

  /** The handout for print('plan'); its code is here, as print() waits for it. */
  private renderPrintPlan(deck: Deck): TemplateResult | typeof nothing {
    const plan = this.planPart.module;
    const state = this.session.state;
    if (!plan || !state) return nothing;
    return html`<div class="print-plan">${plan.renderPlan(plan.gespreksplan(deck, state, this.locale.t), this.locale.t)}</div>`;
  }

  protected override render(): TemplateResult {
    this.adoptPartStyles();
    const deck = this.currentDeck;
    if (!deck) return this.renderDeckStatus();
    const steps = this.view === 'steps' && this.session.state;
    // Its own language on its own UI: on a German page a Dutch fan is read as Dutch.
    return html`<div
      class="fan printing-${this.printer.mode || 'none'}"
      lang=${this.locale.lang}
      data-view=${this.view}
      @keydown=${this.onKeyDown}
      @kjk-print=${this.onHostedPrint}
    >
      ${this.live.render('top', { follow: true })}
      ${this.badLink
        ? html`<p class="link-problem" part="message" role="alert">${this.locale.t('fan.badLink', { hash: this.badLink })}</p>`
        : nothing}
      ${this.renderPlanProblem()}
      ${steps || this.view === 'closed'
        ? nothing
        : html`${this.renderSections(deck)} ${this.view === 'card' ? this.renderToolbar() : nothing}
          ${this.renderStage(deck)}`}
      ${this.view === 'closed' ? this.renderClosed(deck) : nothing}
      ${this.view === 'card' ? this.renderReader(deck) : nothing}
      ${this.view === 'overview' ? this.renderCaption(deck) : nothing}
      ${steps ? this.renderStepsPart(deck) : nothing}
      ${this.printer.mode === 'all' ? this.renderPrintAll(deck) : nothing}
      ${this.printer.mode === 'plan' ? this.renderPrintPlan(deck) : nothing}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${this.live.render('bottom')} ${this.session.renderFooter(this.locale)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kjk-fan': KjkFan;
  }
  interface HTMLElementEventMap {
    'kjk-card-change': CustomEvent<{ card: string }>;
    'kjk-change': CustomEvent<{ state: SessionState }>;
  }
}
