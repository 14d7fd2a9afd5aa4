/**
 * Time to the first interactive screen on a stress store, in two parts that add up to what a user
 * waits for after the window opens: the backend opening the main file (read, parse, validate), then the
 * built renderer in Chromium from navigation until the year plan shows the year's meetings from it.
 * (Electron's own start and window creation cannot be measured on this machine.)
 */
import { nodeFileSystem } from '../../electron/core/store/fileSystem';
import { StoreSession } from '../../electron/core/store/storeSession';
import { todayIso } from '../../electron/shared/format/isoDate';
import type { StoreData } from '../../electron/shared/store/schema';
import { closeSharedBrowser, launchApp } from '../../test/e2e/harness';
import { percentiles, type Timing } from './measure';
import { dataFolderWith } from './stressStore';

export interface FirstScreen {
  openStore: Timing;
  renderer: Timing;
  total: Timing;
}

export async function firstScreen(data: StoreData, runs = 20): Promise<FirstScreen> {
  const year = todayIso().slice(0, 4);
  // The last meetings moved into this year, so the first screen has meetings to show.
  const meetings = data.meetings.map((m, i) => (i >= data.meetings.length - 4 ? { ...m, date: `${year}${m.date.slice(4)}` } : m));
  const dataDir = dataFolderWith({ ...data, meetings });

  // The first open lays the single file out as a data folder; then each open is the app's: the main
  // file now, the minutes after the first screen.
  await StoreSession.open({ fs: nodeFileSystem, dataDir });
  const opens: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const session = await StoreSession.open({ fs: nodeFileSystem, dataDir, minutesInBackground: true });
    opens.push(performance.now() - started);
    await session.whenLoaded();
  }
  const openStore = percentiles(opens);
  const app = await launchApp({ dataDir });
  const samples: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      await app.page.reload({ waitUntil: 'commit' });
      const shown = await app.page.waitForFunction(() => (document.querySelector('.year-plan .meeting-card') ? performance.now() : false), null, { polling: 'raf' });
      samples.push((await shown.jsonValue()) as number);
    }
  } finally {
    await app.close();
    await closeSharedBrowser();
  }
  const renderer = percentiles(samples);
  return { openStore, renderer, total: { p50: openStore.p50 + renderer.p50, p95: openStore.p95 + renderer.p95, runs } };
}
