/**
 * Kills a saving child process with SIGKILL at a random moment and reports what the data file holds
 * compared with the last write the child acknowledged. Used by the crash test and the benchmark.
 *
 * The writer (`crashWriter.ts`, the app's own store code) is bundled once per process with Vite into a
 * plain .mjs file, so each trial starts a bare `node` (well under a second) instead of compiling
 * TypeScript through tsx at every start (seconds on a busy machine). A child that ends before it is
 * killed (before or after its first save) is reported as such, never waited for.
 */
import { fork } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { openStoreFolder } from './storeFolder';
import { withTempDir } from './tempDir';

export interface TrialOutcome {
  lastAcknowledged: number;
  /** The edit number in the file, or null when the file is missing or did not parse. */
  onDisk: number | null;
  /** How the child ended when it ended before the kill ("exit code 1"); null when it was killed. */
  endedOnItsOwn: string | null;
}

const ROOT = join(import.meta.dirname, '../..');
let bundled: Promise<string> | null = null;

/** The crash writer as one plain JavaScript file, built on first use. */
export function crashWriterScript(): Promise<string> {
  bundled ??= (async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'ros-crash-writer-'));
    await build({
      configFile: false,
      logLevel: 'silent',
      root: ROOT,
      build: {
        ssr: join(ROOT, 'test/support/crashWriter.ts'),
        outDir,
        minify: false,
        rollupOptions: { output: { entryFileNames: 'crashWriter.mjs', codeSplitting: false } },
      },
      ssr: { noExternal: true },
    });
    return join(outDir, 'crashWriter.mjs');
  })();
  return bundled;
}

/** One trial; `writer` is a plain JavaScript file taking the data folder as its argument (the crash writer by default). */
export async function runCrashTrial(maxDelayMs: number, writer?: string): Promise<TrialOutcome> {
  const script = writer ?? (await crashWriterScript());
  return withTempDir(async (dir) => {
    const child = fork(script, [dir], { execArgv: [], stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
    let lastAcknowledged = 0;
    let buffered = '';
    let killScheduled = false;
    let killed = false;
    let kill: ReturnType<typeof setTimeout> | undefined;
    const exited = new Promise<string>((resolve) =>
      child.once('exit', (code, signal) => resolve(signal ? `signal ${signal}` : `exit code ${String(code)}`)),
    );
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) lastAcknowledged = Math.max(lastAcknowledged, Number(line));
      if (lastAcknowledged >= 1 && !killScheduled) {
        killScheduled = true;
        kill = setTimeout(() => {
          killed = child.kill('SIGKILL');
        }, Math.random() * maxDelayMs);
      }
    });
    const ending = await exited;
    clearTimeout(kill);
    let onDisk: number | null = null;
    try {
      onDisk = Number((await openStoreFolder(dir)).settings.secretaryName.replace('Skrivning ', ''));
    } catch {
      onDisk = null;
    }
    return { lastAcknowledged, onDisk, endedOnItsOwn: killed ? null : ending };
  });
}

/** Runs `count` trials, `parallel` at a time. */
export async function runCrashTrials(count: number, parallel: number, maxDelayMs: number): Promise<TrialOutcome[]> {
  await crashWriterScript();
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
