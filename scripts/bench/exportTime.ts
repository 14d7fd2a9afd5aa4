/**
 * The Word export of minutes timed: layout and .docx of a seed-sized document (the reference minutes)
 * and of a 5,000-word one, each beside pandoc turning the same content (the print page's HTML) into a
 * .docx, the peer the issue names. Without pandoc the peer is left out with one line saying what to
 * install.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { minutesDocx } from '../../electron/core/minutes/export/minutesDocx';
import { minutesLayout } from '../../electron/core/minutes/export/minutesLayout';
import { minutesPrintHtml } from '../../electron/core/minutes/export/minutesPrintHtml';
import type { Minutes } from '../../electron/shared/minutes/minutes';
import { wordCount } from '../../electron/shared/minutes/richText';
import { createEmptyStore, type StoreData } from '../../electron/shared/store/schema';
import { referenceMinutesDoc } from '../../test/support/referenceMinutes';
import { time, type Timing } from './measure';
import { addStressMinutes } from './stressMinutes';

const run = promisify(execFile);

export interface ExportTiming {
  label: string;
  words: number;
  ours: Timing;
  pandoc: Timing | null;
}

function pandocPath(): string | null {
  const path = process.env.PANDOC_PATH ?? '/usr/bin/pandoc';
  if (existsSync(path)) return path;
  console.error('pandoc saknas, jämförelsen hoppas över: apt-get install pandoc (eller sätt PANDOC_PATH)');
  return null;
}

async function timeOne(label: string, data: StoreData, minutes: Minutes, pandoc: string | null): Promise<ExportTiming> {
  const ours = await time(50, () => minutesDocx(minutesLayout(data, minutes), data.settings));
  if (!pandoc) return { label, words: wordCount(minutes.body), ours, pandoc: null };
  const dir = await mkdtemp(join(tmpdir(), 'ros-pandoc-'));
  try {
    const input = join(dir, 'anteckningar.html');
    await writeFile(input, minutesPrintHtml(minutesLayout(data, minutes), data.settings));
    const peer = await time(10, () => run(pandoc, ['-f', 'html', '-t', 'docx', '-o', join(dir, 'anteckningar.docx'), input]));
    return { label, words: wordCount(minutes.body), ours, pandoc: peer };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function exportTimes(): Promise<ExportTiming[]> {
  const data = addStressMinutes(createEmptyStore(), 1, 5000);
  const long = data.minutes[0]!;
  const seed: Minutes = { ...long, id: crypto.randomUUID(), title: 'Kortfattade anteckningar 28 april 2021', body: referenceMinutesDoc() };
  const pandoc = pandocPath();
  return [await timeOne('anteckningarna från 28 april 2021', data, seed, pandoc), await timeOne('en anteckning', data, long, pandoc)];
}
