/**
 * Keystroke-to-screen latency in the minutes editor: the built renderer in Chromium (the browser-test
 * harness) on a stress store, typing at the end of a 5,000-word minutes. Each key gives the time from
 * the keydown event until the frame that shows the change has been painted, the time the editor took to
 * take the change in, and whether it showed in the very next frame. (Playwright types å, ä and ö
 * without a keydown, so those keys give no sample.) With `whileTyping`, the keys are typed while that
 * work runs in the backend process (an archive export, say) and only keys pressed before it ended count.
 */
import { sv } from '../../electron/shared/i18n/sv';
import type { StoreData } from '../../electron/shared/store/schema';
import { closeSharedBrowser, launchApp, type LaunchedApp } from '../../test/e2e/harness';
import { openSection } from '../../test/e2e/fixtures';
import { percentiles, type Timing } from './measure';
import { dataFolderWith } from './stressStore';

interface Sample {
  /** The keydown's time on the page's clock. */
  at: number;
  ms: number;
  work: number;
  frames: number;
}

export interface KeystrokeLatency {
  /** From keydown until the frame showing the change has been painted. */
  toScreen: Timing;
  /** From keydown until the editor has taken the change into its document (its own observer runs first). */
  work: Timing;
  /** Share of keys shown in the very next frame. */
  nextFrameShare: number;
}

/**
 * Installed in the page as plain text: a script compiled by tsx would carry its helper names along.
 * A frame counter runs on requestAnimationFrame; each keydown waits for the editor's DOM to change
 * (ProseMirror's observer, made earlier, has then already read it), then for the next frame, and
 * records the time after that frame's paint.
 */
const RECORD_LATENCY = `(() => {
  const samples = [];
  window.latency = samples;
  let frame = 0;
  const countFrames = () => { frame++; requestAnimationFrame(countFrames); };
  requestAnimationFrame(countFrames);
  const target = document.querySelector('.minutes-text');
  target.addEventListener('keydown', (event) => {
    const start = event.timeStamp;
    const startFrame = frame;
    const observer = new MutationObserver(() => {
      observer.disconnect();
      const work = performance.now() - start;
      requestAnimationFrame(() => {
        const frames = frame - startFrame;
        setTimeout(() => samples.push({ at: start, ms: performance.now() - start, work, frames }));
      });
    });
    observer.observe(target, { childList: true, subtree: true, characterData: true });
  }, true);
})()`;

export interface LatencyOptions {
  keys?: number;
  /** Work started in the backend as typing starts; keys are typed until it ends (`keys` is then unused). */
  whileTyping?: (app: LaunchedApp) => Promise<unknown>;
}

const TEXT = 'nätverksmöte i Borås ';

export async function keystrokeLatency(data: StoreData, options: LatencyOptions = {}): Promise<KeystrokeLatency & { workMs: number | null }> {
  const keys = options.keys ?? 200;
  const dataDir = dataFolderWith({ ...data, minutes: data.minutes.map((m) => ({ ...m, status: 'draft' })) });
  const app = await launchApp({ dataDir });
  try {
    const { page } = app;
    await openSection(page, 'minutes');
    await page.getByRole('button', { name: data.minutes[0]!.title }).click();
    const editor = page.getByRole('textbox', { name: sv.minutes.ui.editorLabel });
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.evaluate(RECORD_LATENCY);
    let workMs: number | null = null;
    let until = Number.POSITIVE_INFINITY;
    if (options.whileTyping) {
      let running = true;
      const started = performance.now();
      const work = options.whileTyping(app).finally(async () => {
        workMs = performance.now() - started;
        until = await page.evaluate(() => performance.now());
        running = false;
      });
      while (running) await page.keyboard.type(TEXT, { delay: 40 });
      await work;
    } else {
      await page.keyboard.type(TEXT.repeat(Math.ceil(keys / TEXT.length)).slice(0, keys), { delay: 40 });
    }
    await page.waitForTimeout(300);
    const samples = (await page.evaluate(() => (window as unknown as { latency: Sample[] }).latency)).filter((s) => s.at < until);
    return {
      workMs,
      toScreen: percentiles(samples.map((s) => s.ms)),
      work: percentiles(samples.map((s) => s.work)),
      nextFrameShare: samples.filter((s) => s.frames === 1).length / samples.length,
    };
  } finally {
    await app.close();
    await closeSharedBrowser();
  }
}
