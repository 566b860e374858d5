import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { WorksheetElement, type SheetOptions } from '../../internal/worksheet/worksheet-element.js';
import { actionDecks } from '../../internal/content/work-format-decks.js';
import type { Card } from '../../internal/content/deck-schema.js';
import type { Note, Participant, WorksheetState } from '../../internal/session/state.js';
import type { Messages } from '../../internal/i18n.js';
import { actionCardMessages, sketchMessages } from '../../internal/messages.js';
import { activeParticipant, editNoteDetail, type Zone } from '../../internal/worksheet/model.js';
import { zonesOf } from '../../internal/worksheet/zones.js';
import { isIsoDate, whenText } from '../../internal/worksheet/when.js';
import type { PlanSection } from '../../internal/session/plan.js';
import { SketchController, emptyDrawing } from '../../internal/sketch/sketch-controller.js';
import { sketchStyles } from '../../internal/sketch/sketch.styles.js';
import { actionCardStyles } from './action-card.styles.js';

/** A gespreksplan as the fan gives it; anything else a page sets is refused. */
function isPlan(value: unknown): value is PlanSection[] {
  return (
    Array.isArray(value) &&
    value.every(
      (s) => s && typeof s.title === 'string' && Array.isArray(s.items) && s.items.every((i: unknown) => typeof i === 'string'),
    )
  );
}

/** The zone whose notes are actions with a who and a when. */
const ACTIONS = 'actions';
const AREA = { x: -200, y: -130, width: 400, height: 260 };

/**
 * @tag kjk-action-card
 * @summary "Wat zet het gesprek in gang?": ideas, agreements and actions (what, who, when) from the conversation,
 * with an optional sketch. Inside a <kjk-fan> it opens with the gespreksplan of the step plan.
 *
 * @attr lang - `nl` (default) or `en`, here or on an ancestor.
 * @csspart sheet - The sketch area.
 * @csspart plan - The gespreksplan (only inside a fan's step plan).
 * @csspart participants - Participants and "Deel je bevindingen".
 * @csspart instructions - The card's prompt, foldable.
 * @csspart tools - Print, copy, download and import.
 * @csspart share - The shared view of every participant's notes.
 * @csspart session - The privacy line (only when the card keeps its own session).
 * @event {CustomEvent<{ state: SessionState }>} kjk-change - Any change to the saved state (when it keeps its own session).
 * @cssprop [--kjk-section-action=#cf4f86] - Colour of the card; `--kjk-section-action-ink` for lines and text.
 * @cssprop [--kjk-paper=#ffffff] - Background of zones, fields and the sketch (dark: #2d2a26).
 * @cssprop [--kjk-pen-ink=#24211d] - The pens: also `--kjk-pen-red`, `-orange`, `-green`, `-blue`, `-purple`.
 */
export class KjkActionCard extends WorksheetElement {
  static override styles = [...WorksheetElement.styles, sketchStyles, actionCardStyles];

  protected readonly kind = 'action-card';
  protected readonly cardId = 'action';
  protected readonly decks = actionDecks;
  protected override readonly section = 'action';
  /** The actions are the hero: the zones come first, the sketch (optional) after them and smaller. */
  protected override readonly sheetFirst = false;

  /**
   * How each action's "Wanneer" is asked, by note id, once someone switched it: a date field or free
   * text. Unswitched, a stored free text shows as text (never hidden), anything else as a date field.
   */
  @state() private whenModes: Record<string, 'date' | 'text'> = {};

  /** @internal */
  protected readonly sketch = new SketchController(this, this.locale, (recipe) =>
    this.change((ws) => recipe((activeParticipant(ws).drawing ??= emptyDrawing()))),
  );

