/**
 * Typing in the minutes editor, measured in the built renderer in Chromium through the worker transport
 * (as cheap on the page's thread as Electron's IPC), at the end of the store's first minutes:
 *
 * - Frames: every requestAnimationFrame timestamp is recorded, and each key is judged on that frame
 *   grid (`frameGrid.ts`): in the next frame when the first frame drawn after its DOM change is no later
 *   than the first frame whose tick came after the keydown, no frame was skipped around it, and it was
 *   not begun late. A frame that was never produced or came late thus counts as missed, which a frame
 *   counter cannot see.
 * - Key→painted: from the keydown's timestamp until the frame showing the change has been rendered
 *   (a task posted from that frame's rAF callback runs after its style, layout and paint).
 * - Main-thread work per key: Chromium's TaskDuration (CDP Performance.getMetrics) over each key's
 *   interval (keys are typed a fixed cadence apart), so work a key leaves for later is counted too.
 * - The floor: the same keys at the same cadence typed into a plain contenteditable added to the same
 *   page, measured the same way.
 * - While an autosave is in flight: the transport holds the answer to each minutes save back
 *   (`holdSaveMs`, as a slow disk or a sync folder would), and the keys whose interval overlaps a
 *   save from its sending to its answer are counted apart.
 * - The first key typed after the minutes were opened is reported on its own (and counted in the share).
 * - With `whileTyping`, work started in the backend as the typing starts (an archive export, say): the
 *   keys pressed before it ended are counted apart.
 * - A control: keys typed with a 40 ms busy loop in a keydown listener must show as missed, or the
 *   method could not fail.
 *
 * Keys are ASCII: Playwright types å, ä and ö without a keydown, so they would give no sample.
 */
import type { CDPSession, Page } from '@playwright/test';
import { nodeFileSystem } from '../../electron/core/store/fileSystem';
import { StoreSession } from '../../electron/core/store/storeSession';
import { sv } from '../../electron/shared/i18n/sv';
import type { StoreData } from '../../electron/shared/store/schema';
import { closeSharedBrowser, launchApp, type LaunchedApp } from '../../test/e2e/harness';
import { openSection } from '../../test/e2e/fixtures';
import type { RelayedCall } from '../../test/support/workerTransport';
import { keyOutcome, type FrameRecord, type KeyOutcome, type KeyRecord } from './frameGrid';
import { percentiles, type Timing } from './measure';
import { dataFolderWith } from './stressStore';

/** What a phase of typing gave. */
export interface TypingFigures {
  keys: number;
  /** Share of keys painted in the frame after the key (0–1). */
  nextFrame: number;
  toPaint: Timing;
  /** Main-thread time per key interval (TaskDuration). */
  work: Timing;
}

export interface TypingResult {
  editor: TypingFigures;
  /** The same keys in a plain contenteditable on the same page. */
  floor: TypingFigures;
  /** The editor's keys whose interval overlapped a minutes save in flight. */
  duringSave: TypingFigures;
  /** Keys typed in the editor with a 40 ms busy loop in a keydown listener. */
  control: TypingFigures;
  firstKey: { nextFrame: boolean; toPaint: number };
  /** With `whileTyping`: the keys pressed before that work ended, and how long it took. */
  duringWork: (TypingFigures & { workMs: number }) | null;
  /** The median time between frames (ms). */
  frameInterval: number;
  saves: number;
}

/** Installed in the page as plain text: a script compiled by tsx would carry its helper names along. */
const RECORDER = `(() => {
  const bench = { phase: 'setup', busy: 0, frames: [], keys: [] };
  window.__bench = bench;
  const channel = new MessageChannel();
  channel.port1.onmessage = (event) => { bench.frames[event.data].done = performance.now(); };
  const tick = (ts) => {
    bench.frames.push({ ts, at: performance.now(), done: 0 });
    channel.port2.postMessage(bench.frames.length - 1);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  addEventListener('keydown', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLElement) || !target.isContentEditable) return;
    const key = { phase: bench.phase, down: event.timeStamp, changed: 0 };
    bench.keys.push(key);
    const observer = new MutationObserver(() => { observer.disconnect(); key.changed = performance.now(); });
    observer.observe(target, { childList: true, subtree: true, characterData: true });
    if (bench.busy) { const end = performance.now() + bench.busy; while (performance.now() < end); }
  }, true);
})()`;

const TEXT = 'samverkan med civila sektorn i regionen ';
/** A fast typist: 60 ms between keys. */
export const CADENCE_MS = 60;

async function taskDuration(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN) * 1000;
}

/** Types `count` keys at the cadence into the focused element; the main-thread time of each key's interval. */
async function typeKeys(page: Page, cdp: CDPSession, phase: string, count: number): Promise<number[]> {
  await page.evaluate((name) => void ((window as unknown as { __bench: { phase: string } }).__bench.phase = name), phase);
  const text = TEXT.repeat(Math.ceil(count / TEXT.length)).slice(0, count);
  const marks = [await taskDuration(cdp)];
  let next = performance.now();
  for (const char of text) {
    await page.keyboard.type(char);
    next += CADENCE_MS;
    const wait = next - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    else next = performance.now();
    marks.push(await taskDuration(cdp));
  }
  return marks.slice(1).map((mark, i) => mark - marks[i]!);
}

