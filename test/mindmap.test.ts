import { expect } from '@open-wc/testing';
import { narrow, sendKeys, touchPath } from './commands.js';
import { mount, press, q, qa, runWorksheetSuite, typeNote } from './worksheet-suite.js';
import { chooseFile, clickOn, dragMouse, drawLine, pictureFile, selectedText, until, userSelect } from './dom-helpers.js';
import type { WorksheetElement } from '../src/internal/worksheet/worksheet-element.js';
import type { Drawing, MapItem } from '../src/internal/session/state.js';
import { writeSheet } from '../src/internal/session/sheets.js';
import { expectToolbarKeys } from './toolbar-keys.js';

runWorksheetSuite({ tag: 'kjk-mindmap', kind: 'mindmap', title: 'Beeldvormen', zones: ['images', 'colours', 'moods', 'questions'] });

/** A photo as a phone makes it: large, and over 5 MB as a file. */
async function bigPhoto(): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 3200;
  canvas.height = 2400;
  const context = canvas.getContext('2d')!;
  const image = context.createImageData(canvas.width, canvas.height);
  let seed = 7;
  for (let i = 0; i < image.data.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    image.data[i] = i % 4 === 3 ? 255 : seed >> 23;
  }
  context.putImageData(image, 0, 0);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/jpeg', 1));
  return new File([blob], 'foto.jpg', { type: 'image/jpeg' });
}

async function addPicture(el: WorksheetElement, file: File): Promise<void> {
  // The status line may already speak (a note was added): wait for what the picture says.
  const was = q(el, '.status')!.textContent;
  chooseFile(q<HTMLInputElement>(el, '#picture')!, file);
  await until(() => q(el, '.status')!.textContent !== was, 300);
  await el.updateComplete;
}

/** A small stored photo (a JPEG data URL), as the mind map keeps one. */
async function pictureDataUrl(): Promise<string> {
  const canvas = document.createElement('canvas');
  canvas.width = 40;
  canvas.height = 40;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#3a7';
  context.fillRect(0, 0, 40, 40);
  return canvas.toDataURL('image/jpeg', 0.8);
}

/** Waits until every picture canvas has been painted. */
async function painted(el: WorksheetElement): Promise<void> {
  await until(() => qa<HTMLCanvasElement>(el, 'canvas[data-picture]').every((c) => c.dataset.painted));
}

export const items = (el: WorksheetElement) => el.worksheet.participants[0].drawing?.items ?? [];

/** Fills session storage until only about `free` characters are left. */
function fillStorage(free: number): void {
  const stored: Array<[string, number]> = [];
  for (const size of [1_000_000, 100_000, 10_000, 1_000]) {
    try {
      for (;;) {
        const key = `filler-${stored.length}`;
        sessionStorage.setItem(key, 'x'.repeat(size));
        stored.push([key, size]);
      }
    } catch {
      // full at this size: go on with smaller pieces
    }
  }
  for (let freed = 0; freed < free; ) {
    const [key, size] = stored.pop()!;
    sessionStorage.removeItem(key);
    freed += size;
  }
}

