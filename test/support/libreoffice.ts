/**
 * Reads exported Word documents back the way a person would see them: LibreOffice converts the .docx
 * to plain text (and to PDF, rendered to PNG with pdftoppm, for looking at); PDFs are read with
 * poppler's pdftotext. Stops with one line saying what to install when LibreOffice is missing.
 *
 * Starting soffice costs seconds (more on a busy machine), so conversions are batched: requests made
 * within a short window, or while a conversion is running, go to the next single `soffice --convert-to`
 * run (one per target format). Runs in this process are one at a time, on a LibreOffice profile of this
 * process's own, so two test workers never fight over one profile.
 */
import { execFile } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

function soffice(): string {
  const candidates = [process.env.LIBREOFFICE_PATH, '/usr/bin/soffice', '/usr/bin/libreoffice'];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) throw new Error('Installera LibreOffice för dokumenttesterna: apt-get install libreoffice-writer-nogui (eller sätt LIBREOFFICE_PATH)');
  return found;
}

type Target = 'txt:Text' | 'pdf';
const EXTENSION: Record<Target, string> = { 'txt:Text': 'txt', pdf: 'pdf' };
/** How long a first request waits for others to join its run. */
const BATCH_WINDOW_MS = 30;

interface Request {
  docx: Uint8Array;
  to: Target;
  resolve(bytes: Buffer): void;
  reject(error: unknown): void;
}

const queue: Request[] = [];
let pumping = false;
let profile: string | null = null;

/** This process's LibreOffice profile, made on first use and removed when the process ends. */
function profileUrl(): string {
  if (!profile) {
    const dir = join(tmpdir(), `ros-lo-profile-${process.pid}`);
    profile = dir;
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return `file://${profile}`;
}

async function convertBatch(to: Target, batch: Request[]): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'ros-lo-'));
  try {
    const inputs = await Promise.all(
      batch.map(async (request, index) => {
        const input = join(dir, `dokument-${index}.docx`);
        await writeFile(input, request.docx);
        return input;
      }),
    );
    let failure: unknown = null;
    await run(soffice(), [`-env:UserInstallation=${profileUrl()}`, '--headless', '--convert-to', to, '--outdir', dir, ...inputs], {
      timeout: 120_000,
    }).catch((error: unknown) => (failure = error));
    await Promise.all(
      batch.map(async (request, index) => {
        const output = join(dir, `dokument-${index}.${EXTENSION[to]}`);
        try {
          request.resolve(await readFile(output));
        } catch (error) {
          request.reject(failure ?? new Error(`LibreOffice gav ingen ${EXTENSION[to]}-fil för dokumentet (${String(error)})`));
        }
      }),
    );
  } catch (error) {
    for (const request of batch) request.reject(error);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs the queue until it is empty: each run takes every waiting request of the oldest one's format. */
async function pump(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, BATCH_WINDOW_MS));
  while (queue.length) {
    const to = queue[0]!.to;
    const batch = queue.filter((request) => request.to === to);
    queue.splice(0, queue.length, ...queue.filter((request) => request.to !== to));
    await convertBatch(to, batch);
  }
  // Set in the same step as the last look at the queue, so a request made after it starts a new pump.
  pumping = false;
}

function convert(docx: Uint8Array, to: Target): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    queue.push({ docx, to, resolve, reject });
    if (!pumping) {
      pumping = true;
      void pump();
    }
  });
}

/** The document's text as LibreOffice reads it, without the BOM. */
export async function docxToText(docx: Uint8Array): Promise<string> {
  return (await convert(docx, 'txt:Text')).toString('utf8').replace(/^\uFEFF/, '');
}

/** Several documents' texts, in one LibreOffice run. */
export function docxsToText(docxs: readonly Uint8Array[]): Promise<string[]> {
  return Promise.all(docxs.map(docxToText));
}

/** Renders page 1 of a PDF file to a PNG at `pngPath` (for a person to look at). */
export async function pdfFirstPageToPng(pdfPath: string, pngPath: string): Promise<void> {
  await mkdir(dirname(pngPath), { recursive: true });
  await run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdfPath, pngPath.replace(/\.png$/, '')]);
}

/** Converts the .docx to PDF with LibreOffice and renders page 1 to a PNG at `pngPath`. */
export async function docxFirstPageToPng(docx: Uint8Array, pngPath: string): Promise<void> {
  const pdf = await convert(docx, 'pdf');
  const dir = await mkdtemp(join(tmpdir(), 'ros-pdf-'));
  try {
    await writeFile(join(dir, 'dokument.pdf'), pdf);
    await pdfFirstPageToPng(join(dir, 'dokument.pdf'), pngPath);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** How many pages LibreOffice lays the .docx out on (converted to PDF; the pages counted by pdfinfo). */
export async function docxPageCount(docx: Uint8Array): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'ros-pdf-'));
  try {
    await writeFile(join(dir, 'dokument.pdf'), await convert(docx, 'pdf'));
    return await pdfPageCount(join(dir, 'dokument.pdf'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Several documents' page 1 as PNGs (pairs of .docx bytes and PNG path), in one LibreOffice run. */
export async function docxsFirstPageToPng(pages: ReadonlyArray<{ docx: Uint8Array; pngPath: string }>): Promise<void> {
  await Promise.all(pages.map(({ docx, pngPath }) => docxFirstPageToPng(docx, pngPath)));
}

/** A PDF file's text in reading order, as pdftotext (poppler) extracts it. */
export async function pdfText(pdfPath: string): Promise<string> {
  return (await run('pdftotext', ['-layout', pdfPath, '-'])).stdout;
}

/** A PDF file's text in the order pdftotext reads it (its reading order, without the page's layout). */
export async function pdfReadingText(pdfPath: string): Promise<string> {
  return (await run('pdftotext', [pdfPath, '-'])).stdout;
}

/** A word printed on a PDF page, with how far its top and bottom are from the top of the page (pt). */
export interface PdfWord {
  text: string;
  top: number;
  bottom: number;
}

/** One page of a PDF file: its text as pdftotext lays it out, and its words with where they stand. */
export interface PdfPage {
  text: string;
  words: PdfWord[];
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

async function pdfPageCount(pdfPath: string): Promise<number> {
  const { stdout: info } = await run('pdfinfo', [pdfPath]);
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

/** Each page of a PDF file read on its own (`pdftotext -f N -l N`, and `-bbox` for the words' places). */
export async function pdfPages(pdfPath: string): Promise<PdfPage[]> {
  const count = await pdfPageCount(pdfPath);
  return Promise.all(Array.from({ length: count }, async (_, index) => {
    const page = String(index + 1);
    const [{ stdout: text }, { stdout: boxes }] = await Promise.all([
      run('pdftotext', ['-f', page, '-l', page, '-layout', pdfPath, '-']),
      run('pdftotext', ['-f', page, '-l', page, '-bbox', pdfPath, '-']),
    ]);
    const words = [...boxes.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(([, top, bottom, word]) => ({
      text: word!.replace(/&(\w+);/g, (entity, name: string) => XML_ENTITIES[name] ?? entity),
      top: Number(top),
      bottom: Number(bottom),
    }));
    return { text, words };
  }));
}

/** How many images a PDF file holds, as pdfimages (poppler) lists them. */
export async function pdfImageCount(pdfPath: string): Promise<number> {
  const { stdout } = await run('pdfimages', ['-list', pdfPath]);
  return stdout.trim().split('\n').slice(2).filter(Boolean).length;
}

/** Where tests put pictures of exported pages for a person to look at (kept by CI as artifacts). */
export const ARTIFACTS_DIR = join(import.meta.dirname, '../../test-results/documents');
