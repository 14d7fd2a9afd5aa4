/**
 * Issue 13's figures, on the stress store at a given scale (1× = 1,000 members, 120 organisations, 100
 * meetings and 100 minutes of 5,000 words): what one minutes autosave writes against the size of that
 * minutes' own file; how long the autosave takes through the backend process (the built backend in a
 * child process, as the app runs it); how long the backend takes from its start until the first screen's
 * data has been answered, and until the whole folder is read; and the backend's peak memory against the
 * data on disk.
 */
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StoreSession } from '../../electron/core/store/storeSession';
import { FolderStore } from '../../electron/core/store/folderStore';
import { nodeFileSystem, type FileSystem } from '../../electron/core/store/fileSystem';
import { saveMinutesChange, saveMinutesContent } from '../../electron/core/minutes/minutesService';
import type { BodyChange } from '../../electron/shared/minutes/bodyChange';
import { ok } from '../../electron/shared/ipc/result';
import type { Minutes, MinutesContent } from '../../electron/shared/minutes/minutes';
import { paragraph } from '../../electron/shared/minutes/richText';
import type { StoreData } from '../../electron/shared/store/schema';
import type { call } from '../../renderer/api/ros';
import { minutesSaver } from '../../renderer/features/minutes/minutesSaver';
import { startBackend, type BackendClient } from '../../test/support/backendClient';
import { percentiles, rawDurableWrite, time, type Timing } from './measure';
import { stressStore } from './stressStore';
import { addStressMinutes } from './stressMinutes';

export interface StoreWriteFigures {
  scale: number;
  diskBytes: number;
  minutesFileBytes: number;
  bytesPerAutosave: number;
  autosave: Timing;
  /** The same minutes file's bytes written raw: write, fsync, rename, fsync of the folder. */
  autosaveFloor: Timing;
  firstScreenData: Timing;
  /** The same start on an empty data folder: starting Node and the backend's code. */
  firstScreenFloor: Timing;
  wholeFolderRead: Timing;
  peakMemoryBytes: number;
}

/** The file system, counting the bytes written. */
function countingFileSystem(): FileSystem & { written: number } {
  const counting = {
    ...nodeFileSystem,
    written: 0,
    open: async (path: string, flags: 'w' | 'r') => {
      const handle = await nodeFileSystem.open(path, flags);
      return {
        ...handle,
        writeFile: (data: string | Uint8Array) => {
          counting.written += typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
          return handle.writeFile(data);
        },
      };
    },
  };
  return counting;
}

/** The minutes' text with its first paragraph ending in `n`: a new body, as the editor sends one. */
function edited(minutes: Minutes, n: number): MinutesContent {
  const [first, ...rest] = minutes.body.content;
  const changed = paragraph(`Mötet öppnades och dagordningen godkändes, ändring ${n}.`);
  return {
    title: minutes.title, form: minutes.form, decisions: minutes.decisions, actions: minutes.actions,
    body: { type: 'doc', content: first ? [first, changed, ...rest.slice(1)] : [changed] },
  };
}

/** The inputs of `saveMinutesContent` and `saveMinutesChange`, as the saver sends them. */
interface WholeSave { id: string; content: MinutesContent; bodyVersion: string }
interface ChangeSave { id: string; content: Omit<MinutesContent, 'body'>; change: BodyChange }

/**
 * What the editor's autosave (`minutesSaver.ts`, run here) sends for `minutes`: the whole text first,
 * then for each edit (`edited`) the blocks that changed since the text before. Each call is taken as it
 * leaves the saver and answered as stored; the caller makes it again through the path it measures.
 */
