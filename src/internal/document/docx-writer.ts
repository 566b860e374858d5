/**
 * Writes a `Doc` as a real Word document (.docx): Word's own heading styles, bulleted lists, a
 * table with a header row, pictures with their description. This module and the `docx` library
 * are loaded only when someone asks for a Word file (see docx.ts), so they cost nothing on the
 * first load; the drop-in build makes them dist/cdn/kjk-docx.js.
 */
import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { exportText } from '../output.js';
import type { Doc, DocBlock } from './document.js';
import { labelled } from './text.js';

// The fan's colours, darkened to the ink shades, so headings read in black and white too.
const INK = '1F5596';
const TEXT = '24211D';
const MUTED = '5C564E';
const TABLE_HEAD = 'F3EEE5';

/** Draws the SVG on a canvas at twice its size, for a sharp picture in print; undefined when the browser refuses. */
async function svgToPng(svg: string, width: number, height: number): Promise<Uint8Array | undefined> {
  if (typeof document === 'undefined') return undefined;
  // An <img> only draws an SVG that names its namespace.
  const source = /^\s*<svg[^>]*\sxmlns=/.test(svg) ? svg : svg.replace(/<svg/, '<svg xmlns="http://www.w3.org/2000/svg"');
  const url = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.width = width;
    img.height = height;
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('image'));
      img.src = url;
    });
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const context = canvas.getContext('2d');
    if (!context) return undefined;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    return blob ? new Uint8Array(await blob.arrayBuffer()) : undefined;
  } catch {
    // A strict img-src policy (no blob:) or a broken SVG: the caller writes the description instead.
    return undefined;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Word's page is 16 cm wide between the margins: a wider picture is scaled down to it. */
const MAX_WIDTH = 600;

async function wordBlocks(block: DocBlock, clean: (s: string) => string) {
  const lines = (text: string, options: { bold?: boolean; size?: number; color?: string } = {}) =>
    clean(text)
      .split('\n')
      .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...options }));
  switch (block.type) {
    case 'heading': {
      const level = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 }[block.level];
      return [new Paragraph({ heading: level, children: lines(block.text) })];
    }
    case 'paragraph': {
      const size = block.small ? 18 : undefined;
      const label = block.label ? [new TextRun({ text: clean(labelled(block.label, '')), bold: true, size })] : [];
      return [new Paragraph({ children: [...label, ...lines(block.text, { size, color: block.small ? MUTED : undefined })] })];
    }
    case 'list':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: lines(item) }));
    case 'table': {
      const row = (cells: string[], header: boolean) =>
        new TableRow({
          // Only the header row says so: it repeats on each page a long table runs onto.
          tableHeader: header || undefined,
          cantSplit: true,
          children: block.header.map(
            (_, i) =>
              new TableCell({
                shading: header ? { fill: TABLE_HEAD } : undefined,
                margins: { top: 60, bottom: 60, left: 100, right: 100 },
                children: [new Paragraph({ children: lines(cells[i] ?? '', { bold: header || undefined }) })],
              }),
          ),
        });
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [row(block.header, true), ...block.rows.map((cells) => row(cells, false))],
        }),
        // Word joins two tables that touch; an empty paragraph keeps the next block apart.
        new Paragraph({}),
      ];
    }
    case 'image': {
      const png = await svgToPng(block.svg, block.width, block.height);
      const alt = clean(block.alt);
      if (!png) return [new Paragraph({ children: [new TextRun({ text: alt, italics: true })] })];
      const scale = Math.min(1, MAX_WIDTH / block.width);
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new ImageRun({
              type: 'png',
              data: png,
              transformation: { width: Math.round(block.width * scale), height: Math.round(block.height * scale) },
              altText: { name: alt.slice(0, 60), title: alt.slice(0, 60), description: alt },
            }),
          ],
        }),
      ];
    }
  }
}

/** The document as the bytes of a .docx file. */
export async function writeDocx(doc: Doc): Promise<Blob> {
  // The same clean-up as the text exports: no direction controls that turn the words around.
  const clean = (s: string) => exportText(s);
  const language = { value: doc.lang === 'en' ? 'en-GB' : 'nl-NL' };
  const children = (await Promise.all(doc.blocks.map((block) => wordBlocks(block, clean)))).flat();
  // Sizes in half points; the third level in the text colour, so it reads apart from the second.
  const heading = (size: number, before: number, color = INK) => ({
    run: { size, bold: true, color, font: 'Calibri' },
    paragraph: { spacing: { before, after: 120 }, keepNext: true },
  });
  const file = new Document({
    title: clean(doc.title),
    creator: 'Ken je kracht?',
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22, color: TEXT, language }, paragraph: { spacing: { after: 120 } } },
        heading1: heading(36, 0),
        heading2: heading(28, 240),
        heading3: heading(24, 200, TEXT),
      },
    },
    sections: [
      {
        // A4 with 2 cm margins, in twentieths of a point.
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        children,
      },
    ],
  });
  const blob = await Packer.toBlob(file);
  return new Blob([blob], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
}
