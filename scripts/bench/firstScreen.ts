/**
 * Time to the first screen on a stress store, through the worker transport, cold and warm. Cold: from
 * starting a new backend process (as main starts it before the window) through a fresh browser context
 * and page with an empty cache until Möten shows the year's meetings, on the wall clock both processes
 * share. Warm: a reload of that page, from navigation until the same. The browser is started before
 * (Electron's own start and window creation cannot be measured here) and the system's file cache is warm.
 */
import { nodeFileSystem } from '../../electron/core/store/fileSystem';
import { StoreSession } from '../../electron/core/store/storeSession';
import { todayIso } from '../../electron/shared/format/isoDate';
import type { StoreData } from '../../electron/shared/store/schema';
import { closeSharedBrowser, launchApp } from '../../test/e2e/harness';
import { percentiles, type Timing } from './measure';
import { dataFolderWith } from './stressStore';

export interface FirstScreen {
  cold: Timing;
  warm: Timing;
}

const SHOWN = '.year-plan .meeting-card';

export async function firstScreen(data: StoreData, coldRuns = 5, warmRuns = 10): Promise<FirstScreen> {
  const year = todayIso().slice(0, 4);
  // The last meetings moved into this year, so the first screen has meetings to show.
  const meetings = data.meetings.map((m, i) => (i >= data.meetings.length - 4 ? { ...m, date: `${year}${m.date.slice(4)}` } : m));
  const dataDir = dataFolderWith({ ...data, meetings });
  // The first open lays the single file out as a data folder, as the app's own opens find it.
  await (await StoreSession.open({ fs: nodeFileSystem, dataDir })).whenLoaded();

  const cold: number[] = [];
  const warm: number[] = [];
  try {
    // One launch untimed: it starts the shared browser.
    await (await launchApp({ dataDir, transport: 'worker' })).close();
    for (let run = 0; run < coldRuns; run++) {
      const started = performance.timeOrigin + performance.now();
      const app = await launchApp({ dataDir, transport: 'worker' });
      try {
        const shown = await app.page.waitForFunction((selector) => (document.querySelector(selector) ? performance.timeOrigin + performance.now() : false), SHOWN, { polling: 'raf' });
        cold.push(((await shown.jsonValue()) as number) - started);
        if (run === coldRuns - 1) {
          for (let reload = 0; reload < warmRuns; reload++) {
            await app.page.reload({ waitUntil: 'commit' });
            const again = await app.page.waitForFunction((selector) => (document.querySelector(selector) ? performance.now() : false), SHOWN, { polling: 'raf' });
            warm.push((await again.jsonValue()) as number);
          }
        }
      } finally {
        await app.close();
      }
    }
  } finally {
    await closeSharedBrowser();
  }
  return { cold: percentiles(cold), warm: percentiles(warm) };
}
