import { expect } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';
import { sendKeys } from './commands.js';
import { unzipSync, strFromU8 } from 'fflate';
import type { Doc } from '../src/internal/document/document.js';
import { docAsMarkdown, docAsText } from '../src/internal/document/text.js';
import { docAsDocx } from '../src/internal/document/docx.js';
import { mount, press, q, typeNote } from './worksheet-suite.js';
import { keepFile, loadUrl, openStandalone } from './page-helpers.js';
import { until } from './dom-helpers.js';
import { launchWith, leave } from './lms-helpers.js';
import '../src/octagon.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A small picture, as the word cloud or the sketch would give. */
const SVG = '<svg viewBox="0 0 120 60" width="120" height="60"><rect width="120" height="60" fill="#3f7fc6"/><text x="10" y="35" fill="#fff">wolk</text></svg>';

const sample = (): Doc => ({
  title: 'Gespreksplan',
  lang: 'nl',
  blocks: [
    { type: 'heading', level: 1, text: 'Gespreksplan' },
    { type: 'paragraph', label: 'Onderwerp van het gesprek', text: 'Samenwerken met gezin Z.' },
    { type: 'heading', level: 2, text: 'Wie doen er mee?' },
    { type: 'list', items: ['Sanne (moeder)', 'Ahmed [mentor]', 'Kim_de_Vries', 'Bidi \u202Eomgedraaid'] },
    { type: 'heading', level: 3, text: 'Acties' },
    { type: 'table', header: ['Wat', 'Wie', 'Wanneer'], rows: [['Netwerkberaad plannen', 'Sanne', 'vrijdag'], ['Bellen met school', 'Ahmed', '']] },
    { type: 'image', svg: SVG, width: 120, height: 60, alt: 'Woordwolk met de woorden: samen, durven' },
    { type: 'paragraph', small: true, text: 'Bron: Verwey-Jonker Instituut en TNO, ZonMw.' },
  ],
});

interface Word {
  files: Record<string, Uint8Array>;
  xml: (path: string) => string;
  /** Every paragraph of the body: its style and its text. */
  paragraphs: { style: string; text: string; bullet: boolean }[];
  body: Document;
}

async function openDocx(blob: Blob): Promise<Word> {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  const xml = (path: string) => {
    expect(files[path], path).to.exist;
    return strFromU8(files[path]);
  };
  const body = new DOMParser().parseFromString(xml('word/document.xml'), 'application/xml');
  const paragraphs = [...body.getElementsByTagNameNS(W, 'p')].map((p) => ({
    style: p.getElementsByTagNameNS(W, 'pStyle')[0]?.getAttributeNS(W, 'val') ?? '',
    text: [...p.getElementsByTagNameNS(W, 't')].map((t) => t.textContent).join(''),
    bullet: p.getElementsByTagNameNS(W, 'numPr').length > 0,
  }));
  return { files, xml, paragraphs, body };
}

