/**
 * The keyboard walker (issue 18, "Focus is never lost", WCAG 2.4.3 and 4.1.3): for an element in a
 * given state it presses every button in its shadow tree, one at a time and each time on a fresh
 * element in that state, and checks where focus went. After each press the deep active element
 * (document.activeElement, followed through every shadowRoot.activeElement) must be
 * - somewhere, not <body>;
 * - visible: `checkVisibility()`, and not inside `aria-hidden="true"` or `inert`;
 * - named: aria-label, aria-labelledby, a <label> or its text;
 * - focusable: not disabled, and a control or an element with a tabindex.
 * A failure names the button, the key and what focus landed on.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from './commands.js';

/** Asserts that `el` has focus, saying where focus is instead. */
export function expectFocusOn(el: Element | null | undefined, message = ''): void {
  const active = deepActiveElement();
  expect(active === el, `${message} focus on ${describeElement(active)}, not on ${describeElement(el)}`).to.equal(true);
}

type Key = 'Enter' | 'Space';

export interface WalkOptions {
  /** Makes a fresh element in the state to walk. Called once to list the buttons, then once per press. */
  setup: () => Promise<HTMLElement>;
  /** Leave a button out (return why), e.g. one that prints or opens a file chooser. */
  skip?: (button: HTMLElement) => string | false | undefined;
  /** The keys to press on each button; both by default. */
  keys?: Key[];
  /** Of many buttons that do the same (the fan's strips), walk only these indexes in their group. */
  sample?: { selector: string; indexes: number[] };
}

/** Buttons a keyboard user can reach in `root`'s own tree (not in nested components). */
const CONTROLS = 'button, summary, [role="button"]';

/** The element with focus, followed into every shadow root. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The parent across shadow boundaries: a shadow root's parent is its host. */
function parentOf(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

function hiddenAncestor(el: Element): Element | undefined {
  for (let node: Element | null = el; node; node = parentOf(node)) {
    if (node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('inert')) return node;
  }
  return undefined;
}

/** The accessible name as far as this test needs it. */
export function accessibleName(el: Element): string {
  const label = el.getAttribute('aria-label')?.trim();
  if (label) return label;
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const root = el.getRootNode() as Document | ShadowRoot;
    const text = labelledBy
      .split(/\s+/)
      .map((id) => root.getElementById(id)?.textContent?.trim() ?? '')
      .join(' ')
      .trim();
    if (text) return text;
  }
  const labels = (el as HTMLInputElement).labels;
  if (labels?.length) return [...labels].map((l) => l.textContent!.trim()).join(' ');
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim() || (el.getAttribute('title') ?? '');
}

const NATIVELY_FOCUSABLE = 'a[href], button, input, select, textarea, summary, iframe, [contenteditable]';

/** An element in a line of text: chai's own account of a custom element can be endless. */
export function describeElement(el: Element | null | undefined): string {
  if (!el) return 'nothing';
  const id = el.id ? `#${el.id}` : '';
  const cls = el.classList.length ? `.${[...el.classList].join('.')}` : '';
  return `<${el.localName}${id}${cls}> "${accessibleName(el).slice(0, 40)}"`;
}

/** What is wrong with where focus is now, or nothing. */
export function focusProblem(): string | undefined {
  const active = deepActiveElement();
  if (!active || active === document.body || active === document.documentElement) return 'focus is lost (on <body>)';
  if (!active.checkVisibility()) return `focus is on an element that is not visible: ${describeElement(active)}`;
  const hidden = hiddenAncestor(active);
  if (hidden) return `focus is inside ${hidden.hasAttribute('inert') ? 'inert' : 'aria-hidden="true"'} ${describeElement(hidden)}: ${describeElement(active)}`;
  if (!accessibleName(active)) return `focus is on an element without a name: ${describeElement(active)}`;
  const focusable = !(active as HTMLButtonElement).disabled && (active.matches(NATIVELY_FOCUSABLE) || active.hasAttribute('tabindex'));
  if (!focusable) return `focus is on an element that is not focusable: ${describeElement(active)}`;
  return undefined;
}

/** The buttons to press in `el`'s shadow tree: visible, enabled, not hidden from assistive technology. */
function controlsOf(el: HTMLElement, options: WalkOptions): HTMLElement[] {
  const all = [...el.shadowRoot!.querySelectorAll<HTMLElement>(CONTROLS)].filter(
    (b) => !(b as HTMLButtonElement).disabled && b.checkVisibility() && !hiddenAncestor(b),
  );
  if (!options.sample) return all;
  const group = all.filter((b) => b.matches(options.sample!.selector));
  const kept = new Set(options.sample.indexes.map((i) => group.at(i)));
  return all.filter((b) => !group.includes(b) || kept.has(b));
}

/** Waits for the element's update, the focus it moves after it, and the frame after. */
async function settle(el: HTMLElement): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    // Not a frame: a page the runner does not show may never get one.
    await new Promise((resolve) => setTimeout(resolve));
  }
}

/**
 * Presses each button of the element made by `setup` (fresh for each press) with Enter and Space,
 * and fails once, listing every press after which focus was lost, hidden, nameless or unfocusable.
 * Returns the presses made, e.g. `Enter on <button…> "Open de waaier"`.
 */
export async function walkControls(options: WalkOptions): Promise<string[]> {
  const keys = options.keys ?? ['Enter', 'Space'];
  const first = await options.setup();
  const controls = controlsOf(first, options);
  const names = controls.map((c) => describeElement(c));
  const skipped = controls.map((c) => options.skip?.(c) || '');
  first.remove();
  expect(controls.length, 'buttons to walk').to.be.greaterThan(0);
  const problems: string[] = [];
  const pressed: string[] = [];
  for (const [i, name] of names.entries()) {
    if (skipped[i]) continue;
    for (const key of keys) {
      const el = await options.setup();
      const control = controlsOf(el, options)[i];
      const what = `${key} on ${name}`;
      if (!control || describeElement(control) !== name) {
        problems.push(`${what}: not found again in a fresh element (found ${describeElement(control ?? null)})`);
        el.remove();
        continue;
      }
      control.focus();
      await sendKeys({ press: key === 'Space' ? ' ' : key });
      await settle(el);
      const problem = focusProblem();
      if (problem) problems.push(`${what}: ${problem}`);
      pressed.push(what);
      el.remove();
    }
  }
  expect(problems, `focus after each press:\n  ${problems.join('\n  ')}\n`).to.deep.equal([]);
  return pressed;
}