export async function editorAutosaves(minutes: Minutes): Promise<{ whole: WholeSave; change(n: number): Promise<ChangeSave> }> {
  let taken: unknown = null;
  const take = async (_name: string, input: unknown) => {
    taken = input;
    return ok({ updatedAt: minutes.updatedAt });
  };
  const save = minutesSaver(minutes.id, take as typeof call);
  const sent = async (n: number) => {
    await save(edited(minutes, n));
    return taken;
  };
  return {
    whole: (await sent(0)) as WholeSave,
    change: async (n) => (await sent(n)) as ChangeSave,
  };
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** From the backend's start until the first screen's calls are answered; then until the whole folder is read. */
async function coldStart(dataDir: string): Promise<{ firstScreen: number; whole: number; backend: BackendClient }> {
  const started = performance.now();
  const backend = await startBackend(dataDir, { faultInjection: false });
  await Promise.all(['listMeetings', 'listMembers', 'listFormerMembers'].map((channel) => backend.invoke(channel, undefined)));
  const firstScreen = performance.now() - started;
  await backend.invoke('waitForStore', undefined);
  return { firstScreen, whole: performance.now() - started, backend };
}

/** Peak resident memory of a process (Linux), in bytes. */
function peakMemory(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'));
  return Number(line?.match(/(\d+)/)?.[1] ?? Number.NaN) * 1024;
}

/**
 * A data folder holding the stress store at `scale`, and the minutes to write (a draft: the stress
 * minutes are fastställda). The store itself is not kept: this process stands for main, which holds none
 * of it, and a heap of it here would add this process's garbage collection to the backend's timings.
 */
async function stressFolder(scale: number, root: string): Promise<{ dataDir: string; target: Minutes }> {
  const data: StoreData = addStressMinutes(stressStore(1000 * scale, 120 * scale), 100 * scale);
  const target = { ...data.minutes[0]!, status: 'draft' as const };
  data.minutes[0] = target;
  const dataDir = join(root, 'data');
  await mkdir(dataDir);
  await new FolderStore(nodeFileSystem, dataDir).replaceAll(data);
  return { dataDir, target };
}

export async function storeWrites(scale: number, autosaves = 60, opens = 5): Promise<StoreWriteFigures> {
  const root = await mkdtemp(join(tmpdir(), `ros-bench-store-${scale}x-`));
  try {
    const { dataDir, target } = await stressFolder(scale, root);
    const diskBytes = await folderBytes(dataDir);
    const main = JSON.parse(readFileSync(join(dataDir, 'ros-data.json'), 'utf8')) as { minutesFolder: string };
    const minutesFileBytes = (await stat(join(dataDir, main.minutesFolder, `${target.id}.json`))).size;

    // Bytes: the store in this process, on a file system that counts. The first write of a session
    // also backs up the whole store (then at most hourly): it is done before counting.
    const fs = countingFileSystem();
    const session = await StoreSession.open({ fs, dataDir });
    const saves = await editorAutosaves(target);
    await saveMinutesContent(session, target.id, saves.whole.content, saves.whole.bodyVersion);
    fs.written = 0;
    for (let n = 1; n <= 10; n++) {
      const { content, change } = await saves.change(n);
      await saveMinutesChange(session, target.id, content, change);
    }
    const bytesPerAutosave = fs.written / 10;

    // Time and memory: the built backend in its own process, as the app starts it.
    const starts: number[] = [];
    const loads: number[] = [];
    const floors: number[] = [];
    let peakMemoryBytes = 0;
    let autosave: Timing | null = null;
    const emptyDir = join(root, 'tom');
    for (let run = 0; run < opens; run++) {
      const empty = await coldStart(emptyDir);
      floors.push(empty.firstScreen);
      await empty.backend.close();
      const { firstScreen, whole, backend } = await coldStart(dataDir);
      starts.push(firstScreen);
      loads.push(whole);
      try {
        if (run === opens - 1) {
          const saves = await editorAutosaves(target);
          const saved = (result: unknown) => {
            if (!(result as { ok: boolean }).ok) throw new Error('Autosparningen misslyckades i mätningen.');
          };
          saved(await backend.invoke('saveMinutesContent', saves.whole));
          let n = 1;
          autosave = await time(autosaves, async () => saved(await backend.invoke('saveMinutesChange', await saves.change(n++))));
        }
        peakMemoryBytes = Math.max(peakMemoryBytes, peakMemory(backend.pid()!));
      } finally {
        await backend.close();
      }
    }
    const minutesBytes = readFileSync(join(dataDir, main.minutesFolder, `${target.id}.json`));
    const autosaveFloor = await time(autosaves, () => rawDurableWrite(join(root, 'rå.json'), minutesBytes));
    return {
      scale, diskBytes, minutesFileBytes, bytesPerAutosave, autosave: autosave!, autosaveFloor,
      firstScreenData: percentiles(starts), firstScreenFloor: percentiles(floors), wholeFolderRead: percentiles(loads), peakMemoryBytes,
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
