/**
 * A real backend on a temporary data folder for core tests, with a host whose save dialog answers
 * with a path the test chooses, and `value()` that unwraps a result or fails with its error.
 */
import { join } from 'node:path';
import { createBackend, type Backend } from '../../electron/core/ipc/backend';
import { withTempDir } from './tempDir';

export async function withBackend(run: (backend: Backend, saveTo: (name: string) => string, dir: string) => Promise<void>) {
  await withTempDir(async (dir) => {
    let target = '';
    const backend = await createBackend({
      dataDir: join(dir, 'data'), userDataDir: dir, documentsDir: dir, appVersion: '1',
      host: {
        openPath: async () => undefined, openExternal: async () => undefined, chooseFolder: async () => null,
        chooseOpenFile: async () => null, chooseSavePath: async () => target, quit: () => undefined,
      },
    });
    await run(backend, (name) => (target = join(dir, name)), dir);
  });
}

export async function value<T>(promise: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}
