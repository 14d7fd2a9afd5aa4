/**
 * Reads exported Word documents back the way a person would see them: LibreOffice converts the .docx
 * to plain text (and to PDF, rendered to PNG with pdftoppm, for looking at); PDFs are read with
 * poppler's pdftotext. Stops with one line saying what to install when LibreOffice is missing.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

function soffice(): string {
  const candidates = [process.env.LIBREOFFICE_PATH, '/usr/bin/soffice', '/usr/bin/libreoffice'];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) throw new Error('Installera LibreOffice för dokumenttesterna: apt-get install libreoffice-writer-nogui (eller sätt LIBREOFFICE_PATH)');
  return found;
}

async function convert(docx: Uint8Array, to: 'txt:Text' | 'pdf', extension: string): Promise<{ dir: string; output: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'ros-lo-'));
  const input = join(dir, 'dokument.docx');
  await writeFile(input, docx);
  await run(soffice(), [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', to, '--outdir', dir, input], {
    timeout: 120_000,
  });
  return { dir, output: join(dir, `${basename(input, '.docx')}.${extension}`) };
}

/** The document's text as LibreOffice reads it, without the BOM. */
export async function docxToText(docx: Uint8Array): Promise<string> {
  const { dir, output } = await convert(docx, 'txt:Text', 'txt');
  try {
    return (await readFile(output, 'utf8')).replace(/^\uFEFF/, '');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Renders page 1 of a PDF file to a PNG at `pngPath` (for a person to look at). */
export async function pdfFirstPageToPng(pdfPath: string, pngPath: string): Promise<void> {
  await mkdir(dirname(pngPath), { recursive: true });
  await run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdfPath, pngPath.replace(/\.png$/, '')]);
}

/** Converts the .docx to PDF with LibreOffice and renders page 1 to a PNG at `pngPath`. */
export async function docxFirstPageToPng(docx: Uint8Array, pngPath: string): Promise<void> {
  const { dir, output } = await convert(docx, 'pdf', 'pdf');
  try {
    await pdfFirstPageToPng(output, pngPath);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A PDF file's text in reading order, as pdftotext (poppler) extracts it. */
export async function pdfText(pdfPath: string): Promise<string> {
  return (await run('pdftotext', ['-layout', pdfPath, '-'])).stdout;
}

/** How many images a PDF file holds, as pdfimages (poppler) lists them. */
export async function pdfImageCount(pdfPath: string): Promise<number> {
  const { stdout } = await run('pdfimages', ['-list', pdfPath]);
  return stdout.trim().split('\n').slice(2).filter(Boolean).length;
}

/** Where tests put pictures of exported pages for a person to look at (kept by CI as artifacts). */
export const ARTIFACTS_DIR = join(import.meta.dirname, '../../test-results/documents');
