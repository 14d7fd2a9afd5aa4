/**
 * An exported Word file read back as the issue asks of every test export: its text through
 * LibreOffice, its structure checked (headings, empty paragraphs, links, language, title), and page 1
 * converted to PDF and rendered to a PNG under test-results/documents for a person to look at.
 * The pictures of a whole test file are made together after its last test, in one LibreOffice run
 * (a failure to make one still fails the file).
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterAll } from 'vitest';
import { checkDocxStructure, type DocxStructure } from './docxStructure';
import { ARTIFACTS_DIR, docxsFirstPageToPng, docxToText } from './libreoffice';

export interface ExportedDocx {
  bytes: Buffer;
  text: string;
  structure: DocxStructure;
}

const pictures: Array<{ docx: Uint8Array; pngPath: string }> = [];

afterAll(async () => {
  await docxsFirstPageToPng(pictures.splice(0));
}, 120_000);

export async function readExportedDocx(path: string): Promise<ExportedDocx> {
  const bytes = await readFile(path);
  const text = await docxToText(bytes);
  pictures.push({ docx: bytes, pngPath: join(ARTIFACTS_DIR, basename(path).replace(/\.docx$/, '.png')) });
  return { bytes, text, structure: await checkDocxStructure(bytes) };
}