function figures(outcomes: ReadonlyArray<KeyOutcome | null>, work: readonly number[]): TypingFigures {
  const seen = outcomes.filter((o): o is KeyOutcome => o !== null);
  return {
    // A key whose change was never seen in a frame counts as missed.
    keys: outcomes.length,
    nextFrame: seen.filter((o) => o.nextFrame).length / outcomes.length,
    toPaint: percentiles(seen.map((o) => o.toPaint)),
    work: percentiles(work),
  };
}

export interface TypingOptions {
  keys: number;
  /** How long the transport holds each minutes save's answer back (0: not at all). */
  holdSaveMs: number;
  whileTyping?: (app: LaunchedApp) => Promise<unknown>;
}

/** The editor's autosave: the whole text the first time, then the changed blocks (`minutesSaver.ts`). */
const isMinutesSave = (channel: string) => channel === 'saveMinutesContent' || channel === 'saveMinutesChange';

/** Opens the store's first minutes (made a draft) and types into it, then into the floor and the control. */
export async function typingInMinutes(data: StoreData, options: TypingOptions): Promise<TypingResult> {
  const { keys, holdSaveMs } = options;
  const minutes = data.minutes[0]!;
  const dataDir = dataFolderWith({ ...data, minutes: data.minutes.map((m, i) => (i === 0 ? { ...m, status: 'draft' } : m)) });
  // The first open lays the single data file out as a data folder, as the app's own opens find it.
  await (await StoreSession.open({ fs: nodeFileSystem, dataDir })).whenLoaded();
  const app = await launchApp({ dataDir, transport: 'worker', hold: (channel) => (isMinutesSave(channel) ? holdSaveMs : 0) });
  try {
    const { page } = app;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await openSection(page, 'minutes');
    await page.evaluate(RECORDER);
    await page.getByRole('button', { name: minutes.title }).click({ timeout: 120_000 });
    const editor = page.getByRole('textbox', { name: sv.minutes.ui.editorLabel });
    await editor.waitFor({ timeout: 120_000 });
    await editor.click();
    await page.keyboard.press('Control+End');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const firstWork = await typeKeys(page, cdp, 'first', 1);
    let work: { ms: number; until: number } | null = null;
    const started = performance.now();
    const alongside = options.whileTyping?.(app).then(async () => {
      work = { ms: performance.now() - started, until: await page.evaluate(() => performance.now()) };
    });
    const editorWork = [...firstWork, ...(await typeKeys(page, cdp, 'editor', keys - 1))];
    await alongside;
    await page.evaluate((busy) => void ((window as unknown as { __bench: { busy: number } }).__bench.busy = busy), 40);
    const controlWork = await typeKeys(page, cdp, 'control', Math.min(keys, 40));
    await page.evaluate(() => {
      (window as unknown as { __bench: { busy: number } }).__bench.busy = 0;
      const floor = document.createElement('div');
      floor.contentEditable = 'true';
      floor.textContent = 'Golv: ';
      floor.style.cssText = 'position:fixed;left:8px;bottom:8px;width:480px;min-height:2em;background:#fff;z-index:99999;font:16px sans-serif';
      document.body.append(floor);
      floor.focus();
      getSelection()?.selectAllChildren(floor);
      getSelection()?.collapseToEnd();
    });
    const floorWork = await typeKeys(page, cdp, 'floor', keys);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { frames, keys: records, calls } = await page.evaluate(() => {
      const w = window as unknown as { __bench: { frames: FrameRecord[]; keys: KeyRecord[] }; __rosCallLog: RelayedCall[] };
      return { frames: w.__bench.frames, keys: w.__bench.keys, calls: w.__rosCallLog };
    });
    const frameInterval = percentiles(frames.slice(1).map((f, i) => f.ts - frames[i]!.ts)).p50;
    const phase = (name: string) => records.filter((k) => k.phase === name);
    const typed = [...phase('first'), ...phase('editor')];
    if (typed.length !== editorWork.length) throw new Error(`${editorWork.length} tangenter skrevs men ${typed.length} keydown sågs i editorn.`);
    const typedOutcomes = typed.map((k) => keyOutcome(k, frames, frameInterval));
    const saves = calls.filter((c) => isMinutesSave(c.name));
    // A key is typed during a save when its interval (keydown to the next key) overlaps the save's flight.
    const inFlight = typed.map((k) => saves.some((s) => k.down < s.answered && k.down + CADENCE_MS > s.sent));
    const first = typedOutcomes[0];
    const done = work as { ms: number; until: number } | null;
    const duringWork = done ? typed.map((k) => k.phase === 'editor' && k.down < done.until) : null;
    return {
      editor: figures(typedOutcomes, editorWork),
      floor: figures(phase('floor').map((k) => keyOutcome(k, frames, frameInterval)), floorWork),
      duringSave: figures(typedOutcomes.filter((_, i) => inFlight[i]), editorWork.filter((_, i) => inFlight[i])),
      control: figures(phase('control').map((k) => keyOutcome(k, frames, frameInterval)), controlWork),
      firstKey: { nextFrame: first?.nextFrame ?? false, toPaint: first?.toPaint ?? Number.NaN },
      duringWork: done && duringWork
        ? { ...figures(typedOutcomes.filter((_, i) => duringWork[i]), editorWork.filter((_, i) => duringWork[i])), workMs: done.ms }
        : null,
      frameInterval,
      saves: saves.length,
    };
  } finally {
    await app.close();
    await closeSharedBrowser();
  }
}
