/**
 * The accessibility checker of exported Word files: the rules of Word's own accessibility checker that
 * apply to what the app writes (text, headings, lists, links, tables, one image), plus the document's
 * language and title that lag 2018:1937 and PDF/UA ask for, applied to the package's XML parts
 * (unzipped with JSZip, parsed with @xmldom/xmldom). Each finding names its rule; the README lists them.
 * Every export in the test suites passes through it (checkedExports.ts) and fails on any finding.
 */
import { DOMParser, type Document as XmlDocument, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { isVagueLinkText } from '../../electron/core/documents/linkText';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WP = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing';
const DC = 'http://purl.org/dc/elements/1.1/';

export const LANGUAGE = 'sv-SE';

/** The rules, by the name of the rule in Word's checker where it has one. */
export const DOCX_RULES = {
  title: 'the document has a title (core properties)',
  language: `the document's language is ${LANGUAGE} (core properties, settings, styles and text)`,
  headingStyles: 'the document uses heading styles (Title, Heading 1, …)',
  headingOrder: 'headings are in order: no level is skipped',
  emptyParagraphs: 'no empty paragraphs or table cells are used for spacing',
  repeatedBlanks: 'no repeated blank characters (tabs or runs of spaces) are used for spacing',
  tableHeaders: "every table's first row is a header row repeated on each page",
  simpleTables: 'tables have no merged, split or nested cells',
  altText: 'every image has alt text that describes it (not a file name or a bare word such as "bild")',
  inlineObjects: 'images are in line with the text, not floating',
  linkText: 'every hyperlink has text that says where it leads',
  linkTargets: 'every hyperlink goes to a web or e-mail address',
  contrast: 'text colours have a contrast of at least 4.5:1 against the white page',
} as const;

export type DocxRule = keyof typeof DOCX_RULES;

export interface DocxFinding {
  rule: DocxRule;
  message: string;
}

/** The package's XML parts the checker reads; headers and footers are read with the body. */
export interface DocxParts {
  zip: JSZip;
  document: XmlDocument;
  styles: XmlDocument;
  settings: XmlDocument;
  core: XmlDocument;
  relationships: XmlDocument;
  /** word/header*.xml and word/footer*.xml. */
  margins: XmlDocument[];
}

export const parseXml = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml');

async function part(zip: JSZip, name: string): Promise<XmlDocument> {
  const file = zip.file(name);
  if (!file) throw new Error(`${name} is missing`);
  return parseXml(await file.async('string'));
}

export async function readDocxParts(docx: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(docx);
  const margins = await Promise.all(zip.file(/^word\/(header|footer)\d*\.xml$/).map(async (file) => parseXml(await file.async('string'))));
  return {
    zip,
    document: await part(zip, 'word/document.xml'),
    styles: await part(zip, 'word/styles.xml'),
    settings: await part(zip, 'word/settings.xml'),
    core: await part(zip, 'docProps/core.xml'),
    relationships: await part(zip, 'word/_rels/document.xml.rels'),
    margins,
  };
}

export const elements = (root: XmlDocument | Element, name: string, ns = W) => Array.from(root.getElementsByTagNameNS(ns, name));
export const attr = (el: Element | undefined, name: string) => el?.getAttributeNS(W, name) ?? el?.getAttribute(`w:${name}`) ?? null;
export const textOf = (el: Element) => elements(el, 't').map((t) => t.textContent ?? '').join('');

/** Heading level of a paragraph style: Title 0, Heading1 1, Heading2 2, …; null for others. */
export function headingLevel(styleId: string | null): number | null {
  if (styleId === 'Title') return 0;
  const match = /^Heading(\d)$/.exec(styleId ?? '');
  return match ? Number(match[1]) : null;
}

const isOn = (el: Element | undefined) => !!el && !['false', '0', 'off'].includes(attr(el, 'val') ?? 'true');

function checkTitleAndLanguage({ core, settings, styles, document, margins }: DocxParts, found: (rule: DocxRule, message: string) => void): void {
  const title = core.getElementsByTagNameNS(DC, 'title')[0]?.textContent ?? '';
  if (!title.trim()) found('title', 'the document title is not set');

  const coreLanguage = core.getElementsByTagNameNS(DC, 'language')[0]?.textContent ?? '';
  if (coreLanguage !== LANGUAGE) found('language', `the core properties' language is ${coreLanguage || 'not set'}`);
  const themeLanguage = attr(elements(settings, 'themeFontLang')[0], 'val');
  if (themeLanguage !== LANGUAGE) found('language', `the settings' theme font language is ${themeLanguage ?? 'not set'}`);
  const defaults = elements(styles, 'docDefaults')[0];
  const defaultLanguage = defaults ? attr(elements(defaults, 'lang')[0], 'val') : null;
  if (defaultLanguage !== LANGUAGE) found('language', `document language is ${defaultLanguage ?? 'not set'}`);
  for (const lang of [styles, document, ...margins].flatMap((root) => elements(root, 'lang'))) {
    const value = attr(lang, 'val');
    if (value !== LANGUAGE) found('language', `a style or run sets language ${value}`);
  }
}

function checkParagraphs({ document, margins }: DocxParts, found: (rule: DocxRule, message: string) => void): void {
  let previous = 0;
  let headings = 0;
  for (const root of [document, ...margins]) {
    for (const paragraph of elements(root, 'p')) {
      const style = attr(elements(paragraph, 'pStyle')[0], 'val');
      const text = textOf(paragraph);
      const inTable = paragraph.parentNode?.localName === 'tc';
      const hasContent = text.trim() !== '' || elements(paragraph, 'drawing').length > 0 || elements(paragraph, 'br').length > 0
        || elements(paragraph, 'fldSimple').length > 0 || elements(paragraph, 'instrText').length > 0;
      if (!hasContent) found('emptyParagraphs', inTable ? 'empty table cell' : `empty paragraph (style ${style ?? 'Normal'})`);
      if (elements(paragraph, 'tab').some((tab) => tab.parentNode?.localName === 'r')) found('repeatedBlanks', `a tab used for spacing: "${text}"`);
      if (/ {3,}/.test(text)) found('repeatedBlanks', `repeated spaces used for spacing: "${text}"`);
      const level = root === document ? headingLevel(style) : null;
      if (level === null) continue;
      headings++;
      if (level > 0 && level > previous + 1) found('headingOrder', `heading level skips from ${previous} to ${level}: "${text}"`);
      if (level > 0) previous = level;
    }
  }
  if (headings === 0) found('headingStyles', 'no paragraph has a heading style');
}

function checkTables({ document, margins }: DocxParts, found: (rule: DocxRule, message: string) => void): void {
  for (const table of [document, ...margins].flatMap((root) => elements(root, 'tbl'))) {
    const rows = elements(table, 'tr').filter((row) => row.parentNode === table);
    const first = rows[0];
    const header = first ? elements(first, 'tblHeader')[0] : undefined;
    const firstText = first ? textOf(first) : '';
    if (!isOn(header)) found('tableHeaders', `a table's first row is not a repeated header row: "${firstText}"`);
    if (elements(table, 'tbl').length > 0) found('simpleTables', `a table holds another table: "${firstText}"`);
    for (const cell of elements(table, 'tc')) {
      const span = Number(attr(elements(cell, 'gridSpan')[0], 'val') ?? '1');
      if (span > 1 || elements(cell, 'vMerge').length > 0 || elements(cell, 'hMerge').length > 0) {
        found('simpleTables', `a merged cell: "${textOf(cell)}"`);
      }
    }
  }
}

const FILE_NAME = /\.(png|jpe?g|gif|bmp|tiff?|svg|emf|wmf)$/i;
const BARE_WORDS = new Set(['bild', 'logotyp', 'logo', 'foto', 'image', 'picture', 'grafik']);

function checkImages({ document, margins }: DocxParts, found: (rule: DocxRule, message: string) => void): void {
  for (const root of [document, ...margins]) {
    for (const anchor of elements(root, 'anchor', WP)) found('inlineObjects', `a floating object: "${elements(anchor, 'docPr', WP)[0]?.getAttribute('name') ?? ''}"`);
    for (const properties of elements(root, 'docPr', WP)) {
      const alt = (properties.getAttribute('descr') ?? '').trim();
      const name = properties.getAttribute('name') ?? '';
      if (!alt) found('altText', `an image without alt text: "${name}"`);
      else if (FILE_NAME.test(alt) || BARE_WORDS.has(alt.toLocaleLowerCase('sv-SE'))) found('altText', `an image's alt text does not describe it: "${alt}"`);
    }
  }
}

function checkLinks({ document, relationships }: DocxParts, found: (rule: DocxRule, message: string) => void): void {
  const targets = new Map(Array.from(relationships.getElementsByTagName('Relationship')).map((r) => [r.getAttribute('Id'), r.getAttribute('Target') ?? '']));
  for (const link of elements(document, 'hyperlink')) {
    const text = textOf(link);
    const target = targets.get(link.getAttributeNS(R, 'id') ?? link.getAttribute('r:id')) ?? '';
    if (!text.trim()) found('linkText', `hyperlink without text to ${target}`);
    else if (isVagueLinkText(text)) found('linkText', `hyperlink text "${text}" does not say where it leads (${target})`);
    if (!/^(https?:|mailto:)/.test(target)) found('linkTargets', `hyperlink "${text}" to a non-web address ${target}`);
  }
}

/** WCAG's relative luminance of an RRGGBB colour. */
function luminance(hex: string): number {
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export const contrastOnWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

function checkContrast({ document, styles, margins }: DocxParts, found: (rule: DocxRule, message: string) => void): void {
  for (const color of [document, styles, ...margins].flatMap((root) => elements(root, 'color'))) {
    const value = attr(color, 'val') ?? 'auto';
    if (!/^[0-9a-f]{6}$/i.test(value)) continue;
    const ratio = contrastOnWhite(value);
    if (ratio < 4.5) found('contrast', `text colour #${value} has a contrast of ${ratio.toFixed(2)}:1 against white`);
  }
}

/** Every finding of the rules in a .docx; none for an accessible document. */
export async function checkDocxAccessibility(docx: Uint8Array): Promise<DocxFinding[]> {
  return docxFindings(await readDocxParts(docx));
}

export function docxFindings(parts: DocxParts): DocxFinding[] {
  const findings: DocxFinding[] = [];
  const found = (rule: DocxRule, message: string) => void findings.push({ rule, message });
  checkTitleAndLanguage(parts, found);
  checkParagraphs(parts, found);
  checkTables(parts, found);
  checkImages(parts, found);
  checkLinks(parts, found);
  checkContrast(parts, found);
  return findings;
}
