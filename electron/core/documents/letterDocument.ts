/**
 * The frame every exported Word document shares, so they all look typed by the same careful person:
 * A4 portrait with 2.5 cm margins, Calibri (Carlito in LibreOffice), Swedish (sv-SE) on every style,
 * the group's letterhead (with its logo and alt text when one is chosen), a real Title style, real Heading 1/2 styles, real Word numbering for bullet
 * and numbered lists in two levels, "Sida X av Y" in the footer, an optional marking at the top of every
 * page (UTKAST), and the core properties (title, subject, author, dates) filled in.
 * Accessible as Word's accessibility checker and lag 2018:1937 ask: the language is Swedish in the core
 * properties (dc:language), the settings (w:themeFontLang) and every style, the title is set, and the
 * logo has alt text that says what it is (the user's, or the letterhead's title with it).
 */
import JSZip from 'jszip';
import {
  AlignmentType, Document, Footer, Header, ImageRun, LevelFormat, LineRuleType, Packer, PageNumber, Paragraph, TextRun, convertMillimetersToTwip,
  type FileChild, type ILevelsOptions, type ParagraphChild,
} from 'docx';
import type { Settings } from '../../shared/store/schema';
import { sv } from '../../shared/i18n/sv';
import { safeText } from './safeText';
import { drawnLogoSize } from './letterheadLogo';

export const FONT = 'Calibri';
const LANGUAGE = { value: 'sv-SE' };
export const A4_TEXT_WIDTH_TWIP = convertMillimetersToTwip(210 - 2 * 25);

export interface LetterDocumentOptions {
  title: string;
  subject: string;
  settings: Settings;
  body: FileChild[];
  /** Printed at the top of every page, e.g. "UTKAST – …". */
  pageMark?: string;
}

/** The numbering reference for a numbered list ("1.", then "a)" one level in). */
export const NUMBERED_LIST = 'numbered-list';
/** The numbering reference for a bullet list ("•", then "◦" one level in). */
export const BULLET_LIST = 'bullet-list';

const LIST_INDENT = 567;
const HANGING = 357;
const listLevel = (level: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string): ILevelsOptions => ({
  level,
  format,
  text,
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: { left: LIST_INDENT * (level + 1), hanging: HANGING } } },
});

export function buildLetterDocument({ title, subject, settings, body, pageMark }: LetterDocumentOptions): Document {
  const run = { font: FONT, language: LANGUAGE };
  return new Document({
    numbering: {
      config: [
        { reference: NUMBERED_LIST, levels: [listLevel(0, LevelFormat.DECIMAL, '%1.'), listLevel(1, LevelFormat.LOWER_LETTER, '%2)')] },
        { reference: BULLET_LIST, levels: [listLevel(0, LevelFormat.BULLET, '•'), listLevel(1, LevelFormat.BULLET, '◦')] },
      ],
    },
    title: safeText(title),
    subject: safeText(subject),
    creator: safeText(settings.secretaryName) || sv.app.name,
    lastModifiedBy: safeText(settings.secretaryName) || sv.app.name,
    description: sv.documents.description,
    revision: 1,
    styles: {
      default: {
        document: { run: { ...run, size: 22 }, paragraph: { spacing: { after: 120, line: 264 } } },
        title: { run: { ...run, size: 32, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 240 } } },
        heading1: { run: { ...run, size: 28, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
        heading2: { run: { ...run, size: 24, bold: true, color: '000000' }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
        listParagraph: { run },
        hyperlink: { run: { ...run, color: '0563C1', underline: {} } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: {
              top: convertMillimetersToTwip(25), bottom: convertMillimetersToTwip(25),
              left: convertMillimetersToTwip(25), right: convertMillimetersToTwip(25),
            },
          },
        },
        headers: pageMark
          ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: safeText(pageMark), bold: true, color: 'C00000' })] })] }) }
          : undefined,
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({ children: [`${sv.documents.page} `, PageNumber.CURRENT, ` ${sv.documents.of} `, PageNumber.TOTAL_PAGES], size: 18 }),
                ],
              }),
            ],
          }),
        },
        children: [...letterhead(settings), ...body],
      },
    ],
  });
}

function letterhead(settings: Settings): Paragraph[] {
  const logo = settings.letterheadLogo;
  const image = logo
    ? [new Paragraph({
        spacing: { after: 120, line: 240, lineRule: LineRuleType.AUTO },
        children: [new ImageRun({
          type: logo.type,
          data: Buffer.from(logo.base64, 'base64'),
          transformation: drawnLogoSize(logo),
          altText: { name: sv.settings.defaultLogoAlt, title: logoAltText(settings), description: logoAltText(settings) },
        })],
      })]
    : [];
  const lines = [
    ...image,
    new Paragraph({ children: [new TextRun({ text: safeText(settings.letterheadTitle), bold: true, size: 36 })], spacing: { after: 0 } }),
  ];
  if (settings.letterheadSubtitle) {
    lines.push(new Paragraph({ children: [new TextRun({ text: safeText(settings.letterheadSubtitle), size: 22 })], spacing: { after: 360 } }));
  }
  return lines;
}

/**
 * The logo's alt text: the user's own, unless it is the bare word the app proposes ("Logotyp"), which
 * says nothing of whose logo it is; then the letterhead's title is added ("Logotyp – Överenskommelsen").
 */
export function logoAltText(settings: Settings): string {
  const alt = safeText(settings.letterheadLogo?.altText ?? '').trim();
  return alt && alt !== sv.settings.defaultLogoAlt ? alt : sv.accessibleDocuments.logoAltWithTitle(safeText(settings.letterheadTitle));
}

/** "Tid: torsdag 13 juni …": a bold label, a colon, and the value. */
export function labelledParagraph(label: string, value: string | ParagraphChild): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), typeof value === 'string' ? new TextRun(safeText(value)) : value] });
}

/** Rewrites one XML part of the package. */
async function editPart(zip: JSZip, name: string, edit: (xml: string) => string): Promise<void> {
  const xml = await zip.file(name)?.async('string');
  if (xml === undefined) throw new Error(`${name} saknas i Word-dokumentet`);
  zip.file(name, edit(xml));
}

/**
 * The .docx bytes. The docx package has no option for the language of the core properties or for
 * settings.xml's w:themeFontLang, so both are written into its package here (themeFontLang last in
 * w:settings, where its schema puts it after w:compat); the other parts keep their compressed bytes.
 */
export async function toDocxBuffer(document: Document): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await Packer.toBuffer(document));
  await editPart(zip, 'docProps/core.xml', (xml) => xml.replace('</cp:coreProperties>', `<dc:language>${LANGUAGE.value}</dc:language></cp:coreProperties>`));
  await editPart(zip, 'word/settings.xml', (xml) => xml.replace('</w:settings>', `<w:themeFontLang w:val="${LANGUAGE.value}"/></w:settings>`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
