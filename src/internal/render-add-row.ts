import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface AddRowOptions {
  id: string;
  buttonLabel: string;
  maxLength: number;
  /** Called with the field; the caller reads, adds and clears it. */
  onAdd: (field: HTMLInputElement | HTMLTextAreaElement) => void;
  multiline?: boolean;
  placeholder?: string;
  describedBy?: string;
  /** Names the field by visible text, e.g. its zone's heading, instead of a hidden label. */
  labelledBy?: string;
  action?: string;
}

/**
 * A field and its "add" button, used for own goals, actions, notes and figures: Enter adds
 * (Shift+Enter makes a new line in a multi-line field), and so does the button. The caller
 * writes the label, so it can be visible or not.
 */
export function renderAddRow(o: AddRowOptions): TemplateResult {
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && !(o.multiline && e.shiftKey)) {
      e.preventDefault();
      o.onAdd(e.target as HTMLInputElement);
    }
  };
  const onClick = (e: Event) => o.onAdd((e.currentTarget as HTMLElement).previousElementSibling as HTMLInputElement);
  const field = o.multiline
    ? html`<textarea
        id=${o.id}
        class="field"
        rows="1"
        maxlength=${o.maxLength}
        placeholder=${ifDefined(o.placeholder)}
        aria-describedby=${ifDefined(o.describedBy)}
        aria-labelledby=${ifDefined(o.labelledBy)}
        @keydown=${onKey}
      ></textarea>`
    : html`<input
        id=${o.id}
        class="field"
        type="text"
        maxlength=${o.maxLength}
        placeholder=${ifDefined(o.placeholder)}
        aria-describedby=${ifDefined(o.describedBy)}
        aria-labelledby=${ifDefined(o.labelledBy)}
        @keydown=${onKey}
      />`;
  return html`<div class="add-row">
    ${field}<button type="button" class="button" data-action=${o.action ?? 'add'} @click=${onClick}>${o.buttonLabel}</button>
  </div>`;
}
