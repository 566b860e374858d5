/**
 * Windows high contrast (forced colours): every chosen or current control (pressed chip, pen,
 * example, view; current step dot and section) keeps readable content and stays told apart from
 * the ones not chosen. Colours are read from computed styles under Chromium's emulation.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { forcedColors } from './commands.js';
import { itRequires } from './engine.js';
import '../src/index.js';
import type { KjkFan } from '../src/components/fan/fan.js';
import { mount, q, qa } from './worksheet-suite.js';
import type { WorksheetElement } from '../src/internal/worksheet/worksheet-element.js';
import { expectChosenApart, lookOf } from './contrast.js';

const FORMATS = ['kjk-octagon', 'kjk-circle-quadrant', 'kjk-mindmap', 'kjk-look-back', 'kjk-action-card', 'kjk-word-cloud'];

/** Nothing focused: a focus ring is not the chosen state. */
const blur = () => (document.activeElement as HTMLElement | null)?.blur();

/** The chosen one among `controls`, against the first one that is not. */
function expectGroup(label: string, controls: Element[], ink?: (control: Element) => Element): void {
  const chosen = controls.find((c) => ['true', 'step'].includes(c.getAttribute('aria-pressed') ?? c.getAttribute('aria-current') ?? ''));
  const other = controls.find((c) => c !== chosen);
  expect(chosen, `${label}: one is chosen`).to.exist;
  expect(other, `${label}: one is not`).to.exist;
  expectChosenApart(label, lookOf(chosen!, ink?.(chosen!)), lookOf(other!, ink?.(other!)));
}

describe('forced colours: chosen and current states', () => {
  // Each test turns forced colours on itself: where the engine cannot, itRequires has skipped it.
  afterEach(async () => {
    await forcedColors('none');
    sessionStorage.clear();
  });

  itRequires('forced-colors', 'keeps the current step dot and the current section readable and told apart', async () => {
    await forcedColors('active');
    const el = await fixture<KjkFan>(html`<kjk-fan persist="none"></kjk-fan>`);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    el.startSteps();
    await el.updateComplete;
    blur();
    expectGroup('step dot', [...el.shadowRoot!.querySelectorAll('.dot')]);
    el.showCard('knowledge-1');
    await el.updateComplete;
    blur();
    expectGroup('section', [...el.shadowRoot!.querySelectorAll('.section-button')]);
  });

  itRequires('forced-colors', 'keeps the chosen participant, the shared view and its mode readable and told apart in every work format', async () => {
    await forcedColors('active');
    for (const tag of FORMATS) {
      const el = await mount(tag);
      for (let i = 0; i < 2; i++) {
        q<HTMLButtonElement>(el, '[data-action="add-participant"]')!.click();
        await el.updateComplete;
      }
      blur();
      expectGroup(`${tag} participant`, qa(el, '.participant-tabs .chip'));
      const share = q(el, '[data-action="share"]')!;
      const notShared = lookOf(share);
      share.click();
      await el.updateComplete;
      blur();
      expectChosenApart(`${tag} share view`, lookOf(share), notShared);
      expectGroup(`${tag} share mode`, qa(el, '.share-mode .chip'));
      el.remove();
    }
  });

  itRequires('forced-colors', 'keeps the chosen example, tool, pen and width readable and told apart', async () => {
    await forcedColors('active');
    const el: WorksheetElement = await mount('kjk-mindmap');
    q<HTMLButtonElement>(el, '[data-example]')!.click();
    await el.updateComplete;
    blur();
    expectGroup('example', qa(el, '[data-example]'));
    expectGroup('tool', qa(el, '[data-tool]'));
    // A pen's content is its swatch, a width's its sample line.
    expectGroup('pen', qa(el, '[data-pen]'), (c) => c.querySelector('.swatch')!);
    expectGroup('width', qa(el, '[data-width]'), (c) => c.querySelector('.width-sample')!);
    const card = await mount('kjk-action-card');
    blur();
    expectGroup('action card pen', qa(card, '[data-pen]'), (c) => c.querySelector('.swatch')!);
    expectGroup('action card width', qa(card, '[data-width]'), (c) => c.querySelector('.width-sample')!);
  });

  itRequires('forced-colors', 'keeps the chosen word-cloud view readable and told apart', async () => {
    await forcedColors('active');
    const el = await mount('kjk-word-cloud');
    blur();
    expectGroup('cloud view', qa(el, '.cloud-view .chip'));
  });
});