describe('documents: one model, three exports', () => {
  afterEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('the text file reads as written: no escapes, underlined headings, the table as lines, the picture as its description', () => {
    const text = docAsText(sample());
    expect(text).to.contain('Onderwerp van het gesprek: Samenwerken met gezin Z.\n');
    expect(text, 'no Markdown escapes').not.to.contain('\\');
    expect(text).to.match(/^Gespreksplan\n============\n\nOnderwerp/);
    expect(text).to.contain('Wie doen er mee?\n----------------\n');
    expect(text).to.contain('- Ahmed [mentor]\n- Kim_de_Vries\n');
    expect(text).to.contain('Wat — Wie — Wanneer\n- Netwerkberaad plannen — Sanne — vrijdag\n- Bellen met school — Ahmed — —\n');
    expect(text).to.contain('[Woordwolk met de woorden: samen, durven]');
    expect(text).not.to.contain('<svg');
    expect(text, 'direction controls are stripped').not.to.contain('\u202E');
  });

  it('Markdown still escapes what the user typed, with a GFM table', () => {
    const md = docAsMarkdown(sample());
    expect(md).to.match(/^# Gespreksplan\n\n\*\*Onderwerp van het gesprek:\*\* Samenwerken met gezin Z\\\.\n/);
    expect(md).to.contain('## Wie doen er mee?');
    expect(md).to.contain('- Ahmed \\[mentor\\]');
    expect(md).to.contain('- Kim\\_de\\_Vries');
    expect(md).to.contain('| Wat | Wie | Wanneer |\n| --- | --- | --- |\n| Netwerkberaad plannen | Sanne | vrijdag |\n| Bellen met school | Ahmed |  |');
    expect(md).not.to.contain('\u202E');
  });

  it('the .docx is a real Word document: heading styles, bullets, a table with a header row, the title, the language, a picture', async () => {
    const blob = await docAsDocx(sample());
    expect(blob.type).to.equal('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const word = await openDocx(blob);
    const styled = (style: string) => word.paragraphs.filter((p) => p.style === style).map((p) => p.text);
    expect(styled('Heading1')).to.deep.equal(['Gespreksplan']);
    expect(styled('Heading2')).to.deep.equal(['Wie doen er mee?']);
    expect(styled('Heading3')).to.deep.equal(['Acties']);
    const labelled = word.paragraphs.find((p) => p.text.includes('gezin Z.'))!;
    expect(labelled.text).to.equal('Onderwerp van het gesprek: Samenwerken met gezin Z.');
    const bold = [...word.body.getElementsByTagNameNS(W, 'r')].find((r) => r.textContent!.startsWith('Onderwerp'))!;
    expect(bold.getElementsByTagNameNS(W, 'b'), 'label in bold').to.have.length(1);
    // Real bullets: list paragraphs carry numbering, and numbering.xml defines it as a bullet.
    expect(word.paragraphs.filter((p) => p.bullet).map((p) => p.text)).to.deep.equal(['Sanne (moeder)', 'Ahmed [mentor]', 'Kim_de_Vries', 'Bidi omgedraaid']);
    expect(word.xml('word/numbering.xml')).to.contain('w:val="bullet"');
    // The table: a header row that repeats on every page, then one row per action.
    const rows = [...word.body.getElementsByTagNameNS(W, 'tr')];
    const cells = rows.map((tr) => [...tr.getElementsByTagNameNS(W, 'tc')].map((tc) => tc.textContent));
    expect(cells).to.deep.equal([['Wat', 'Wie', 'Wanneer'], ['Netwerkberaad plannen', 'Sanne', 'vrijdag'], ['Bellen met school', 'Ahmed', '']]);
    expect(rows[0].getElementsByTagNameNS(W, 'tblHeader')).to.have.length(1);
    expect(rows[1].getElementsByTagNameNS(W, 'tblHeader')).to.have.length(0);
    // Title in the file's properties; Dutch as the language of the text.
    expect(word.xml('docProps/core.xml')).to.contain('<dc:title>Gespreksplan</dc:title>');
    expect(word.xml('word/styles.xml')).to.contain('w:val="nl-NL"');
    // The picture: a PNG in the package, drawn in the body, described by its alt text.
    const media = Object.keys(word.files).filter((f) => f.startsWith('word/media/'));
    expect(media).to.have.length(1);
    expect(media[0]).to.match(/\.png$/);
    expect([...word.files[media[0]].subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).to.equal('PNG');
    const picture = word.body.getElementsByTagName('wp:docPr')[0];
    expect(picture.getAttribute('descr')).to.equal('Woordwolk met de woorden: samen, durven');
    expect(word.paragraphs.map((p) => p.text).join('\n')).not.to.contain('\u202E');
    await keepFile('document-sample.docx', blob);
  });

  it('in English the Word file says en-GB', async () => {
    const word = await openDocx(await docAsDocx({ ...sample(), lang: 'en' }));
    expect(word.xml('word/styles.xml')).to.contain('w:val="en-GB"');
  });

  it('a picture that cannot be drawn becomes its description, and the file is still made', async () => {
    const doc: Doc = { title: 'Schets', blocks: [{ type: 'image', svg: '<svg><broken', width: 100, height: 100, alt: 'Schets van het gezin' }] };
    const word = await openDocx(await docAsDocx(doc));
    expect(Object.keys(word.files).filter((f) => f.startsWith('word/media/'))).to.deep.equal([]);
    expect(word.paragraphs.map((p) => p.text)).to.include('Schets van het gezin');
  });

  it('a filled octagon: the text file without escapes, Markdown escaped, and toDocx() with every note and participant', async () => {
    const el = await mount('kjk-octagon');
    q<HTMLInputElement>(el, '#topic')!.focus();
    await sendKeys({ type: 'Samenwerken met gezin Z.' });
    const zones = ['why', 'how', 'what', 'conditions'];
    const people = ['Sanne', 'Ahmed', 'Kim'];
    for (const [i, name] of people.entries()) {
      // A new participant is named at once: the name field has focus.
      if (i > 0) {
        await press(el, q(el, '[data-action="add-participant"]'), 'Enter');
        await sendKeys({ type: name });
      }
      for (const zone of zones) await typeNote(el, zone, `${name}: ${zone} (gezin Z.)`);
    }
    // The first one, alone at first, gets a name once there are others.
    await press(el, el.shadowRoot!.querySelectorAll('.participant-tabs .chip')[0], 'Enter');
    q<HTMLInputElement>(el, '#participant-name')!.focus();
    await sendKeys({ type: 'Sanne' });
    await el.updateComplete;
    expect(el.worksheet.participants.map((p) => p.name)).to.deep.equal(people);
    const notes = people.flatMap((name) => zones.map((zone) => `${name}: ${zone} (gezin Z.)`));

    const text = el.toText();
    expect(text).to.contain('Samenwerken met gezin Z.');
    expect(text, 'no backslash escapes in the text file').not.to.contain('\\');
    for (const note of notes) expect(text).to.contain(`- ${note}`);
    expect(el.toMarkdown()).to.contain('gezin Z\\.');

    const blob = await el.toDocx();
    const word = await openDocx(blob);
    const all = word.paragraphs.map((p) => p.text);
    expect(word.paragraphs[0]).to.include({ style: 'Heading1', text: 'Bekrachtigen' });
    expect(all.filter((t) => t.endsWith(': Samenwerken met gezin Z.')), 'the central issue').to.have.length(1);
    expect(word.paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).to.deep.equal(people);
    expect(word.paragraphs.filter((p) => p.bullet).map((p) => p.text)).to.include.members(notes);
    expect(word.xml('docProps/core.xml')).to.contain('<dc:title>Bekrachtigen</dc:title>');
    await keepFile('octagon.docx', blob);
  });

  it('an English sheet makes an English Word file', async () => {
    const el = await mount('kjk-octagon');
    el.setAttribute('lang', 'en');
    await until(() => el.locale.lang === 'en');
    await el.updateComplete;
    await typeNote(el, 'why', 'Listen first');
    const word = await openDocx(await el.toDocx());
    expect(word.xml('word/styles.xml')).to.contain('w:val="en-GB"');
    expect(word.paragraphs.map((p) => p.text)).to.include('Listen first');
  });
});

describe('the Word writer is loaded only when asked for', () => {
  it('the drop-in bundles carry no Word library, only the way to kjk-docx.js beside them', async () => {
    for (const bundle of ['kjk.js', 'kjk-octagon.js', 'kjk-mindmap.js', 'kjk-action-card.js']) {
      const code = (await readFile({ path: `../dist/cdn/single/${bundle}` }))!;
      expect(code.includes('new URL("./kjk-docx.js",import.meta.url)'), `${bundle} loads kjk-docx.js beside itself`).to.equal(true);
      expect(code.includes('wordprocessingml'), `${bundle} carries no Word library`).to.equal(false);
    }
    // The chunk graph of dist/cdn has its own copy, so each folder stands on its own.
    for (const folder of ['', 'single/']) {
      expect((await readFile({ path: `../dist/cdn/${folder}kjk-docx.js` }))!.includes('wordprocessingml'), `${folder}kjk-docx.js`).to.equal(true);
    }
  });

  it('the npm build imports docx only from the writer, and the writer only dynamically', async () => {
    const loader = (await readFile({ path: '../dist/internal/document/docx.js' }))!;
    expect(loader).to.match(/import\(['"]\.\/docx-writer\.js['"]\)/);
    expect(loader).not.to.match(/from ['"]docx['"]/);
    const writer = (await readFile({ path: '../dist/internal/document/docx-writer.js' }))!;
    expect(writer).to.match(/from ['"]docx['"]/);
  });

  it('under the strict CSP the drop-in bundle loads kjk-docx.js from beside itself and makes the file', async () => {
    const report = await loadUrl('/test/fixtures/csp/page.html', 1000);
    try {
      const probe = (report.win as unknown as { __report: { errors: string[]; violations: string[] } }).__report;
      const octagon = report.doc.querySelector('kjk-octagon') as unknown as { toDocx(): Promise<Blob>; updateComplete: Promise<unknown> };
      await octagon.updateComplete;
      const before = report.win.performance.getEntriesByType('resource').map((e) => e.name);
      expect(before.some((url) => url.endsWith('/kjk-docx.js')), 'not loaded before it is asked for').to.equal(false);
      const word = await openDocx(await octagon.toDocx());
      expect(word.paragraphs[0].text).to.equal('Bekrachtigen');
      const after = report.win.performance.getEntriesByType('resource').map((e) => e.name);
      // One request, for our own file on the page's own server: nothing leaves the device.
      expect(after.filter((url) => !before.includes(url))).to.deep.equal([`${location.origin}/dist/cdn/single/kjk-docx.js`]);
      expect(probe.violations).to.deep.equal([]);
      expect(probe.errors).to.deep.equal([]);
    } finally {
      report.cleanup();
    }
  });

  it('the offline single-file page says plainly that it cannot make a Word file, and asks for nothing', async () => {
    const page = await openStandalone('kjk-octagon');
    try {
      const { win } = page;
      const el = page.el as HTMLElement & { toDocx(): Promise<Blob>; toText(): string };
      const error = await el.toDocx().then(
        () => undefined,
        (e: Error) => e,
      );
      expect(error?.name).to.equal('DocxUnavailableError');
      expect(error?.message).to.equal('In dit offline bestand kan geen Word-bestand gemaakt worden. Sla jullie werk op als tekstbestand.');
      expect(el.toText()).to.contain('Bekrachtigen');
      expect(win.performance.getEntriesByType('resource')).to.deep.equal([]);
    } finally {
      page.close();
    }
  });

  it('an element whose writer cannot be loaded rejects with a DocxUnavailableError, in English too', async () => {
    const meta = document.createElement('meta');
    meta.name = 'kjk-docx';
    meta.content = 'none';
    document.head.append(meta);
    try {
      const direct = await docAsDocx(sample()).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(direct).to.have.property('name', 'DocxUnavailableError');
      const el = await mount('kjk-octagon');
      el.setAttribute('lang', 'en');
      await until(() => el.locale.lang === 'en');
      const error = await el.toDocx().then(
        () => undefined,
        (e: Error) => e,
      );
      expect(error?.message).to.equal('This offline file cannot make a Word document. Save your work as a text file instead.');
    } finally {
      meta.remove();
    }
  });

  it('each SCORM package carries kjk-docx.js beside its bundle and lists it in the manifest', async () => {
    for (const zip of ['kjk-octagon-scorm12.zip', 'kjk-mindmap-scorm2004.zip']) {
      const response = await fetch(`/lms/${zip}/kjk-docx.js`);
      expect(response.status, zip).to.equal(200);
      expect(await response.text()).to.contain('wordprocessingml');
      const manifest = await (await fetch(`/lms/${zip}/imsmanifest.xml`)).text();
      expect(manifest).to.contain('<file href="kjk-docx.js"/>');
    }
    // Launched as an LMS does, the sheet makes its Word file from the package's own copy.
    const { el, doc } = await launchWith('kjk-octagon-scorm12.zip');
    try {
      const word = await openDocx(await (el as unknown as { toDocx(): Promise<Blob> }).toDocx());
      expect(word.paragraphs[0].text).to.equal('Bekrachtigen');
      const loaded = doc.defaultView!.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
      expect(loaded).to.include('/lms/kjk-octagon-scorm12.zip/kjk-docx.js');
    } finally {
      leave();
    }
  });
});
