/**
 * Time to the first screen on a stress store, through the worker transport, cold and warm. Cold: from
 * starting a new backend process (as main starts it before the window) through a fresh browser context
 * and page with an empty cache until Möten shows the year's meetings, on the wall clock both processes
 * share. Floor, in the same runs: the harness's own part, from starting a server as the app's through the
 * same new context and page (the transport's worker too) until a trivial page of that origin shows; the
 * app's part is cold minus floor, run by run. Warm: a reload of that page, from navigation until the same.
 * The browser is started before (Electron's own start and window creation cannot be measured here) and
 * the system's file cache is warm.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Page } from '@playwright/test';
import { nodeFileSystem } from '../../electron/core/store/fileSystem';
import { StoreSession } from '../../electron/core/store/storeSession';
import { todayIso } from '../../electron/shared/format/isoDate';
import { channelNames } from '../../electron/shared/ipc/channels';
import type { StoreData } from '../../electron/shared/store/schema';
import { closeSharedBrowser, launchApp, openWindow } from '../../test/e2e/harness';
import { serveRenderer } from '../../test/support/rendererServer';
import { createRelay, workerApiScript } from '../../test/support/workerTransport';
import { percentiles, type Timing } from './measure';
import { dataFolderWith } from './stressStore';

export interface FirstScreen {
  cold: Timing;
  /** The harness's own part of a cold start (see the header). */
  floor: Timing;
  /** Cold minus floor, run by run: what the app costs, its backend's start included. */
  app: Timing;
  warm: Timing;
}

const SHOWN = '.year-plan .meeting-card';
const FLOOR_PATH = '/golv.html';
const FLOOR_PAGE = '<!doctype html><html lang="sv"><head><meta charset="UTF-8"><title>Golv</title></head><body><p class="floor">Golv</p></body></html>';
const FLOOR_SHOWN = '.floor';

const wallClock = () => performance.timeOrigin + performance.now();

/** When `selector` is first on the page, on the wall clock, looked for at each frame. */
async function shownAt(page: Page, selector: string): Promise<number> {
  const shown = await page.waitForFunction((wanted) => (document.querySelector(wanted) ? performance.timeOrigin + performance.now() : false), selector, { polling: 'raf' });
  return (await shown.jsonValue()) as number;
}

/** One floor run: milliseconds from starting the server until the trivial page shows. */
async function floorRun(): Promise<number> {
  const started = wallClock();
  const relay = createRelay(() => Promise.reject(new Error('Golvet har ingen bakgrundsprocess.')));
  const servePage = (req: IncomingMessage, res: ServerResponse) => {
    if (relay.serve(req, res)) return true;
    if (req.url !== FLOOR_PATH) return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(FLOOR_PAGE);
    return true;
  };
  const server = await serveRenderer({ extra: servePage, upgrade: relay.upgrade });
  const floorWindow = await openWindow(server.origin, undefined, async (context) => {
    await context.addInitScript({ content: workerApiScript(channelNames) });
  });
  try {
    await floorWindow.page.goto(`${server.origin}${FLOOR_PATH}`);
    return (await shownAt(floorWindow.page, FLOOR_SHOWN)) - started;
  } finally {
    await floorWindow.close();
    relay.close();
    await server.close();
  }
}

export async function firstScreen(data: StoreData, coldRuns = 5, warmRuns = 10): Promise<FirstScreen> {
  const year = todayIso().slice(0, 4);
  // The last meetings moved into this year, so the first screen has meetings to show.
  const meetings = data.meetings.map((m, i) => (i >= data.meetings.length - 4 ? { ...m, date: `${year}${m.date.slice(4)}` } : m));
  const dataDir = dataFolderWith({ ...data, meetings });
  // The first open lays the single file out as a data folder, as the app's own opens find it.
  await (await StoreSession.open({ fs: nodeFileSystem, dataDir })).whenLoaded();

  const cold: number[] = [];
  const floor: number[] = [];
  const warm: number[] = [];
  try {
    // One launch and one floor untimed: they start the shared browser.
    await (await launchApp({ dataDir, transport: 'worker' })).close();
    await floorRun();
    for (let run = 0; run < coldRuns; run++) {
      floor.push(await floorRun());
      const started = wallClock();
      const app = await launchApp({ dataDir, transport: 'worker' });
      try {
        cold.push((await shownAt(app.page, SHOWN)) - started);
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
  return { cold: percentiles(cold), floor: percentiles(floor), app: percentiles(cold.map((took, run) => took - floor[run]!)), warm: percentiles(warm) };
}
