/**
 * The accessibility of an exported PDF, read with poppler as a screen reader's program would find it:
 * tagged (`pdfinfo` says `Tagged: yes`), a title in its Info dictionary, its language (the catalog's
 * /Lang; Chromium writes PDF 1.4, whose catalog is a plain object, and no XMP metadata for
 * `pdfinfo -meta` to show), and an outline of its headings (`pdftohtml -xml`). Returns what it read and
 * the findings, none for an accessible PDF.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { DOMParser, type Element } from '@xmldom/xmldom';

const run = promisify(execFile);

export interface PdfAccessibility {
  tagged: boolean;
  title: string;
  language: string;
  /** The outline's entries in order, with their depth (0 = top). */
  outline: Array<{ level: number; text: string }>;
  findings: string[];
}

/** The catalog's /Lang: the trailer's /Root object, read from the file's text. */
function catalogLanguage(pdf: string): string {
  const root = [...pdf.matchAll(/\/Root\s+(\d+)\s+0\s+R/g)].at(-1)?.[1];
  const catalog = root ? new RegExp(`(?:^|\\s)${root}\\s+0\\s+obj([\\s\\S]*?)endobj`).exec(pdf)?.[1] : undefined;
  return /\/Lang\s*\(([^)]*)\)/.exec(catalog ?? '')?.[1] ?? '';
}

async function outlineOf(path: string): Promise<PdfAccessibility['outline']> {
  const { stdout } = await run('pdftohtml', ['-xml', '-i', '-q', '-stdout', path], { maxBuffer: 64 * 1024 * 1024 });
  const entries: PdfAccessibility['outline'] = [];
  const walk = (outline: Element, level: number) => {
    for (const child of Array.from(outline.childNodes)) {
      if (child.nodeName === 'item') entries.push({ level, text: child.textContent?.trim() ?? '' });
      if (child.nodeName === 'outline') walk(child as Element, level + 1);
    }
  };
  const top = Array.from(new DOMParser().parseFromString(stdout, 'text/xml').documentElement?.childNodes ?? []).find((node) => node.nodeName === 'outline');
  if (top) walk(top as Element, 0);
  return entries;
}

export async function checkPdfAccessibility(path: string): Promise<PdfAccessibility> {
  const [{ stdout: info }, bytes, outline] = await Promise.all([run('pdfinfo', [path]), readFile(path), outlineOf(path)]);
  const tagged = /^Tagged:\s+yes$/m.test(info);
  const title = /^Title:\s+(.*)$/m.exec(info)?.[1]?.trim() ?? '';
  const language = catalogLanguage(bytes.toString('latin1'));
  const findings: string[] = [];
  if (!tagged) findings.push('the PDF is not tagged');
  if (!title) findings.push('the PDF has no title');
  if (language !== 'sv-SE') findings.push(`the PDF's language is ${language || 'not set'}`);
  if (outline.length === 0) findings.push('the PDF has no outline');
  return { tagged, title, language, outline, findings };
}
