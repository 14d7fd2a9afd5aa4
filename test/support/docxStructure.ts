/**
 * An exported .docx as Word and a screen reader see it: its headings with their levels, its list
 * paragraphs with level and kind, its title, and the accessibility checker's findings as `problems`
 * ("rule: what is wrong", docxAccessibility.ts), so a failing test says what is wrong.
 */
import type JSZip from 'jszip';
import { attr, docxFindings, elements, headingLevel, parseXml, readDocxParts, textOf } from './docxAccessibility';

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
  const file = zip.file('word/numbering.xml');
  if (!file) return formats;
  const numbering = parseXml(await file.async('string'));
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
  const parts = await readDocxParts(docx);
  const formats = await listFormats(parts.zip);
  const headings: DocxStructure['headings'] = [];
  const listParagraphs: DocxStructure['listParagraphs'] = [];
  for (const paragraph of elements(parts.document, 'p')) {
    const text = textOf(paragraph);
    const level = headingLevel(attr(elements(paragraph, 'pStyle')[0], 'val'));
    if (level !== null) headings.push({ level, text });
    const numPr = elements(paragraph, 'numPr')[0];
    if (numPr) {
      const ilvl = attr(elements(numPr, 'ilvl')[0], 'val') ?? '0';
      const format = formats.get(attr(elements(numPr, 'numId')[0], 'val') ?? '')?.get(ilvl);
      listParagraphs.push({ text, level: Number(ilvl), bullet: format === 'bullet' });
    }
  }
  const problems = docxFindings(parts).map((finding) => `${finding.rule}: ${finding.message}`);
  const title = parts.core.getElementsByTagName('dc:title')[0]?.textContent ?? '';
  return { problems, headings, listParagraphs, title };
}
