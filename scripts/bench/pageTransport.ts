/**
 * The bench's transport between page and backend, timed: an 845 kB-class payload (the 60,000-word
 * minutes' content, as the autosave sends it) sent from the page through the worker transport and
 * echoed back by the renderer server, against the floor of Electron's own cost: the same payload
 * through a MessageChannel on the page and back (a structured clone each way). For each: the round trip
 * and the page's main-thread time (CDP TaskDuration) per call.
 */
import type { MinutesContent } from '../../electron/shared/minutes/minutes';
import { closeSharedBrowser, launchApp } from '../../test/e2e/harness';
import { ECHO_CHANNEL } from '../../test/support/workerTransport';
import { percentiles, type Timing } from './measure';
import { dataFolderWith, stressStore } from './stressStore';

export interface TransportFigures {
  bytes: number;
  worker: { roundTrip: Timing; pageThread: number };
  channel: { roundTrip: Timing; pageThread: number };
}

type Way = 'worker' | 'channel';

/** Run in the page as plain text (a function compiled by tsx would carry its helper names along). */
const ROUND_TRIPS = `async ({ way, calls, echo }) => {
  const channel = new MessageChannel();
  channel.port2.onmessage = (event) => channel.port2.postMessage(event.data);
  const viaChannel = (value) => new Promise((resolve) => {
    channel.port1.onmessage = (event) => resolve(event.data);
    channel.port1.postMessage(value);
  });
  const times = [];
  for (let i = 0; i < calls; i++) {
    const started = performance.now();
    await (way === 'worker' ? window.__rosRelay(echo, window.__payload) : viaChannel(window.__payload));
    times.push(performance.now() - started);
  }
  return times;
}`;

export async function pageTransport(content: MinutesContent, calls = 15): Promise<TransportFigures> {
  const app = await launchApp({ dataDir: dataFolderWith(stressStore(10, 2)), transport: 'worker' });
  try {
    const { page } = app;
    await page.waitForFunction(() => 'ros' in window);
    await page.evaluate((value) => void ((window as unknown as { __payload: unknown }).__payload = value), content);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const taskMs = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN) * 1000;
    const measure = async (way: Way, calls: number) => {
      const before = await taskMs();
      const samples = (await page.evaluate(`(${ROUND_TRIPS})(${JSON.stringify({ way, calls, echo: ECHO_CHANNEL })})`)) as number[];
      return { roundTrip: percentiles(samples), pageThread: ((await taskMs()) - before) / calls };
    };
    // A few calls each first, so both are timed warm.
    await measure('worker', 3);
    await measure('channel', 3);
    return { bytes: Buffer.byteLength(JSON.stringify(content)), worker: await measure('worker', calls), channel: await measure('channel', calls) };
  } finally {
    await app.close();
    await closeSharedBrowser();
  }
}
