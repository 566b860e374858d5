import type { CSSResult } from 'lit';

/**
 * Adds styles that arrive with a part loaded later (a worksheet's shared view, the live panel) to
 * a shadow root, once: as a constructed sheet where the browser has them, else as a <style> with
 * Lit's nonce, so a strict CSP still applies them.
 */
export function adoptStyles(root: ShadowRoot, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (sheet && 'adoptedStyleSheets' in root) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  if ([...root.querySelectorAll('style')].some((style) => style.textContent === styles.cssText)) return;
  const style = document.createElement('style');
  const nonce = (globalThis as { litNonce?: string }).litNonce;
  if (nonce) style.setAttribute('nonce', nonce);
  style.textContent = styles.cssText;
  root.appendChild(style);
}
