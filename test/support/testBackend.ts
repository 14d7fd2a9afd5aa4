/**
 * A real backend on a temporary data folder for core tests, with the recording host (its dialogs
 * answer with what the test sets; `saveTo` names the file the save dialog will pick), and `value()`
 * that unwraps a result or fails with its error. Every successful answer is parsed against its
 * channel's output schema; one that does not match fails the test with the channel and zod's message.
 * Every exported document is held to the accessibility rules (checkedExports.ts): a finding fails the call.
 */
import { join } from 'node:path';
import { createBackend, type Backend } from '../../electron/core/ipc/backend';
import type { FileSystem } from '../../electron/core/store/fileSystem';
import { checkingExports } from './checkedExports';
import { checkingOutputs } from './checkedOutputs';
import { createRecordingHost, type RecordingHost } from './recordingHost';
import { swedishDictionary } from './swedishDictionary';
import { withTempDir } from './tempDir';

/** The app's backend on `dir/data`, with `dir` for its user data and documents, as the tests open it. */
export function backendIn(dir: string, host: RecordingHost, options: { fs?: FileSystem } = {}): Promise<Backend> {
  return createBackend({ dataDir: join(dir, 'data'), userDataDir: dir, documentsDir: dir, appVersion: '1', host, spellingDictionary: swedishDictionary, ...options });
}

export async function withBackend(
  run: (backend: Backend, saveTo: (name: string) => string, dir: string, host: RecordingHost) => Promise<void>,
): Promise<void> {
  await withTempDir(async (dir) => {
    const host = createRecordingHost();
    const backend = checkingExports(checkingOutputs(await backendIn(dir, host)));
    try {
      await run(backend, (name) => (host.answers.savePath = join(dir, name)), dir, host);
    } finally {
      await host.close();
    }
  });
}

export async function value<T>(promise: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}
