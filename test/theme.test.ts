/**
 * Theming: dark colours follow the user's setting, every --kjk- custom property and ::part
 * restyles, and axe still passes — for every element.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from './commands.js';
import '../src/index.js';
import type { KjkFan } from '../src/components/fan/fan.js';
import { emptyState } from '../src/internal/session/state.js';
import { writeSheet } from '../src/internal/session/sheets.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

async function everyElement(): Promise<HTMLElement> {
  const state = emptyState();
  writeSheet(state, 'octagon', { topic: 'Thema', participants: [{ id: 'p-1', name: '', notes: { why: [{ id: 'n-1', text: 'Een notitie' }] }, figures: [] }], active: 'p-1' });
  const wrapper = await fixture(html`<div>
    <kjk-fan card="tension-2" persist="none"></kjk-fan>
    <kjk-card card="knowledge-2"></kjk-card>
    <kjk-tension-card field="4" persist="none"></kjk-tension-card>
    <kjk-octagon persist="none" .state=${state}></kjk-octagon>
    <kjk-circle-quadrant persist="none"></kjk-circle-quadrant>
  </div>`);
  await Promise.all([...wrapper.children].map((e) => (e as Updatable).updateComplete));
  await settled(wrapper);
  return wrapper as HTMLElement;
}

/** The fan's card rises with a short animation; colours are checked once it has landed. */
async function settled(wrapper: Element): Promise<void> {
  const animations = [...wrapper.children].flatMap((e) => e.shadowRoot?.getAnimations() ?? []);
  await Promise.all(animations.map((a) => a.finished.catch(() => undefined)));
}

const luminance = (rgb: string) => {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
};

describe('theming', () => {
  it('turns dark when the user prefers dark, readable and accessible, and stays light on paper', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const wrapper = await everyElement();
      const card = wrapper.querySelector('kjk-card')!.shadowRoot!.querySelector('article')!;
      expect(luminance(getComputedStyle(card).backgroundColor)).to.be.below(0.2);
      expect(luminance(getComputedStyle(card.querySelector('.body p')!).color)).to.be.above(0.8);
      const slip = wrapper.querySelector('kjk-octagon')!.shadowRoot!.querySelector('.slip')!;
      expect(luminance(getComputedStyle(slip).color), 'a note stays dark text on yellow paper').to.be.below(0.2);
      for (const el of wrapper.children) await expect(el).to.be.accessible();
      const fan = wrapper.querySelector('kjk-fan') as KjkFan;
      fan.open();
      await fan.updateComplete;
      await settled(wrapper);
      await expect(fan).to.be.accessible();
      await emulateMedia({ media: 'print' });
      expect(luminance(getComputedStyle(card).backgroundColor), 'print is light').to.be.above(0.9);
    } finally {
      await emulateMedia({ colorScheme: 'light', media: 'screen' });
    }
  });

  it('takes an organisation\'s colours, radius and font through --kjk- properties and ::part', async () => {
    const style = document.createElement('style');
    style.textContent = `
      .huisstijl { --kjk-section-tension: rgb(21, 66, 115); --kjk-section-tension-ink: rgb(21, 66, 115);
        --kjk-surface: rgb(250, 250, 245); --kjk-radius: 0px; --kjk-font-family: Georgia, serif; --kjk-font-size: 18px; }
      .huisstijl kjk-card::part(title) { text-decoration: underline; }`;
    document.head.append(style);
    try {
      const wrapper = await fixture(html`<div class="huisstijl"><kjk-card card="tension-1"></kjk-card><kjk-tension-card field="1" persist="none"></kjk-tension-card></div>`);
      const card = wrapper.querySelector('kjk-card') as Updatable;
      await card.updateComplete;
      const article = card.shadowRoot!.querySelector('article')!;
      const computed = getComputedStyle(article);
      expect(computed.borderTopColor).to.equal('rgb(21, 66, 115)');
      expect(computed.backgroundColor).to.equal('rgb(250, 250, 245)');
      expect(computed.borderTopLeftRadius).to.equal('0px');
      expect(computed.fontFamily).to.contain('Georgia');
      expect(getComputedStyle(card).fontSize).to.equal('18px');
      expect(getComputedStyle(card.shadowRoot!.querySelector('h2')!).textDecorationLine).to.equal('underline');
      await expect(card).to.be.accessible();
    } finally {
      style.remove();
    }
  });

  it('themes the fan and a worksheet the same way, as the README shows', async () => {
    const style = document.createElement('style');
    style.textContent = `
      .huisstijl { --kjk-table: rgb(240, 244, 248); --kjk-section-work-format: rgb(0, 102, 153);
        --kjk-section-work-format-ink: rgb(0, 82, 122); --kjk-focus: rgb(204, 0, 102); }`;
    document.head.append(style);
    try {
      const wrapper = await fixture(html`<div class="huisstijl">
        <kjk-fan card="work-format-2" persist="none"></kjk-fan><kjk-octagon persist="none"></kjk-octagon></div>`);
      const [fan, octagon] = [...wrapper.children] as Updatable[];
      await Promise.all([fan.updateComplete, octagon.updateComplete]);
      expect(getComputedStyle(fan.shadowRoot!.querySelector('.fan')!).backgroundColor).to.equal('rgb(240, 244, 248)');
      expect(getComputedStyle(fan.shadowRoot!.querySelector('.reader article')!).borderTopColor).to.equal('rgb(0, 102, 153)');
      expect(getComputedStyle(octagon.shadowRoot!.querySelector('#ws-title')!).color).to.equal('rgb(0, 82, 122)');
      await expect(octagon).to.be.accessible();
    } finally {
      style.remove();
    }
  });
});
