/**
 * A `role="toolbar"` with the keyboard (WAI-ARIA APG toolbar pattern): one tab stop, the arrow keys
 * (and Home/End) move among its controls, Tab leaves it and Shift+Tab comes back to the control
 * last used, and Enter still presses.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from './commands.js';
import { deepActiveElement, describeElement, expectFocusOn } from './focus-walker.js';

const TABBABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

export async function expectToolbarKeys(host: HTMLElement & { updateComplete: Promise<unknown> }, selector = '[role="toolbar"]'): Promise<void> {
  const root = host.shadowRoot!;
  const toolbar = root.querySelector<HTMLElement>(selector)!;
  expect(toolbar, selector).to.exist;
  const items = [...toolbar.querySelectorAll<HTMLElement>('button, input')].filter((i) => !(i as HTMLButtonElement).disabled);
  expect(items.length, 'controls in the toolbar').to.be.at.least(3);
  expect(items.filter((i) => i.tabIndex >= 0), 'tab stops in the toolbar').to.have.length(1);

  // Start on the last tab stop before the toolbar, as a user tabbing down the card.
  const before = [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (e) => e.tabIndex >= 0 && !(e as HTMLButtonElement).disabled && e.checkVisibility() && e.compareDocumentPosition(toolbar) & Node.DOCUMENT_POSITION_FOLLOWING && !toolbar.contains(e),
  );
  before.at(-1)!.focus();
  await sendKeys({ press: 'Tab' });
  const entered = deepActiveElement() as HTMLElement;
  expect(toolbar.contains(entered), `Tab enters the toolbar, focus on ${describeElement(entered)}`).to.equal(true);
  const at = items.indexOf(entered);

  await sendKeys({ press: 'ArrowRight' });
  expectFocusOn(items[(at + 1) % items.length], 'ArrowRight:');
  await sendKeys({ press: 'ArrowLeft' });
  expectFocusOn(items[at], 'ArrowLeft:');
  await sendKeys({ press: 'End' });
  expectFocusOn(items.at(-1), 'End:');
  await sendKeys({ press: 'ArrowRight' });
  expectFocusOn(items[0], 'ArrowRight from the last wraps:');
  await sendKeys({ press: 'ArrowLeft' });
  expectFocusOn(items.at(-1), 'ArrowLeft from the first wraps:');
  await sendKeys({ press: 'Home' });
  expectFocusOn(items[0], 'Home:');
  await sendKeys({ press: 'ArrowRight' });
  await host.updateComplete;
  expect(items.filter((i) => i.tabIndex >= 0), 'one tab stop after moving').to.deep.equal([items[1]]);

  await sendKeys({ press: 'Tab' });
  const left = deepActiveElement();
  expect(left && !toolbar.contains(left), `Tab leaves the toolbar, focus on ${describeElement(left)}`).to.equal(true);
  await shiftTab();
  expectFocusOn(items[1], 'Shift+Tab comes back to the control last used:');

  // Enter still presses: the first not-pressed toggle becomes pressed.
  const toggle = items.find((i) => i.getAttribute('aria-pressed') === 'false')!;
  toggle.focus();
  await sendKeys({ press: 'Enter' });
  await host.updateComplete;
  expect(toggle.getAttribute('aria-pressed'), `Enter presses ${describeElement(toggle)}`).to.equal('true');
}
