import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from './commands.js';
import '../src/index.js';
import type { KjkFan } from '../src/components/fan/fan.js';
import type { KjkTensionCard } from '../src/components/tension-card/tension-card.js';
import { fanFixture } from './fan-fixture.js';
import { defaultDecks } from '../src/internal/content/default-decks.js';

// Issue 17: step 5 shows five compact tiles that open to the whole card, not five whole cards.

let counter = 0;
const newKey = () => `tiles-${Date.now()}-${counter++}`;
const root = (el: KjkFan) => el.shadowRoot!;
const title = (field: number) => defaultDecks.nl.cards.find((c) => c.id === `tension-${field}`)!.title;

/** The fan's step plan at step 5, its five tension cards rendered. */
async function step5(): Promise<{ el: KjkFan; tiles: KjkTensionCard[] }> {
  const el = await fanFixture({ key: newKey(), lang: 'nl', mode: 'steps' });
  el.state = { ...el.state!, plan: { ...el.state!.plan, step: 5 } };
  await el.updateComplete;
  const tiles = [...root(el).querySelectorAll<KjkTensionCard>('.tensions kjk-tension-card')];
  await Promise.all(tiles.map((t) => t.updateComplete));
  return { el, tiles };
}

const inTile = <T extends Element = HTMLElement>(tile: KjkTensionCard, selector: string) => tile.shadowRoot!.querySelector<T>(selector);

async function press(tile: KjkTensionCard, target: HTMLElement | null, key: string): Promise<void> {
  expect(target, 'the control to press').to.not.equal(null);
  target!.focus();
  await sendKeys({ press: key });
  await tile.updateComplete;
}

afterEach(() => sessionStorage.clear());

describe('step 5: the tension fields as tiles', () => {
  it('shows five short tiles: title, central question and "Dit speelt bij ons" on top, the rest closed', async () => {
    const { el, tiles } = await step5();
    expect(tiles).to.have.length(5);
    for (const [i, tile] of tiles.entries()) {
      expect(tile.compact).to.equal(true);
      expect(inTile(tile, '.card-title')!.textContent).to.equal(title(i + 1));
      expect(inTile(tile, '.question')!.textContent).to.not.equal('');
      // The choice comes before the title, not after the explanation and quotes.
      const check = inTile(tile, '.mark input')!;
      expect(check.compareDocumentPosition(inTile(tile, '.card-title')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(inTile(tile, '.more')!.checkVisibility(), 'explanation and quotes closed').to.equal(false);
      expect(inTile(tile, '.more-toggle')!.getAttribute('aria-expanded')).to.equal('false');
    }
    // Five whole cards were 3,400 px at 1280; the tiles are a fraction of that.
    expect(root(el).querySelector('.tensions')!.getBoundingClientRect().height).to.be.lessThan(1400);
    await expect(el).to.be.accessible();
  });

  it('opens and closes a tile with its button, by keyboard, focus staying on the button', async () => {
    const { el, tiles } = await step5();
    const tile = tiles[3];
    const toggle = inTile<HTMLButtonElement>(tile, '.more-toggle')!;
    expect(toggle.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Uitleg en citaten bij ${title(4)}`);
    expect(toggle.getBoundingClientRect().height).to.be.at.least(44);
    await press(tile, toggle, 'Enter');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const more = inTile(tile, `#${toggle.getAttribute('aria-controls')}`)!;
    expect(more.checkVisibility()).to.equal(true);
    expect(more.querySelectorAll('blockquote').length).to.be.greaterThan(0);
    expect(tile.shadowRoot!.activeElement).to.equal(toggle);
    await expect(el, 'a tile open').to.be.accessible();
    await press(tile, toggle, 'Space');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(more.checkVisibility()).to.equal(false);
    expect(tile.shadowRoot!.activeElement).to.equal(toggle);
  });

  it('a chosen field has a coloured frame and its note on the tile, in the same state the gespreksplan shows', async () => {
    const { el, tiles } = await step5();
    const [plain, tile] = [tiles[0], tiles[1]];
    await press(tile, inTile(tile, '.mark input'), 'Space');
    expect(inTile(tile, '.tile')!.classList.contains('chosen')).to.equal(true);
    const frame = (t: KjkTensionCard) => getComputedStyle(inTile(t, '.tile')!);
    expect(parseFloat(frame(tile).borderInlineStartWidth)).to.be.at.least(3);
    expect(frame(tile).borderInlineStartColor).to.not.equal(frame(plain).borderInlineStartColor);
    // The note is right there on the closed tile, not behind "Uitleg en citaten".
    const note = inTile<HTMLTextAreaElement>(tile, 'textarea')!;
    expect(note.checkVisibility()).to.equal(true);
    expect(inTile(tile, '.more')!.contains(note)).to.equal(false);
    note.focus();
    await sendKeys({ type: 'Oma wil helpen' });
    await el.updateComplete;
    expect(el.state!.tensions['2']).to.deep.equal({ marked: true, note: 'Oma wil helpen' });
    await expect(el, 'a field chosen, with its note').to.be.accessible();
    // The gespreksplan (the last step) lists the field and its note, as before.
    root(el).querySelector<HTMLButtonElement>('.progress li:last-child .dot')!.click();
    await el.updateComplete;
    const plan = root(el).querySelector('.plan')!.textContent!;
    expect(plan).to.contain(title(2)).and.to.contain('Oma wil helpen');
    expect(plan).to.not.contain(title(1));
  });

  it('a tension card on its own stays the whole card unless it is compact', async () => {
    const whole = await fixture<KjkTensionCard>(html`<kjk-tension-card field="3" persist="none"></kjk-tension-card>`);
    expect(whole.shadowRoot!.querySelector('.more-toggle')).to.equal(null);
    expect(whole.shadowRoot!.querySelector('blockquote')!.checkVisibility()).to.equal(true);
    const tile = await fixture<KjkTensionCard>(html`<kjk-tension-card field="3" compact persist="none" lang="en"></kjk-tension-card>`);
    expect(tile.shadowRoot!.querySelector('.more-toggle')!.textContent).to.contain('Explanation and quotes');
    expect(tile.shadowRoot!.querySelector('.mark')!.textContent).to.contain('This plays a part for us');
    await expect(tile).to.be.accessible();
  });
});
