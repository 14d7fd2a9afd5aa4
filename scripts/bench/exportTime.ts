/**
 * The Word export of minutes timed: layout and .docx of the reference minutes (a seed-sized document)
 * and of full minutes of about 50 pages with four action-item tables, each beside pandoc turning the same
 * content (the print page's HTML) into a .docx, the peer the issue names. pandoc is timed with its
 * start-up (what using it as a converter costs) and without it (its start-up measured as the time of a
 * trivial conversion, subtracted). The long document's page count is LibreOffice's, so the label says
 * what was exported. Without pandoc the peer is left out with one line saying what to install.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { minutesDocx } from '../../electron/core/minutes/export/minutesDocx';
import { minutesLayout } from '../../electron/core/minutes/export/minutesLayout';
import { minutesPrintHtml } from '../../electron/core/minutes/export/minutesPrintHtml';
import type { Minutes } from '../../electron/shared/minutes/minutes';
import { wordCount } from '../../electron/shared/minutes/richText';
import type { StoreData } from '../../electron/shared/store/schema';
import { docxPageCount } from '../../test/support/libreoffice';
import { referenceMinutesDoc } from '../../test/support/referenceMinutes';
import { time, type Timing } from './measure';
import { addStressMinutes, withFullMinutes } from './stressMinutes';
import { stressStore } from './stressStore';

const run = promisify(execFile);

export interface ExportTiming {
  label: string;
  words: number;
  /** LibreOffice's page count of our .docx and of pandoc's (null without pandoc). */
  pages: { ours: number; pandoc: number | null };
  tables: number;
  ours: Timing;
  /** pandoc's whole run, and its start-up alone (a trivial conversion). */
  pandoc: { run: Timing; startUp: Timing } | null;
}

function pandocPath(): string | null {
  const path = process.env.PANDOC_PATH ?? '/usr/bin/pandoc';
  if (existsSync(path)) return path;
  console.error('pandoc saknas, jämförelsen hoppas över: apt-get install pandoc (eller sätt PANDOC_PATH)');
  return null;
}

async function timeOne(label: string, data: StoreData, minutes: Minutes, pandoc: string | null): Promise<ExportTiming> {
  const layout = minutesLayout(data, minutes);
  const ours = await time(10, () => minutesDocx(minutesLayout(data, minutes), data.settings));
  const docx = await minutesDocx(layout, data.settings);
  const tables = layout.blocks.filter((block) => block.kind === 'actions').length;
  const base = { label, words: wordCount(minutes.body), tables, ours };
  if (!pandoc) return { ...base, pages: { ours: await docxPageCount(docx), pandoc: null }, pandoc: null };
  const dir = await mkdtemp(join(tmpdir(), 'ros-pandoc-'));
  try {
    const input = join(dir, 'anteckningar.html');
    const output = join(dir, 'anteckningar.docx');
    const trivial = join(dir, 'tom.html');
    await writeFile(input, minutesPrintHtml(layout, data.settings));
    await writeFile(trivial, '<p>x</p>');
    const whole = await time(3, () => run(pandoc, ['-f', 'html', '-t', 'docx', '-o', output, input]));
    const startUp = await time(5, () => run(pandoc, ['-f', 'html', '-t', 'docx', '-o', join(dir, 'tom.docx'), trivial]));
    const [oursPages, pandocPages] = await Promise.all([docxPageCount(docx), docxPageCount(await readFile(output))]);
    return { ...base, pages: { ours: oursPages, pandoc: pandocPages }, pandoc: { run: whole, startUp } };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Words of full minutes that LibreOffice lays out on about 50 pages (3.3 pages per 1,000 words). */
const FIFTY_PAGES_WORDS = 16_500;

export async function exportTimes(): Promise<ExportTiming[]> {
  const data = withFullMinutes(addStressMinutes(stressStore(200, 24), 1), FIFTY_PAGES_WORDS);
  const long = data.minutes[0]!;
  const seed: Minutes = { ...long, id: crypto.randomUUID(), title: 'Kortfattade anteckningar 28 april 2021', form: 'brief', decisions: [], actions: [], body: referenceMinutesDoc() };
  const pandoc = pandocPath();
  return [await timeOne('anteckningarna från 28 april 2021', data, seed, pandoc), await timeOne('fullständiga anteckningar', data, long, pandoc)];
}
