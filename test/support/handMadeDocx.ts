/**
 * Word files as a secretary made them by hand before the app (built with the docx package, as Word
 * would save them): a bold first line with the date instead of a Title style, Heading 1 sections, a
 * bullet list two levels deep, bold and italic words, a link, a table, a picture, a footnote, a
 * subheading, a paragraph in a style of its own; and the bad files an import meets: an empty document, a file that is
 * not Word, a damaged zip, a password-protected file. Invented names only.
 */
import {
  Document, ExternalHyperlink, FootnoteReferenceRun, HeadingLevel, ImageRun, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun,
} from 'docx';

export const HAND_MADE_TITLE = 'Anteckningar RÖS-möte 12 mars 2019';
export const HAND_MADE_DATE = '2019-03-12';
/** The alt text of the hand-made file's picture. */
export const HAND_MADE_IMAGE_ALT = 'Diagram över deltagare';
/** A picture of one pixel (PNG). */
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
/** A word only the hand-made file has, for the search. */
export const HAND_MADE_WORD = 'Kvarnbyföreningen';

export function handMadeDocx(): Promise<Buffer> {
  const doc = new Document({
    styles: { paragraphStyles: [{ id: 'Egen', name: 'Min egen stil', basedOn: 'Normal', run: { color: '336699' } }] },
    numbering: {
      config: [{
        reference: 'punkter',
        levels: [
          { level: 0, format: LevelFormat.BULLET, text: '•' },
          { level: 1, format: LevelFormat.BULLET, text: '–' },
        ],
      }],
    },
    footnotes: { 1: { children: [new Paragraph('Enligt beslut i regionstyrelsen.')] } },
    sections: [{
      children: [
        new Paragraph({ children: [new TextRun({ text: HAND_MADE_TITLE, bold: true, size: 32 })] }),
        new Paragraph({ text: 'Mötets öppnande', heading: HeadingLevel.HEADING_1 }),
        new Paragraph({ children: [new TextRun('Ordföranden hälsade alla välkomna, särskilt '), new TextRun({ text: HAND_MADE_WORD, bold: true }), new TextRun({ text: ' som var ny.', italics: true })] }),
        new Paragraph({ text: 'Rapporter', heading: HeadingLevel.HEADING_1 }),
        new Paragraph({ text: 'Från arbetsgruppen', heading: HeadingLevel.HEADING_2 }),
        new Paragraph({ text: 'Studiecirklar i tre kommuner', numbering: { reference: 'punkter', level: 0 } }),
        new Paragraph({ text: 'Borås och Skövde', numbering: { reference: 'punkter', level: 1 } }),
        new Paragraph({
          numbering: { reference: 'punkter', level: 0 },
          children: [new TextRun('Mer på '), new ExternalHyperlink({ link: 'https://exempel.se/rapport?a=1&b=två', children: [new TextRun({ text: 'rapportsidan', style: 'Hyperlink' })] }), new FootnoteReferenceRun(1)],
        }),
        new Table({
          rows: [
            new TableRow({ children: [new TableCell({ children: [new Paragraph('Kommun')] }), new TableCell({ children: [new Paragraph('Deltagare')] })] }),
            new TableRow({ children: [new TableCell({ children: [new Paragraph('Borås')] }), new TableCell({ children: [new Paragraph('14')] })] }),
          ],
        }),
        new Paragraph({ children: [new ImageRun({ type: 'png', data: PIXEL, transformation: { width: 40, height: 40 }, altText: { name: 'Diagram', title: HAND_MADE_IMAGE_ALT, description: HAND_MADE_IMAGE_ALT } })] }),
        new Paragraph({ style: 'Egen', text: 'Nästa möte äger rum i Skövde.' }),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}

export function emptyDocx(): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('')] }] }));
}

/**
 * The start of what Word writes for a password-protected .docx: an OLE compound file (not a zip)
 * whose directory names the stream "EncryptionInfo". Built here, since nothing on this machine can
 * encrypt a Word file; the import reads no further than this.
 */
export function passwordProtectedDocx(): Buffer {
  const header = Buffer.alloc(1536);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  Buffer.from('EncryptionInfo', 'utf16le').copy(header, 1024);
  return header;
}