  /**
   * The gespreksplan so far, shown above the card. Set by <kjk-fan> in its step plan; a page may
   * set it too, as `{ title, items }[]`.
   */
  @property({ attribute: false }) plan?: PlanSection[];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('plan') && this.plan !== undefined && !isPlan(this.plan)) {
      console.error('<kjk-action-card>: plan must be a list of { title: string, items: string[] }; it is not shown.');
      this.plan = undefined;
    }
  }

  protected override messages(): Messages[] {
    return [actionCardMessages, sketchMessages];
  }

  private a = (key: string, values?: Record<string, string | number>) => this.locale.t(`actionCard.${key}`, values);

  protected override topicText(): { label: string; hint: string } {
    return { label: this.a('topic'), hint: this.a('topicHint') };
  }

  protected zones(card: Card): Zone[] {
    return zonesOf(card);
  }

  protected override renderIntro(ws: WorksheetState): TemplateResult | typeof nothing {
    // "Wie" suggests the session's participants; a datalist keeps it a plain text field for free text.
    const names = [...new Set(ws.participants.map((p) => p.name.trim()).filter(Boolean))];
    const who = html`<datalist id="who-names">${names.map((name) => html`<option value=${name}></option>`)}</datalist>
      <p class="visually-hidden" id="who-hint">${this.a('whoHint')}</p>`;
    if (!this.plan?.length) return who;
    return html`${who}<details class="instructions plan-summary" part="plan" open>
      <summary>${this.a('plan')}</summary>
      <dl>
        ${this.plan.map(
          (section) => html`<dt>${section.title}</dt>
            ${section.items.map((item) => html`<dd>${item}</dd>`)}`,
        )}
      </dl>
    </details>`;
  }

  /** A new action: the cursor goes on to who does it. */
  protected override focusAfterAdd(zone: Zone, note: Note): string | undefined {
    return zone.id === ACTIONS ? `[data-note="${note.id}"] [data-detail="who"]` : undefined;
  }

  private whenMode(note: Note): 'date' | 'text' {
    const when = note.when?.trim() ?? '';
    return this.whenModes[note.id] ?? (when && !isIsoDate(when) ? 'text' : 'date');
  }

  /** "Vrije tekst" pressed or let go. A chosen date becomes words to go on typing in; free text stays stored. */
  private toggleWhen(zone: Zone, note: Note): void {
    const mode = this.whenMode(note) === 'date' ? 'text' : 'date';
    this.whenModes = { ...this.whenModes, [note.id]: mode };
    const when = note.when?.trim() ?? '';
    if (mode === 'text' && isIsoDate(when)) this.change((ws) => editNoteDetail(ws, zone.id, note.id, 'when', whenText(when, this.locale.lang)));
  }

  protected override renderNoteExtras(zone: Zone, note: Note, index: number): TemplateResult | typeof nothing {
    if (zone.id !== ACTIONS) return nothing;
    const edit = (name: 'who' | 'when', value: string) => this.change((ws) => editNoteDetail(ws, zone.id, note.id, name, value));
    const when = note.when?.trim() ?? '';
    const mode = this.whenMode(note);
    // Switched to a date while free text is stored: the text stays, and shows, until a date is chosen.
    const kept = mode === 'date' && when && !isIsoDate(when) ? when : '';
    const keptId = `when-kept-${note.id}`;
    // Labels in one column, fields in the next: Wie and Wanneer line up, also on a phone.
    return html`<span class="action-details">
      <label class="detail-label" for="who-${note.id}">${this.a('whoLabel')}</label>
      <input
        id="who-${note.id}"
        class="field"
        data-detail="who"
        maxlength="200"
        aria-label=${this.a('whoFor', { n: index + 1 })}
        list="who-names"
        aria-describedby="who-hint"
        .value=${note.who ?? ''}
        @input=${(e: Event) => edit('who', (e.target as HTMLInputElement).value)}
      />
      <label class="detail-label" for="when-${note.id}">${this.a('whenLabel')}</label>
      <span class="when">
        ${mode === 'date'
          ? html`<input
              id="when-${note.id}"
              class="field"
              type="date"
              data-detail="when"
              data-when="date"
              aria-label=${this.a('whenFor', { n: index + 1 })}
              aria-describedby=${kept ? keptId : nothing}
              .value=${isIsoDate(when) ? when : ''}
              @input=${(e: Event) => {
                const value = (e.target as HTMLInputElement).value;
                // An emptied date field does not wipe free text kept from before.
                if (value || !kept) edit('when', value);
              }}
            />`
          : html`<input
              id="when-${note.id}"
              class="field"
              data-detail="when"
              data-when="text"
              maxlength="200"
              aria-label=${this.a('whenFor', { n: index + 1 })}
              .value=${note.when ?? ''}
              @input=${(e: Event) => edit('when', (e.target as HTMLInputElement).value)}
            />`}
        <button
          type="button"
          class="button quiet when-mode"
          data-action="when-mode"
          aria-pressed=${mode === 'text' ? 'true' : 'false'}
          aria-label=${this.a('whenFreeFor', { n: index + 1 })}
          @click=${() => this.toggleWhen(zone, note)}
        >
          ${this.a('whenFree')}
        </button>
      </span>
      ${kept ? html`<span class="hint when-kept" id=${keptId}>${this.a('whenKept', { text: kept })}</span>` : nothing}
    </span>`;
  }

  protected renderSheet(participant: Participant, _zones: Zone[], options: SheetOptions): TemplateResult {
    const drawing = options.blank ? undefined : participant.drawing;
    const label = `${this.locale.t('sketch.sketchArea')}: ${this.locale.t('sketch.lines', { n: drawing?.strokes.length ?? 0 })}`;
    return html`${options.interactive
        ? html`<p class="sketch-title">${this.locale.t('sketch.sketchArea')}</p>
            ${this.sketch.renderToolbar(drawing)}`
        : nothing}
      <svg
        class="drawing ${options.interactive ? 'pen-active' : ''}"
        viewBox="${AREA.x} ${AREA.y} ${AREA.width} ${AREA.height}"
        role="img"
        aria-label=${label}
      >
        <rect class="sketch-paper" x=${AREA.x} y=${AREA.y} width=${AREA.width} height=${AREA.height} rx="14"></rect>
        ${this.sketch.renderStrokes(drawing)} ${options.interactive ? this.sketch.renderSurface(AREA) : nothing}
      </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kjk-action-card': KjkActionCard;
  }
}
