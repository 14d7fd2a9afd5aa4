/**
 * An exported Word file read back as the issue asks of every test export: its text through
 * LibreOffice, its structure checked (headings, empty paragraphs, links, language, title), and page 1
 * converted to PDF and rendered to a PNG under test-results/documents for a person to look at.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { checkDocxStructure, type DocxStructure } from './docxStructure';
import { ARTIFACTS_DIR, docxFirstPageToPng, docxToText } from './libreoffice';

export interface ExportedDocx {
  bytes: Buffer;
  text: string;
  structure: DocxStructure;
}

export async function readExportedDocx(path: string): Promise<ExportedDocx> {
  const bytes = await readFile(path);
  const text = await docxToText(bytes);
  await docxFirstPageToPng(bytes, join(ARTIFACTS_DIR, basename(path).replace(/\.docx$/, '.png')));
  return { bytes, text, structure: await checkDocxStructure(bytes) };
}
