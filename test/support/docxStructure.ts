/**
 * Structural checks of an exported .docx, read from its XML parts the way Word and a screen reader see
 * them: heading levels never skip, no empty paragraphs used for spacing, every hyperlink has text and a
 * web or mail address, the language is sv-SE and nothing overrides it, and the title is set.
 * Returns the problems found, in Swedish-neutral plain words, so a failing test says what is wrong.
 */
import { DOMParser, type Document as XmlDocument, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

async function part(zip: JSZip, name: string): Promise<XmlDocument> {
  const file = zip.file(name);
  if (!file) throw new Error(`${name} is missing`);
  return new DOMParser().parseFromString(await file.async('string'), 'text/xml');
}

const elements = (root: XmlDocument | Element, name: string) => Array.from(root.getElementsByTagNameNS(W, name));
const attr = (el: Element | undefined, name: string) => el?.getAttributeNS(W, name) ?? el?.getAttribute(`w:${name}`) ?? null;
const textOf = (el: Element) => elements(el, 't').map((t) => t.textContent ?? '').join('');

/** Heading level of a paragraph style: Title 0, Heading1 1, Heading2 2, …; null for others. */
function headingLevel(styleId: string | null): number | null {
  if (styleId === 'Title') return 0;
  const match = /^Heading(\d)$/.exec(styleId ?? '');
  return match ? Number(match[1]) : null;
}

export interface DocxStructure {
  problems: string[];
  headings: Array<{ level: number; text: string }>;
  /** The paragraphs in a Word list, as Word numbers them: level (0 = outermost) and bullet or number. */
  listParagraphs: Array<{ text: string; level: number; bullet: boolean }>;
  title: string;
}

/** The number format ("bullet", "decimal", …) of each list and level: numId → ilvl → format. */
async function listFormats(zip: JSZip): Promise<Map<string, Map<string, string>>> {
  const formats = new Map<string, Map<string, string>>();
  if (!zip.file('word/numbering.xml')) return formats;
  const numbering = await part(zip, 'word/numbering.xml');
  const abstract = new Map(elements(numbering, 'abstractNum').map((a) => [
    attr(a, 'abstractNumId'),
    new Map(elements(a, 'lvl').map((lvl) => [attr(lvl, 'ilvl') ?? '0', attr(elements(lvl, 'numFmt')[0], 'val') ?? ''])),
  ]));
  for (const num of elements(numbering, 'num')) {
    const levels = abstract.get(attr(elements(num, 'abstractNumId')[0], 'val'));
    if (levels) formats.set(attr(num, 'numId') ?? '', levels);
  }
  return formats;
}

export async function checkDocxStructure(docx: Uint8Array): Promise<DocxStructure> {
  const zip = await JSZip.loadAsync(docx);
  const document = await part(zip, 'word/document.xml');
  const styles = await part(zip, 'word/styles.xml');
  const rels = await part(zip, 'word/_rels/document.xml.rels');
  const core = await part(zip, 'docProps/core.xml');
  const problems: string[] = [];

  const formats = await listFormats(zip);
  const headings: DocxStructure['headings'] = [];
  const listParagraphs: DocxStructure['listParagraphs'] = [];
  let previous = 0;
  for (const paragraph of elements(document, 'p')) {
    const style = attr(elements(paragraph, 'pStyle')[0], 'val');
    const level = headingLevel(style);
    const text = textOf(paragraph);
    const numPr = elements(paragraph, 'numPr')[0];
    if (numPr) {
      const ilvl = attr(elements(numPr, 'ilvl')[0], 'val') ?? '0';
      const format = formats.get(attr(elements(numPr, 'numId')[0], 'val') ?? '')?.get(ilvl);
      listParagraphs.push({ text, level: Number(ilvl), bullet: format === 'bullet' });
    }
    const inTable = elements(document, 'tc').some((cell) => cell === paragraph.parentNode);
    const hasContent = text.trim() !== '' || elements(paragraph, 'drawing').length > 0 || elements(paragraph, 'br').length > 0;
    if (!hasContent) problems.push(inTable ? 'empty table cell' : `empty paragraph (style ${style ?? 'Normal'})`);
    if (level === null) continue;
    headings.push({ level, text });
    if (level > 0 && level > previous + 1) problems.push(`heading level skips from ${previous} to ${level}: "${text}"`);
    if (level > 0) previous = level;
  }

  const targets = new Map(Array.from(rels.getElementsByTagName('Relationship')).map((r) => [r.getAttribute('Id'), r.getAttribute('Target') ?? '']));
  for (const link of elements(document, 'hyperlink')) {
    const text = textOf(link);
    const target = targets.get(link.getAttributeNS(R, 'id') ?? link.getAttribute('r:id')) ?? '';
    if (!text.trim()) problems.push(`hyperlink without text to ${target}`);
    if (!/^(https?:|mailto:)/.test(target)) problems.push(`hyperlink "${text}" to a non-web address ${target}`);
  }

  const defaults = elements(styles, 'docDefaults')[0];
  const defaultLanguage = defaults ? attr(elements(defaults, 'lang')[0], 'val') : null;
  if (defaultLanguage !== 'sv-SE') problems.push(`document language is ${defaultLanguage ?? 'not set'}`);
  for (const lang of [...elements(styles, 'lang'), ...elements(document, 'lang')]) {
    const value = attr(lang, 'val');
    if (value !== 'sv-SE') problems.push(`a style or run sets language ${value}`);
  }

  const title = core.getElementsByTagName('dc:title')[0]?.textContent ?? '';
  if (!title.trim()) problems.push('the document title is not set');
  return { problems, headings, listParagraphs, title };
}
