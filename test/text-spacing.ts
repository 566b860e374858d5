/**
 * WCAG 1.4.12 text spacing, as a user's bookmarklet or extension sets it: line height 1.5, letter
 * spacing 0.12em, word spacing 0.16em, paragraph spacing 2em. The rules go into the page and into
 * every shadow root (a page-level rule alone stops at our shadow boundary), then the checks say
 * where text is lost: cut off by a box that hides its overflow, or covered by another element.
 */
import { expect } from '@open-wc/testing';

export const TEXT_SPACING =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } p { margin-bottom: 2em !important }';

const injected = new WeakSet<Document | ShadowRoot>();

function shadowRoots(root: Document | ShadowRoot, found: ShadowRoot[] = []): ShadowRoot[] {
  for (const el of root.querySelectorAll('*')) {
    if (!el.shadowRoot) continue;
    found.push(el.shadowRoot);
    shadowRoots(el.shadowRoot, found);
  }
  return found;
}

/**
 * Adds the spacing rules to the page and to every shadow root not yet given them; call again after
 * a change that renders new elements. Returns how to take them all away.
 */
export function applyTextSpacing(): () => void {
  for (const root of [document, ...shadowRoots(document)]) {
    if (injected.has(root)) continue;
    injected.add(root);
    const style = document.createElement('style');
    style.dataset.textSpacing = '';
    style.textContent = TEXT_SPACING;
    (root === document ? document.head : (root as ShadowRoot)).append(style);
  }
  return removeTextSpacing;
}

export function removeTextSpacing(): void {
  for (const root of [document, ...shadowRoots(document)]) {
    root.querySelectorAll('style[data-text-spacing]').forEach((s) => s.remove());
    injected.delete(root);
  }
}

/** Every element in `host`'s shadow tree and the shadow trees inside it. */
function deepElements(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el, ...deepElements(el.shadowRoot)] : [el]));
}

const hasOwnText = (el: Element) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
const clips = (value: string) => value === 'hidden' || value === 'clip';

/** Text that is there to be read: rendered, not a form field (those scroll) and not visually hidden on purpose. */
function readable(el: Element): boolean {
  if (!(el instanceof HTMLElement) || el.closest('.visually-hidden, textarea, input, select')) return false;
  if (!el.checkVisibility()) return false;
  const rect = el.getBoundingClientRect();
  return rect.width > 1 && rect.height > 1;
}

/**
 * The boxes in `host` that hide overflow and cut off text: a readable text element, or a box
 * around one, whose content (scrollWidth/scrollHeight) is larger than the box (client size).
 * `except`: text a test checks in its own way.
 */
export function clippedText(host: Element, options: { except?: string } = {}): string[] {
  const problems: string[] = [];
  for (const el of deepElements(host.shadowRoot!)) {
    if (!hasOwnText(el) || !readable(el) || (options.except && el.closest(options.except))) continue;
    // The text element itself and every box around it up to the shadow root.
    for (let box: Element | null = el; box; box = box.parentElement) {
      // A 1px box is visually hidden on purpose: text for screen readers only.
      if (box.clientWidth <= 1 && box.clientHeight <= 1) break;
      const style = getComputedStyle(box);
      const x = clips(style.overflowX) && box.scrollWidth > box.clientWidth + 1;
      const y = clips(style.overflowY) && box.scrollHeight > box.clientHeight + 1;
      if (!x && !y) continue;
      const text = (el.textContent ?? '').trim().slice(0, 40);
      problems.push(
        `"${text}" cut off by <${box.localName} class="${box.getAttribute('class') ?? ''}"> (${box.scrollWidth}×${box.scrollHeight} in ${box.clientWidth}×${box.clientHeight})`,
      );
      break;
    }
  }
  return [...new Set(problems)];
}

/**
 * Characters of `label` that another element covers: the centre of every character, found with a
 * Range (it stays the centre however the label is turned), must hit the label itself.
 */
export function coveredCharacters(label: Element): string[] {
  const root = label.getRootNode() as ShadowRoot;
  const text = [...label.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
  if (!text) return [];
  const covered: string[] = [];
  const range = document.createRange();
  for (let i = 0; i < text.textContent!.length; i++) {
    if (!text.textContent![i].trim()) continue;
    range.setStart(text, i);
    range.setEnd(text, i + 1);
    const r = range.getBoundingClientRect();
    const hit = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    if (!hit || !(hit === label || label.contains(hit) || hit.contains(label))) covered.push(`${text.textContent![i]}@${i} under ${hit ? `<${hit.localName} class="${hit.getAttribute('class') ?? ''}">` : `nothing at ${Math.round(r.left)},${Math.round(r.top)}`}`);
  }
  return covered;
}

/** The spacing reached this element: its letter spacing is the user's 0.12em, not the page's or ours. */
export function expectSpacingApplied(el: Element, what: string): void {
  const style = getComputedStyle(el);
  expect(parseFloat(style.letterSpacing), `${what}: letter spacing (${style.letterSpacing} at ${style.fontSize})`).to.be.closeTo(
    0.12 * parseFloat(style.fontSize),
    0.05,
  );
}