describe('<kjk-mindmap>', () => {
  afterEach(() => sessionStorage.clear());

  it('puts the chosen central concept in the middle; the card\'s examples are one press away', async () => {
    const el = await mount('kjk-mindmap');
    expect(q(el, '.topic label')!.textContent).to.equal('Kernbegrip');
    expect(qa(el, '[data-example]').map((b) => b.textContent!.trim())).to.deep.equal(['eigen kracht', 'regie voeren', 'samenwerken', 'professionele speelruimte']);
    await press(el, q(el, '[data-example="regie voeren"]'), 'Enter');
    expect(q<HTMLInputElement>(el, '#topic')!.value).to.equal('regie voeren');
    expect(q(el, '.centre-text')!.textContent).to.equal('regie voeren');
    expect(q(el, '[data-example="regie voeren"]')!.getAttribute('aria-pressed')).to.equal('true');
    expect(q(el, '.open-questions')!.textContent).to.contain('Wat zie ik hier precies?');
    await expect(el).to.be.accessible();
  });

  it('draws with pens in colours and widths, undoes, and keeps the drawing after a reload', async () => {
    const key = `mm-${Date.now()}`;
    const el = await mount('kjk-mindmap', { key });
    const svg = q(el, '.sheet svg.drawing')!;
    await press(el, q(el, '[data-pen="green"]'), 'Enter');
    await press(el, q(el, '[data-width="10"]'), 'Enter');
    await drawLine(svg, [0.1, 0.2], [0.3, 0.8]);
    await drawLine(svg, [0.6, 0.2], [0.9, 0.4]);
    await el.updateComplete;
    const strokes = el.worksheet.participants[0].drawing!.strokes;
    expect(strokes).to.have.length(2);
    expect(strokes[0]).to.include({ pen: 'green', width: 10 });
    await press(el, q(el, '[data-action="undo"]'), 'Enter');
    expect(qa(el, '.sheet path.stroke')).to.have.length(1);
    await expect(el).to.be.accessible();
    el.remove();
    const again = await mount('kjk-mindmap', { key });
    expect(qa(again, '.sheet path.stroke')).to.have.length(1);
    expect(q(again, '.sheet path.stroke')!.classList.contains('pen-green')).to.equal(true);
  });

  it('says where a moved item is now, in words: "linksboven", "in het midden"', async () => {
    const el = await mount('kjk-mindmap');
    const live = () => q(el, '.status[role="status"]')!.textContent!.trim();
    await press(el, q(el, '[data-action="add-pictogram"]'), 'Enter');
    await press(el, q(el, '[data-pictogram="bridge"]'), 'Enter');
    expect(live()).to.contain('Brug');
    // The first item lies above the centre.
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(live()).to.equal('"Brug" staat nu bovenaan.');
    for (let i = 0; i < 10; i++) await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(live()).to.equal('"Brug" staat nu linksboven.');
    for (let i = 0; i < 8; i++) await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(live()).to.equal('"Brug" staat nu links.');
    for (let i = 0; i < 10; i++) await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(live()).to.equal('"Brug" staat nu in het midden.');
    el.lang = 'en';
    await el.updateComplete;
    q<SVGGElement>(el, '[data-item]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(live()).to.equal('"Bridge" is now in the middle.');
  });

  it('pictogram buttons are at least 44 × 44 px', async () => {
    const el = await mount('kjk-mindmap');
    await press(el, q(el, '[data-action="add-pictogram"]'), 'Enter');
    for (const button of qa(el, '[data-pictogram]')) {
      const box = button.getBoundingClientRect();
      expect(Math.min(box.width, box.height), button.getAttribute('aria-label')!).to.be.at.least(44);
    }
  });

  it('makes its drawing toolbar one tab stop: arrow keys, Home and End move among the tools, Tab leaves', async () => {
    const el = await mount('kjk-mindmap');
    await drawLine(q(el, '.sheet svg.drawing')!, [0.1, 0.2], [0.3, 0.8]);
    await el.updateComplete;
    expect(q<HTMLButtonElement>(el, '[data-action="undo"]')!.disabled, 'undo takes part once there is a line').to.equal(false);
    await expectToolbarKeys(el, '.sketch-tools');
  });

  it('adds, moves, resizes, describes and removes a pictogram by keyboard alone', async () => {
    const el = await mount('kjk-mindmap');
    await press(el, q(el, '[data-action="add-pictogram"]'), 'Enter');
    expect(qa(el, '[data-pictogram]').length).to.be.greaterThanOrEqual(12);
    await expect(el).to.be.accessible();
    await press(el, q(el, '[data-pictogram="bridge"]'), 'Enter');
    const item = items(el)[0];
    expect(item).to.include({ kind: 'pictogram', name: 'bridge' });
    const node = q(el, `[data-item="${item.id}"]`)!;
    expect(el.shadowRoot!.activeElement).to.equal(node);
    expect(node.getAttribute('aria-label')).to.contain('Brug');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(items(el)[0].x).to.equal(item.x + 16);
    expect(items(el)[0].y).to.equal(item.y - 8);
    await sendKeys({ press: '+' });
    await el.updateComplete;
    expect(items(el)[0].size).to.be.greaterThan(item.size);
    expect(q(el, '.status[role="status"]')!.textContent).to.contain('Het plaatje is groter gemaakt');
    const description = q<HTMLInputElement>(el, `[data-description="${item.id}"]`)!;
    description.focus();
    await sendKeys({ type: 'Samen over de brug <b>' });
    await el.updateComplete;
    expect(q(el, `[data-item="${item.id}"]`)!.getAttribute('aria-label')).to.contain('Samen over de brug <b>');
    expect(el.toText()).to.contain('- Samen over de brug <b>');
    await expect(el).to.be.accessible();
    q<SVGGElement>(el, `[data-item="${item.id}"]`)!.focus();
    await sendKeys({ press: 'Delete' });
    await el.updateComplete;
    expect(items(el)).to.have.length(0);
    expect(el.shadowRoot!.activeElement).to.equal(q(el, '[data-action="add-pictogram"]'));
  });

  it('moves a picture by pointer in the move tool', async () => {
    const el = await mount('kjk-mindmap');
    await press(el, q(el, '[data-action="add-pictogram"]'), 'Enter');
    await press(el, q(el, '[data-pictogram="sun"]'), 'Enter');
    await press(el, q(el, '[data-tool="move"]'), 'Enter');
    const before = items(el)[0];
    const box = q(el, `[data-item="${before.id}"]`)!.getBoundingClientRect();
    const svg = q(el, '.sheet svg.drawing')!.getBoundingClientRect();
    const from: [number, number] = [(box.left + box.width / 2 - svg.left) / svg.width, (box.top + box.height / 2 - svg.top) / svg.height];
    await drawLine(q(el, '.sheet svg.drawing')!, from, [from[0] - 0.2, from[1] + 0.1]);
    await el.updateComplete;
    expect(items(el)[0].x).to.be.lessThan(before.x - 40);
    expect(items(el)[0].y).to.be.greaterThan(before.y + 10);
    expect(el.worksheet.participants[0].drawing!.strokes).to.have.length(0);
    expect(q(el, `[data-item="${before.id}"]`)!.getAttribute('aria-pressed'), 'a drag is not a tap: nothing picked').to.equal('false');
  });

  describe('moving a picture without dragging (WCAG 2.5.7)', () => {
    /** A mind map with a sun pictogram on it, the sheet in view for the real mouse. */
    async function withSun(): Promise<WorksheetElement> {
      const el = await mount('kjk-mindmap');
      await press(el, q(el, '[data-action="add-pictogram"]'), 'Enter');
      await press(el, q(el, '[data-pictogram="sun"]'), 'Enter');
      q(el, '.sheet svg.drawing')!.scrollIntoView({ block: 'center' });
      return el;
    }
    const item = (el: WorksheetElement) => q<SVGGElement>(el, '[data-item]')!;
    const said = (el: WorksheetElement) => q(el, '.status[role="status"]')!.textContent!.trim();
    const description = (el: WorksheetElement) =>
      item(el).getAttribute('aria-describedby')!.split(' ').map((id) => el.shadowRoot!.getElementById(id)!.textContent).join(' ');
    async function click(el: WorksheetElement, node: Element, point?: [number, number]): Promise<void> {
      await clickOn(node, point);
      await el.updateComplete;
    }
    const map = (el: WorksheetElement) => q(el, '.sheet svg.drawing')!;

    it('says that a picture can be moved, and what Enter does', async () => {
      const el = await withSun();
      expect(item(el).getAttribute('aria-label')).to.equal('Verplaatsbare afbeelding Zon');
      expect(item(el).getAttribute('aria-pressed')).to.equal('false');
      expect(description(el)).to.equal('Enter: kies een plek. Pijltjestoetsen: verplaatsen. + en -: groter en kleiner. Delete: verwijderen.');
    });

    it('picks a picture with a click and puts it where the next click lands; the click alone moves nothing', async () => {
      const el = await withSun();
      await press(el, q(el, '[data-tool="move"]'), 'Enter');
      const before = { ...items(el)[0] };
      await click(el, item(el));
      expect(item(el).getAttribute('aria-pressed'), 'picked').to.equal('true');
      expect(items(el)[0]).to.include({ x: before.x, y: before.y });
      expect(said(el)).to.equal('"Zon" is gekozen om te verplaatsen. Tik op een plek op de mindmap, of gebruik de knoppen.');
      await click(el, map(el), [-150, 100]);
      expect(items(el)[0].x).to.be.closeTo(-150, 3);
      expect(items(el)[0].y).to.be.closeTo(100, 3);
      expect(said(el)).to.equal('"Zon" staat nu linksonder.');
      expect(item(el).getAttribute('aria-pressed')).to.equal('false');
      expect(q(el, '.pick-panel')).to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal(item(el));
      expect(el.worksheet.participants[0].drawing!.strokes, 'nothing drawn').to.have.length(0);
      // A second click on a picked picture lets go of it.
      await click(el, item(el));
      await click(el, item(el));
      expect(item(el).getAttribute('aria-pressed')).to.equal('false');
      expect(items(el)[0].x).to.be.closeTo(-150, 3);
    });

    it('moves a picked picture with buttons of at least 44 px, a step at a time or to the middle', async () => {
      const el = await withSun();
      await press(el, item(el), 'Enter');
      expect(q(el, '[data-tool="move"]')!.getAttribute('aria-pressed'), 'picking takes the move tool').to.equal('true');
      const buttons = qa(el, '.pick-panel button');
      expect(buttons.map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        '↑ Omhoog', '↓ Omlaag', '← Naar links', '→ Naar rechts', 'Naar het midden', 'Klaar met verplaatsen',
      ]);
      for (const button of buttons) {
        const box = button.getBoundingClientRect();
        expect(Math.min(box.width, box.height), button.textContent!).to.be.at.least(44);
      }
      await expect(el).to.be.accessible();
      const before = { ...items(el)[0] };
      await click(el, q(el, '[data-move="right"]')!);
      expect(items(el)[0]).to.include({ x: before.x + 24, y: before.y });
      await click(el, q(el, '[data-move="down"]')!);
      expect(items(el)[0]).to.include({ x: before.x + 24, y: before.y + 24 });
      expect(item(el).getAttribute('aria-pressed'), 'still picked').to.equal('true');
      await click(el, q(el, '[data-move="centre"]')!);
      expect(items(el)[0]).to.include({ x: 0, y: 0 });
      expect(said(el)).to.equal('"Zon" staat nu in het midden.');
      await click(el, q(el, '[data-action="pick-done"]')!);
      expect(item(el).getAttribute('aria-pressed')).to.equal('false');
      expect(el.shadowRoot!.activeElement, 'focus back on the picture').to.equal(item(el));
    });

    it('Enter picks, arrows move, Escape puts it back; Space picks, Enter leaves it there', async () => {
      const el = await withSun();
      const before = { ...items(el)[0] };
      item(el).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(item(el).getAttribute('aria-pressed')).to.equal('true');
      expect(description(el)).to.contain('Escape: terugzetten');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(items(el)[0].y).to.equal(before.y + 8);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(items(el)[0]).to.include({ x: before.x, y: before.y });
      expect(item(el).getAttribute('aria-pressed')).to.equal('false');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(item(el).getAttribute('aria-pressed')).to.equal('true');
      for (let i = 0; i < 30; i++) await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(item(el).getAttribute('aria-pressed')).to.equal('false');
      expect(items(el)[0].x).to.equal(-200);
      expect(said(el)).to.match(/^"Zon" staat nu (linksboven|links)\.$/);
      expect(el.shadowRoot!.activeElement).to.equal(item(el));
    });
  });

  it('the topic in the middle of the map reads at 12 px or more on a 272 px wide map, a long one ending in "…"', async () => {
    const el = await mount('kjk-mindmap', { topic: 'Hoe betrekken we het netwerk van het gezin bij de school' });
    el.style.width = '272px';
    await el.updateComplete;
    const svg = q<SVGSVGElement>(el, '.sheet svg.drawing')!;
    const words = q(el, '.centre-words')!;
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const shown = parseFloat(getComputedStyle(words).fontSize) * scale;
    expect(shown, 'topic size in CSS px').to.be.at.least(12);
    // Clipped at whole lines inside the ellipse, not cut through a line.
    expect(words.scrollHeight > words.clientHeight, 'long topic is clamped').to.equal(true);
    expect(q(el, '.centre-text')!.getBoundingClientRect().height).to.be.at.least(words.getBoundingClientRect().height);
  });

  it('selects no text while a picture is dragged or a drag starts on the central concept', async () => {
    const el = await mount('kjk-mindmap', { topic: 'Samen sterk' });
    await press(el, q(el, '[data-action="add-pictogram"]'), 'Enter');
    await press(el, q(el, '[data-pictogram="sun"]'), 'Enter');
    await press(el, q(el, '[data-tool="move"]'), 'Enter');
    const svg = q(el, '.sheet svg.drawing')!;
    svg.scrollIntoView({ block: 'center' });
    const item = q(el, '[data-item]')!.getBoundingClientRect();
    const centre = q(el, '.centre-text')!.getBoundingClientRect();
    const heading = q(el, '.zone h3')!.getBoundingClientRect();
    await dragMouse([item.x + item.width / 2, item.y + item.height / 2], [centre.x + centre.width / 2, centre.y + centre.height / 2], () => {
      for (const node of [q(el, '.centre-text')!, q(el, '.zones')!]) {
        const style = getComputedStyle(node);
        expect(style.getPropertyValue('-webkit-user-select'), node.className).to.equal('none');
        expect(userSelect(style), node.className).to.equal('none');
      }
    });
    await dragMouse([centre.x + 4, centre.y + centre.height / 2], [heading.x + heading.width / 2, heading.y + heading.height / 2], () => {});
    await el.updateComplete;
    expect(selectedText(el)).to.equal('');
  });

  it('"Afbeelding toevoegen" is a button in the drawing toolbar that opens the file chooser', async () => {
    const el = await mount('kjk-mindmap');
    const add = q<HTMLButtonElement>(el, '[data-action="add-picture"]')!;
    const input = q<HTMLInputElement>(el, '#picture')!;
    expect(add.localName).to.equal('button');
    // Reached like every tool: Tab into the toolbar, then the arrow keys (roving tabindex).
    expect(add.closest('[role="toolbar"]')).to.exist;
    // The file input itself stays out of sight and out of the tab order: the button is its one way in.
    expect(input.hidden).to.equal(true);
    let opened = 0;
    // A click on a file input is what opens the chooser; stop it there so no dialog opens in the test.
    input.addEventListener('click', (event) => {
      opened++;
      event.preventDefault();
    });
    add.focus();
    await sendKeys({ press: 'Enter' });
    expect(opened).to.equal(1);
  });

  it('downscales a 5 MB photo before it is stored, keeps it on the device and after a reload', async function () {
    this.timeout(30000);
    const key = `photo-${Date.now()}`;
    const el = await mount('kjk-mindmap', { key });
    const photo = await bigPhoto();
    expect(photo.size).to.be.greaterThan(5_000_000);
    await addPicture(el, photo);
    expect(q(el, '.status')!.textContent).to.contain('verkleind');
    const picture = items(el)[0];
    expect(picture.kind).to.equal('picture');
    const src = picture.kind === 'picture' ? picture.src : '';
    expect(src).to.match(/^data:image\/jpeg;base64,/);
    expect(src.length, 'stored characters').to.be.lessThan(200_000);
    const image = new Image();
    image.src = src;
    await image.decode();
    expect(Math.max(image.naturalWidth, image.naturalHeight)).to.be.at.most(800);
    expect(picture.kind === 'picture' && picture.ratio).to.be.closeTo(4 / 3, 0.01);
    // Painted on a canvas (a strict CSP blocks data: images), at the stored size.
    await painted(el);
    expect(q<HTMLCanvasElement>(el, 'svg.drawing canvas[data-picture]')!.width).to.equal(image.naturalWidth);
    await expect(el).to.be.accessible();
    el.remove();
    const again = await mount('kjk-mindmap', { key });
    expect(again.worksheet.participants[0].drawing!.items[0]).to.deep.equal(picture);
    await painted(again);
    expect(q<HTMLCanvasElement>(again, 'svg.drawing canvas[data-picture]')!.width).to.equal(image.naturalWidth);
  });

  it('refuses a file that is not a picture, and says so', async () => {
    const el = await mount('kjk-mindmap');
    await addPicture(el, new File(['<svg onload="alert(1)">'], 'plaatje.png', { type: 'image/png' }));
    expect(q(el, '.status')!.textContent).to.contain('geen foto of plaatje');
    expect(items(el)).to.have.length(0);
  });

  it('reports a full storage quota in plain words and loses nothing already saved', async function () {
    this.timeout(30000);
    const key = `quota-${Date.now()}`;
    const el = await mount('kjk-mindmap', { key });
    const photo = await bigPhoto();
    fillStorage(20_000);
    try {
      await typeNote(el, 'images', 'Een brug tussen ons');
      const saved = sessionStorage.getItem(`kjk-session:${key}`)!;
      expect(saved).to.contain('Een brug tussen ons');
      await addPicture(el, photo);
      expect(q(el, '.status')!.textContent).to.contain('opslag van deze browser is vol');
      expect(q(el, '.status')!.classList.contains('error')).to.equal(true);
      // On screen the photo is there; in storage the last saved state is untouched.
      expect(q(el, 'svg.drawing canvas[data-picture]')).to.exist;
      expect(sessionStorage.getItem(`kjk-session:${key}`)).to.equal(saved);
      await expect(el).to.be.accessible();
      // Removing the photo makes room: saving works again.
      await press(el, q(el, '[data-action="remove-item"]'), 'Enter');
      await typeNote(el, 'moods', 'rustig');
      expect(sessionStorage.getItem(`kjk-session:${key}`)).to.contain('rustig');
    } finally {
      sessionStorage.clear();
    }
  });

  it('refuses an imported mind map whose picture is not a stored photo, and changes nothing', async () => {
    const el = await mount('kjk-mindmap');
    await typeNote(el, 'images', 'blijft staan');
    const before = structuredClone(el.worksheet);
    const file = JSON.parse(el.toJson());
    file.worksheet.participants[0].drawing = {
      strokes: [],
      items: [{ kind: 'picture', id: 'i-1', src: 'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+', x: 0, y: 0, size: 50, ratio: 1, description: '' }],
    };
    const was = q(el, '.status')!.textContent;
    chooseFile(q<HTMLInputElement>(el, '#import')!, new File([JSON.stringify(file)], 'mindmap.json'));
    await until(() => q(el, '.status')!.textContent !== was);
    expect(q(el, '.status')!.textContent).to.contain('beschadigd').and.to.contain('niets veranderd');
    expect(el.worksheet).to.deep.equal(before);
    expect(q(el, 'svg.drawing canvas, svg.drawing image')).to.equal(null);
  });

  it('keeps a stored mind map with a broken drawing untouched, says so, and still works', async () => {
    const key = `broken-${Date.now()}`;
    const broken = JSON.stringify({
      version: 2,
      plan: { step: 1, goals: { chosen: [], own: [] }, partners: { chosen: [], own: [] }, moments: { chosen: [], own: [] }, workFormat: null, actions: [] },
      tensions: {},
      worksheets: {
        mindmap: { topic: '', active: 'p-1', participants: [{ id: 'p-1', name: '', notes: {}, figures: [], drawing: { strokes: [{ id: 's-1', pen: 'url(#x)', width: 5, d: 'M0 0 L1 1' }], items: [] } }] },
      },
    });
    sessionStorage.setItem(`kjk-session:${key}`, broken);
    const el = await mount('kjk-mindmap', { key });
    expect(q(el, '.problem')!.textContent).to.contain('konden niet worden gelezen');
    await typeNote(el, 'images', 'toch verder');
    expect(sessionStorage.getItem(`kjk-session:${key}`)).to.equal(broken);
  });

  it('says in plain words when the mind map holds as many pictures as it can', async () => {
    const el = await mount('kjk-mindmap');
    const state = structuredClone(el.state!);
    writeSheet(state, 'mindmap', {
      topic: '',
      active: 'p-1',
      participants: [{
        id: 'p-1', name: '', notes: {}, figures: [],
        drawing: { strokes: [], items: Array.from({ length: 40 }, (_, i) => ({ kind: 'pictogram' as const, id: `i-${i}`, name: 'star', pen: 'ink' as const, x: 0, y: 0, size: 20, description: '' })) },
      }],
    });
    el.state = state;
    await el.updateComplete;
    await press(el, q(el, '[data-action="add-pictogram"]'), 'Enter');
    await press(el, q(el, '[data-pictogram="heart"]'), 'Enter');
    expect(q(el, '.status')!.textContent).to.contain('niet meer dan 40 beelden');
    expect(items(el)).to.have.length(40);
  });

  describe('placing and layering (issue 17)', () => {
    /** A mind map holding this drawing, as a stored session would bring it. */
    async function withDrawing(drawing: Drawing): Promise<WorksheetElement> {
      const el = await mount('kjk-mindmap', { topic: 'Samen sterk' });
      const state = structuredClone(el.state!);
      writeSheet(state, 'mindmap', { topic: 'Samen sterk', active: 'p-1', participants: [{ id: 'p-1', name: '', notes: {}, figures: [], drawing }] });
      el.state = state;
      await el.updateComplete;
      q(el, '.sheet svg.drawing')!.scrollIntoView({ block: 'center' });
      return el;
    }
    /** The box an item takes on the map, in sheet units. */
    const box = (i: MapItem) => {
      const ratio = i.kind === 'picture' ? i.ratio : 1;
      const [w, h] = ratio >= 1 ? [i.size, i.size / ratio] : [i.size * ratio, i.size];
      return { left: i.x - w / 2, right: i.x + w / 2, top: i.y - h / 2, bottom: i.y + h / 2 };
    };
    /** The item (or stroke) painted on top at a point of the map, in sheet units. */
    const topAt = (el: WorksheetElement, x: number, y: number): Element | null => {
      const svg = q<SVGSVGElement>(el, '.sheet svg.drawing')!;
      svg.scrollIntoView({ block: 'center' });
      const p = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM()!);
      return el.shadowRoot!.elementFromPoint(p.x, p.y);
    };
    const sun = { kind: 'pictogram', id: 'i-sun', name: 'sun', pen: 'orange', x: 40, y: 0, size: 60, description: '' } as const;
    const heart = { kind: 'pictogram', id: 'i-heart', name: 'heart', pen: 'red', x: 40, y: 0, size: 60, description: '' } as const;
    const line = { id: 's-1', pen: 'blue', width: 10, d: 'M-150 -100 L150 -100' } as const;

    it('puts new pictograms and pictures in free space near the centre, none on another, all on the map', async () => {
      const el = await mount('kjk-mindmap');
      for (const name of ['heart', 'house', 'people', 'sun', 'star', 'key', 'eye', 'bridge']) {
        await press(el, q(el, '[data-action="add-pictogram"]'), 'Enter');
        await press(el, q(el, `[data-pictogram="${name}"]`), 'Enter');
      }
      await addPicture(el, await pictureFile(400, 300));
      await addPicture(el, await pictureFile(300, 400));
      const all = items(el);
      expect(all).to.have.length(10);
      const boxes = all.map(box);
      for (const [i, b] of boxes.entries()) {
        expect(b.left, `${i} inside`).to.be.at.least(-200);
        expect(b.right, `${i} inside`).to.be.at.most(200);
        expect(b.top, `${i} inside`).to.be.at.least(-150);
        expect(b.bottom, `${i} inside`).to.be.at.most(150);
        // Clear of the central concept (its ellipse: 72 × 34 around the middle).
        expect(b.right < -72 || b.left > 72 || b.bottom < -34 || b.top > 34, `${i} off the concept`).to.equal(true);
        for (const [j, c] of boxes.entries()) {
          if (j <= i) continue;
          const apart = b.right <= c.left || c.right <= b.left || b.bottom <= c.top || c.bottom <= b.top;
          expect(apart, `${all[i].kind} ${i} and ${all[j].kind} ${j} do not overlap`).to.equal(true);
        }
      }
      // Near the centre: the first one is no further out than it needs to be.
      expect(Math.abs(all[0].y) + Math.abs(all[0].x), 'the first lands by the concept').to.be.below(120);
    });

    it('does not put a new pictogram on one already there after another was removed', async () => {
      const el = await mount('kjk-mindmap');
      for (const name of ['heart', 'sun']) {
        await press(el, q(el, '[data-action="add-pictogram"]'), 'Enter');
        await press(el, q(el, `[data-pictogram="${name}"]`), 'Enter');
      }
      q<SVGGElement>(el, `[data-item="${items(el)[0].id}"]`)!.focus();
      await sendKeys({ press: 'Delete' });
      await el.updateComplete;
      expect(items(el)).to.have.length(1);
      for (const name of ['star', 'key']) {
        await press(el, q(el, '[data-action="add-pictogram"]'), 'Enter');
        await press(el, q(el, `[data-pictogram="${name}"]`), 'Enter');
      }
      const spots = items(el).map((i) => `${i.x},${i.y}`);
      expect(new Set(spots).size, spots.join(' ')).to.equal(3);
    });

    it('paints pictures under the pen lines and pictograms over them', async () => {
      const photo = { kind: 'picture', id: 'i-photo', src: await pictureDataUrl(), ratio: 1, x: -100, y: -100, size: 80, description: 'Foto 1' } as const;
      const el = await withDrawing({ strokes: [line], items: [{ ...sun, x: 100, y: -100 }, photo] });
      await press(el, q(el, '[data-tool="move"]'), 'Enter');
      const order = [...q(el, '.sheet svg.drawing')!.children].map((n) => n.getAttribute('data-item') ?? n.getAttribute('class'));
      expect(order.indexOf('i-photo'), 'picture before the lines').to.be.below(order.indexOf('strokes'));
      expect(order.indexOf('i-sun'), 'pictogram after the lines').to.be.above(order.indexOf('strokes'));
      expect(topAt(el, -100, -100)!.closest('.strokes'), 'the line is seen on the photo').to.exist;
      expect(topAt(el, 100, -100)!.closest('[data-item]')!.getAttribute('data-item'), 'the sun covers the line').to.equal('i-sun');
    });

    it('brings the picked item to the front, and puts it back in its layer when let go', async () => {
      const el = await withDrawing({ strokes: [], items: [sun, heart] });
      // The move tool: the pen's drawing surface would lie on top of everything.
      await press(el, q(el, '[data-tool="move"]'), 'Enter');
      expect(topAt(el, 40, 0)!.closest('[data-item]')!.getAttribute('data-item'), 'the later one lies on top').to.equal('i-heart');
      const sunNode = q<SVGGElement>(el, '[data-item="i-sun"]')!;
      sunNode.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const itemsNow = () => qa(el, '.sheet svg.drawing > [data-item]').map((n) => n.getAttribute('data-item'));
      expect(itemsNow(), 'picked: rendered last').to.deep.equal(['i-heart', 'i-sun']);
      expect(topAt(el, 40, 0)!.closest('[data-item]')!.getAttribute('data-item'), 'picked: painted on top').to.equal('i-sun');
      expect(el.shadowRoot!.activeElement?.getAttribute('data-item'), 'keeps focus while raised').to.equal('i-sun');
      // Keyboard moves still work on the raised item.
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(items(el).find((i) => i.id === 'i-sun')!.x).to.equal(48);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(itemsNow(), 'let go: back in its place').to.deep.equal(['i-sun', 'i-heart']);
      expect(el.shadowRoot!.activeElement?.getAttribute('data-item')).to.equal('i-sun');
      expect(items(el).map((i) => i.id), 'the stored order is untouched').to.deep.equal(['i-sun', 'i-heart']);
      // Picked with a click, it comes to the front too.
      await clickOn(q(el, '.sheet svg.drawing')!, [20, 0]);
      await el.updateComplete;
      expect(q(el, '[data-item="i-heart"]')!.getAttribute('aria-pressed')).to.equal('true');
      expect(itemsNow()).to.deep.equal(['i-sun', 'i-heart']);
    });

    it('with the pen, a tap on a picture picks it and a drag from it draws (mouse)', async () => {
      const el = await withDrawing({ strokes: [], items: [sun] });
      expect(q(el, '[data-tool="pen"]')!.getAttribute('aria-pressed')).to.equal('true');
      await clickOn(q(el, '.sheet svg.drawing')!, [40, 0]);
      await el.updateComplete;
      expect(q(el, '[data-item="i-sun"]')!.getAttribute('aria-pressed'), 'picked').to.equal('true');
      expect(el.worksheet.participants[0].drawing!.strokes, 'no dot drawn').to.have.length(0);
      expect(el.shadowRoot!.activeElement?.getAttribute('data-item')).to.equal('i-sun');
      // Back to the pen: a drag that starts on the sun draws a line and picks nothing.
      await press(el, q(el, '[data-action="pick-done"]'), 'Enter');
      await press(el, q(el, '[data-tool="pen"]'), 'Enter');
      await drawLine(q(el, '.sheet svg.drawing')!, [0.6, 0.5], [0.8, 0.7]);
      await el.updateComplete;
      expect(el.worksheet.participants[0].drawing!.strokes).to.have.length(1);
      expect(q(el, '[data-item="i-sun"]')!.getAttribute('aria-pressed')).to.equal('false');
      // A tap beside any picture still draws a dot.
      await clickOn(q(el, '.sheet svg.drawing')!, [-150, 100]);
      await el.updateComplete;
      expect(el.worksheet.participants[0].drawing!.strokes).to.have.length(2);
    });

    it('with the pen, a finger tap on a picture picks it and a finger drag from it draws (touch)', async () => {
      const el = await withDrawing({ strokes: [], items: [sun] });
      const svg = q<SVGSVGElement>(el, '.sheet svg.drawing')!;
      const at = (x: number, y: number): [number, number] => {
        const p = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM()!);
        return [Math.round(p.x), Math.round(p.y)];
      };
      await touchPath([at(40, 0), at(41, 1)]);
      await until(() => q(el, '[data-item="i-sun"]')!.getAttribute('aria-pressed') === 'true');
      expect(q(el, '[data-item="i-sun"]')!.getAttribute('aria-pressed'), 'picked by a tap').to.equal('true');
      expect(el.worksheet.participants[0].drawing!.strokes, 'no dot drawn').to.have.length(0);
      await press(el, q(el, '[data-action="pick-done"]'), 'Enter');
      await press(el, q(el, '[data-tool="pen"]'), 'Enter');
      svg.scrollIntoView({ block: 'center' });
      await touchPath([at(40, 0), at(60, 10), at(80, 20), at(100, 40)]);
      await until(() => el.worksheet.participants[0].drawing!.strokes.length > 0);
      expect(el.worksheet.participants[0].drawing!.strokes, 'a drag draws').to.have.length(1);
      expect(q(el, '[data-item="i-sun"]')!.getAttribute('aria-pressed')).to.equal('false');
    });

    it('at 320 px the map spans the whole element and a finger draws on it', async function () {
      await narrow(this, 320, 640, async () => {
        const el = await mount('kjk-mindmap');
        const svg = q<SVGSVGElement>(el, '.sheet svg.drawing')!;
        svg.scrollIntoView({ block: 'center' });
        const map = svg.getBoundingClientRect();
        const host = el.getBoundingClientRect();
        expect(map.left, 'edge to edge').to.be.closeTo(host.left, 1.5);
        expect(map.right, 'edge to edge').to.be.closeTo(host.right, 1.5);
        // A finger (about 44 px) fits six times across and four times down.
        expect(map.width).to.be.at.least(6 * 44);
        expect(map.height).to.be.at.least(4 * 44);
        expect(document.documentElement.scrollWidth, 'no sideways scroll').to.be.at.most(320);
        const x = (f: number) => Math.round(map.left + map.width * f);
        const y = (f: number) => Math.round(map.top + map.height * f);
        const scrolled = window.scrollY;
        // Up and down, as a finger draws: the page must not scroll instead.
        await touchPath([[x(0.1), y(0.8)], [x(0.2), y(0.5)], [x(0.3), y(0.2)], [x(0.4), y(0.6)]]);
        await until(() => el.worksheet.participants[0].drawing?.strokes.length);
        expect(el.worksheet.participants[0].drawing!.strokes).to.have.length(1);
        expect(window.scrollY, 'the page did not scroll while drawing').to.equal(scrolled);
      });
    });
  });
});
