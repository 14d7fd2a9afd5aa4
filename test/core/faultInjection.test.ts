// Disk faults at every step: for each file operation N of a save, a first save (which backs up) and
// a restore, make operation N fail (once, and for ever after) with ENOSPC, EACCES and EIO. Each time the
// data file must still be whole (the old or the new version), the edit must stay in memory, the error
// must be the Swedish SAVE_FAILED, and once the disk recovers the next save must write everything.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreSession, DATA_FILE_NAME } from '../../electron/core/store/storeSession';
import { nodeFileSystem } from '../../electron/core/store/fileSystem';
import { decodeStore } from '../../electron/core/store/storeCodec';
import { AppError } from '../../electron/core/appError';
import { sv } from '../../electron/shared/i18n/sv';
import { FaultyFileSystem, type FaultMode } from '../../electron/core/store/faultyFileSystem';
import { withTempDir } from '../support/tempDir';

const CODES = ['ENOSPC', 'EACCES', 'EIO'] as const;
const MODES: FaultMode[] = ['once', 'forever'];

interface Scenario {
  name: string;
  /** Prepares the folder and returns the session to act on, opened through `fs`. */
  prepare(dir: string, fs: FaultyFileSystem): Promise<StoreSession>;
  act(session: StoreSession): Promise<void>;
  /** Names the file may hold after a failed attempt. */
  allowedOnDisk: string[];
  /** The name the file and memory must hold once the action succeeds. */
  expected: string;
}

async function storeWithName(dir: string, name: string): Promise<void> {
  const session = await StoreSession.open({ fs: nodeFileSystem, dataDir: dir });
  await session.update((d) => void (d.settings.secretaryName = name));
}

const setName = (name: string) => (session: StoreSession) =>
  session.update((d) => void (d.settings.secretaryName = name));

const scenarios: Scenario[] = [
  {
    name: 'the first save of a session (backup, prune, write)',
    prepare: async (dir, fs) => {
      await storeWithName(dir, 'Gammal');
      return StoreSession.open({ fs, dataDir: dir });
    },
    act: setName('Ny'),
    allowedOnDisk: ['Gammal', 'Ny'],
    expected: 'Ny',
  },
  {
    name: 'a later save (write only)',
    prepare: async (dir, fs) => {
      await storeWithName(dir, 'Gammal');
      const session = await StoreSession.open({ fs, dataDir: dir });
      await setName('Mellan')(session);
      return session;
    },
    act: setName('Ny'),
    allowedOnDisk: ['Mellan', 'Ny'],
    expected: 'Ny',
  },
  {
    name: 'a restore from backup',
    prepare: async (dir, fs) => {
      await storeWithName(dir, 'Säkerhetskopierad');
      await storeWithName(dir, 'Nuvarande');
      return StoreSession.open({ fs, dataDir: dir });
    },
    act: async (session) => {
      const backup = (await session.listBackups()).find((b) => b.reason === 'session');
      await session.restore(backup!.fileName);
    },
    allowedOnDisk: ['Nuvarande', 'Säkerhetskopierad'],
    expected: 'Säkerhetskopierad',
  },
];

async function nameOnDisk(dir: string): Promise<string> {
  return decodeStore(await readFile(join(dir, DATA_FILE_NAME), 'utf8')).settings.secretaryName;
}

async function countOperations(scenario: Scenario): Promise<number> {
  return withTempDir(async (dir) => {
    const fs = new FaultyFileSystem();
    const session = await scenario.prepare(dir, fs);
    fs.resetCount();
    await scenario.act(session);
    return fs.operations;
  });
}

describe.each(scenarios)('a disk fault during $name', (scenario) => {
  it.each(CODES.flatMap((code) => MODES.map((mode) => [code, mode] as const)))(
    'at every operation (%s, %s) leaves a whole file and loses nothing',
    async (code, mode) => {
      const total = await countOperations(scenario);
      expect(total).toBeGreaterThan(5);
      for (let failAt = 1; failAt <= total; failAt++) {
        await withTempDir(async (dir) => {
          const fs = new FaultyFileSystem();
          const session = await scenario.prepare(dir, fs);
          fs.failNth(failAt, code, mode);
          const outcome = await scenario.act(session).then(
            () => null,
            (error: unknown) => error,
          );
          const where = `${code} ${mode} at operation ${failAt} of ${total}`;
          expect(scenario.allowedOnDisk, where).toContain(await nameOnDisk(dir));
          if (outcome) {
            expect(outcome, where).toBeInstanceOf(AppError);
            expect((outcome as AppError).code, where).toBe('SAVE_FAILED');
            expect((outcome as AppError).message, where).toContain(sv.fileErrors[code]);
          }
          if (scenario.expected === 'Ny') expect(session.data.settings.secretaryName, where).toBe('Ny');

          fs.heal();
          if (scenario.expected === 'Ny') await session.save();
          else await scenario.act(session);
          expect(await nameOnDisk(dir), where).toBe(scenario.expected);
          expect(session.data.settings.secretaryName, where).toBe(scenario.expected);
        });
      }
    },
  );
});

describe('a data file that cannot be read', () => {
  it('opens the recovery screen with the Swedish reason and is not written to', async () => {
    await withTempDir(async (dir) => {
      await storeWithName(dir, 'Orörd');
      const before = await readFile(join(dir, DATA_FILE_NAME));
      const fs = new FaultyFileSystem();
      fs.failAll('EIO');
      const session = await StoreSession.open({ fs, dataDir: dir });
      expect(session.status()).toEqual({
        state: 'recovery',
        problem: { kind: 'unreadable', message: sv.problems.unreadable(sv.fileErrors.EIO) },
      });
      fs.heal();
      await expect(session.update(() => undefined)).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
      expect(await readFile(join(dir, DATA_FILE_NAME))).toEqual(before);
    });
  });

  it('a backup folder on a full disk keeps the edit in memory and says why', async () => {
    await withTempDir(async (dir) => {
      await storeWithName(dir, 'Gammal');
      await writeFile(join(dir, 'annat.txt'), 'x');
      const fs = new FaultyFileSystem();
      const session = await StoreSession.open({ fs, dataDir: dir });
      fs.failAll('ENOSPC');
      await expect(setName('Ny')(session)).rejects.toMatchObject({ code: 'SAVE_FAILED' });
      expect(session.data.settings.secretaryName).toBe('Ny');
      expect(await nameOnDisk(dir)).toBe('Gammal');
    });
  });
});
