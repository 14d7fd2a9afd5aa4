/**
 * Kills a saving child process with SIGKILL at a random moment and reports what the data file holds
 * compared with the last write the child acknowledged. Used by the crash test and the benchmark.
 */
import { fork } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DATA_FILE_NAME } from '../../electron/core/store/storeSession';
import { decodeStore } from '../../electron/core/store/storeCodec';
import { withTempDir } from './tempDir';

export interface TrialOutcome {
  lastAcknowledged: number;
  /** The edit number in the file, or null when the file did not parse. */
  onDisk: number | null;
}

const WRITER = join(import.meta.dirname, 'crashWriter.ts');

export function runCrashTrial(maxDelayMs: number): Promise<TrialOutcome> {
  return withTempDir(async (dir) => {
    const child = fork(WRITER, [dir], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
    let lastAcknowledged = 0;
    let buffered = '';
    let killScheduled = false;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const killed = new Promise<void>((resolve) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        buffered += chunk.toString('utf8');
        const lines = buffered.split('\n');
        buffered = lines.pop() ?? '';
        for (const line of lines) lastAcknowledged = Math.max(lastAcknowledged, Number(line));
        if (lastAcknowledged >= 1 && !killScheduled) {
          killScheduled = true;
          setTimeout(() => {
            child.kill('SIGKILL');
            resolve();
          }, Math.random() * maxDelayMs);
        }
      });
    });
    await killed;
    await exited;
    const text = await readFile(join(dir, DATA_FILE_NAME), 'utf8');
    let onDisk: number | null = null;
    try {
      onDisk = Number(decodeStore(text).settings.secretaryName.replace('Skrivning ', ''));
    } catch {
      onDisk = null;
    }
    return { lastAcknowledged, onDisk };
  });
}

/** Runs `count` trials, `parallel` at a time. */
export async function runCrashTrials(count: number, parallel: number, maxDelayMs: number): Promise<TrialOutcome[]> {
  const outcomes: TrialOutcome[] = [];
  let started = 0;
  const worker = async () => {
    while (started < count) {
      started++;
      outcomes.push(await runCrashTrial(maxDelayMs));
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return outcomes;
}
