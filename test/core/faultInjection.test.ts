// Disk faults at every step: for each file operation N of a save (a first one, which backs up; a later
// one; a minutes autosave; a change of two documents at once), of a restore and of laying out an older
// version's data (version 5's single file, version 6's folder) as this version's folder, make operation
// N fail (once, and for ever after) with ENOSPC, EACCES and EIO. Each time the folder must hold a whole store (the old or the new version),
// memory must hold just what the disk holds, the error must be the Swedish SAVE_FAILED, and once the
// disk recovers doing the same again must write it. Opening a store with a fault at any of its
// operations (its minutes files are read several at a time) shows the Swedish reason or the whole store.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreSession, DATA_FILE_NAME } from '../../electron/core/store/storeSession';
import { nodeFileSystem } from '../../electron/core/store/fileSystem';
import { decodeStore, encodeStore } from '../../electron/core/store/storeCodec';
import { AppError } from '../../electron/core/appError';
import { sv } from '../../electron/shared/i18n/sv';
import { CURRENT_SCHEMA_VERSION, STORE_APP_ID, createEmptyStore, type StoreData } from '../../electron/shared/store/schema';
import { FaultyFileSystem, type FaultMode } from '../../electron/core/store/faultyFileSystem';
import { withTempDir } from '../support/tempDir';
import { readStoreFolder } from '../support/storeFolder';
import { storedMinutes } from '../support/minutesFixtures';

const CODES = ['ENOSPC', 'EACCES', 'EIO'] as const;
const MODES: FaultMode[] = ['once', 'forever'];
const minutesTitled = (title: string) => storedMinutes({ title });

const NEW_MINUTES = minutesTitled('Nya anteckningar');

/** What a scenario looks at: the secretary's name and the minutes' titles, as one comparable string. */
const observe = (data: StoreData) => [data.settings.secretaryName, ...data.minutes.map((m) => m.title).sort()].join(' | ');

interface Scenario {
  name: string;
  /** Prepares the folder (healthy disk) and returns the session to act on, opened through `fs`. */
  prepare(dir: string, fs: FaultyFileSystem): Promise<StoreSession>;
  act(session: StoreSession): Promise<void>;
  /** What the folder may hold after a failed attempt. */
  allowedOnDisk: string[];
  /** What the folder and memory must hold once the action succeeds. */
  expected: string;
}

async function prepareStore(dir: string, name: string, titles: string[] = []): Promise<void> {
  const session = await StoreSession.open({ fs: nodeFileSystem, dataDir: dir });
  await session.update((d) => {
    d.settings.secretaryName = name;
    for (const title of titles) d.minutes.push(minutesTitled(title));
  });
}

const setName = (name: string) => (session: StoreSession) => session.update((d) => void (d.settings.secretaryName = name));

const scenarios: Scenario[] = [
  {
    name: 'the first save of a session (backup, prune, write)',
    prepare: async (dir, fs) => {
      await prepareStore(dir, 'Gammal');
      return StoreSession.open({ fs, dataDir: dir });
    },
    act: setName('Ny'),
    allowedOnDisk: ['Gammal', 'Ny'],
    expected: 'Ny',
  },
  {
    name: 'a later save (write only)',
    prepare: async (dir, fs) => {
      await prepareStore(dir, 'Gammal');
      const session = await StoreSession.open({ fs, dataDir: dir });
      await setName('Mellan')(session);
      return session;
    },
    act: setName('Ny'),
    allowedOnDisk: ['Mellan', 'Ny'],
    expected: 'Ny',
  },
  {
    name: 'a minutes autosave (its own file only)',
    prepare: async (dir, fs) => {
      await prepareStore(dir, 'Sekreterare', ['Anteckningar A', 'Anteckningar B']);
      const session = await StoreSession.open({ fs, dataDir: dir });
      await setName('Sekreterare')(session);
      return session;
    },
    act: (session) =>
      session.update((d) => {
        const minutes = d.minutes.find((m) => m.title.startsWith('Anteckningar A'))!;
        minutes.title = 'Anteckningar A, ändrad';
      }),
    allowedOnDisk: ['Sekreterare | Anteckningar A | Anteckningar B', 'Sekreterare | Anteckningar A, ändrad | Anteckningar B'],
    expected: 'Sekreterare | Anteckningar A, ändrad | Anteckningar B',
  },
  {
    name: 'a change of the main file and two minutes at once (one new, one removed)',
    prepare: async (dir, fs) => {
      await prepareStore(dir, 'Före', ['Gamla anteckningar']);
      const session = await StoreSession.open({ fs, dataDir: dir });
      await setName('Före')(session);
      return session;
    },
    // The same new minutes each time, as a screen that retries sends the id it already has.
    act: (session) =>
      session.update((d) => {
        d.settings.secretaryName = 'Efter';
        d.minutes = [...d.minutes.filter((m) => m.title !== 'Gamla anteckningar' && m.id !== NEW_MINUTES.id), NEW_MINUTES];
      }),
    // Each document is written on its own: a failure between them leaves some written, and memory says so.
    allowedOnDisk: [
      'Före | Gamla anteckningar',
      'Före | Gamla anteckningar | Nya anteckningar',
      'Före | Nya anteckningar',
      'Efter | Nya anteckningar',
    ],
    expected: 'Efter | Nya anteckningar',
  },
  {
    name: 'a restore from backup',
    prepare: async (dir, fs) => {
      await prepareStore(dir, 'Säkerhetskopierad', ['Kopierade anteckningar']);
      const second = await StoreSession.open({ fs: nodeFileSystem, dataDir: dir });
      await second.update((d) => {
        d.settings.secretaryName = 'Nuvarande';
        d.minutes = [minutesTitled('Nuvarande anteckningar')];
      });
      return StoreSession.open({ fs, dataDir: dir });
    },
    act: async (session) => {
      const names = await readdir(session.backups.folder);
      const contents = await Promise.all(names.map((name) => readFile(join(session.backups.folder, name), 'utf8')));
      const wanted = names.find((_, i) => decodeStore(contents[i]!).settings.secretaryName === 'Säkerhetskopierad');
      await session.restore(wanted!);
    },
    allowedOnDisk: ['Nuvarande | Nuvarande anteckningar', 'Säkerhetskopierad | Kopierade anteckningar'],
    expected: 'Säkerhetskopierad | Kopierade anteckningar',
  },
];

const observeDisk = (dir: string) => observe(readStoreFolder(dir));

async function countOperations(scenario: Scenario): Promise<number> {
  return withTempDir(async (dir) => {
    const fs = new FaultyFileSystem();
    const session = await scenario.prepare(dir, fs);
    fs.resetCount();
    await scenario.act(session);
    return fs.operations;
  });
}

function expectSwedishSaveFailure(outcome: unknown, code: string, where: string): void {
  expect(outcome, where).toBeInstanceOf(AppError);
  expect((outcome as AppError).code, where).toBe('SAVE_FAILED');
  expect((outcome as AppError).message, where).toContain(sv.fileErrors[code as keyof typeof sv.fileErrors]);
}

const faults = CODES.flatMap((code) => MODES.map((mode) => [code, mode] as const));

describe.each(scenarios)('a disk fault during $name', (scenario) => {
  it.each(faults)('at every operation (%s, %s) leaves a whole store, and memory as the disk', async (code, mode) => {
    const total = await countOperations(scenario);
    expect(total).toBeGreaterThan(3);
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
        const onDisk = observeDisk(dir);
        expect(scenario.allowedOnDisk, where).toContain(onDisk);
        if (outcome) {
          expectSwedishSaveFailure(outcome, code, where);
          expect(observe(session.data), where).toBe(onDisk);
        }

        fs.heal();
        await scenario.act(session);
        expect(observeDisk(dir), where).toBe(scenario.expected);
        expect(observe(session.data), where).toBe(scenario.expected);
        const reopened = await StoreSession.open({ fs: nodeFileSystem, dataDir: dir });
        expect(observe(reopened.data), where).toBe(scenario.expected);
      });
    }
  });
});

/** An older version's data on disk, and how to tell that it is still there, untouched. */
interface OlderVersion {
  name: string;
  /** Writes it into `dir`, with the secretary's name and two minutes. */
  write(dir: string): Promise<void>;
}

const OLD_NAME = 'Från en äldre version';
const OLD_CONTENT = `${OLD_NAME} | Anteckningar 1 | Anteckningar 2`;

const olderStore = (): StoreData => {
  const data = createEmptyStore();
  data.settings.secretaryName = OLD_NAME;
  data.minutes.push(minutesTitled('Anteckningar 1'), minutesTitled('Anteckningar 2'));
  return data;
};

const olderVersions: OlderVersion[] = [
  {
    name: 'the single data file of version 5',
    write: (dir) => writeFile(join(dir, DATA_FILE_NAME), encodeStore({ ...olderStore(), schemaVersion: 5 as never })),
  },
  {
    name: 'the data folder of version 6',
    write: async (dir) => {
      const { minutes, ...main } = olderStore();
      const { fullMinutesTitleTemplate: _1, spellingWords: _2, importValueMappings: _3, noticeLetterTemplate: _4, mailTemplates: _5, ...settings } = main.settings;
      await writeFile(join(dir, DATA_FILE_NAME), JSON.stringify({ ...main, schemaVersion: 6, settings, minutesFolder: 'minutes-3' }));
      await mkdir(join(dir, 'minutes-3'));
      for (const m of minutes) {
        await writeFile(join(dir, 'minutes-3', `${m.id}.json`), JSON.stringify({ app: STORE_APP_ID, schemaVersion: 6, minutes: m }));
      }
    },
  },
];

/** Every file of the data folder but the backups, by path: what an untouched older version still has. */
async function dataFiles(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile() && !path.includes('backups')) files[path.slice(dir.length)] = await readFile(path, 'utf8');
  }
  return files;
}

const isUpgraded = async (dir: string) =>
  JSON.parse(await readFile(join(dir, DATA_FILE_NAME), 'utf8')).schemaVersion === CURRENT_SCHEMA_VERSION;

describe.each(olderVersions)('laying out $name as this version\'s data folder', (older) => {
  async function countOpenOperations(): Promise<number> {
    return withTempDir(async (dir) => {
      await older.write(dir);
      const fs = new FaultyFileSystem();
      await StoreSession.open({ fs, dataDir: dir });
      return fs.operations;
    });
  }

  it('keeps the old version as a backup and the minutes in files of their own', async () => {
    await withTempDir(async (dir) => {
      await older.write(dir);
      const session = await StoreSession.open({ fs: nodeFileSystem, dataDir: dir });
      expect(observe(session.data)).toBe(OLD_CONTENT);
      const main = JSON.parse(await readFile(join(dir, DATA_FILE_NAME), 'utf8'));
      expect(main.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
      expect(main.minutes).toBeUndefined();
      expect(await readdir(join(dir, main.minutesFolder))).toHaveLength(2);
      expect((await readdir(dir)).filter((name) => name.startsWith('minutes-'))).toEqual([main.minutesFolder]);
      const [backup] = await session.listBackups();
      expect(backup!.reason).toBe('before-upgrade');
      expect(observe(decodeStore(await readFile(join(session.backups.folder, backup!.fileName), 'utf8')))).toBe(OLD_CONTENT);
    });
  });

  it.each(faults)('fails at every operation (%s, %s) leaving the old version or the new folder, whole', async (code, mode) => {
    const total = await countOpenOperations();
    expect(total).toBeGreaterThan(8);
    for (let failAt = 1; failAt <= total; failAt++) {
      await withTempDir(async (dir) => {
        await older.write(dir);
        const old = await dataFiles(dir);
        const fs = new FaultyFileSystem();
        fs.failNth(failAt, code, mode);
        const session = await StoreSession.open({ fs, dataDir: dir });
        const where = `${code} ${mode} at operation ${failAt} of ${total}`;
        if (await isUpgraded(dir)) {
          expect(observeDisk(dir), where).toBe(OLD_CONTENT);
          const backups = await readdir(join(dir, 'backups'));
          const kept = await Promise.all(backups.map(async (name) => observe(decodeStore(await readFile(join(dir, 'backups', name), 'utf8')))));
          expect(kept, where).toContain(OLD_CONTENT);
        } else {
          // The old version's files are as they were; a half-written new folder may lie beside them.
          expect(await dataFiles(dir), where).toMatchObject(old);
        }
        if (session.status().state === 'ready') {
          expect(observe(session.data), where).toBe(OLD_CONTENT);
        }
        fs.heal();
        const reopened = await StoreSession.open({ fs: nodeFileSystem, dataDir: dir });
        expect(observe(reopened.data), where).toBe(OLD_CONTENT);
        expect(await isUpgraded(dir), where).toBe(true);
        const folders = (await readdir(dir)).filter((name) => name.startsWith('minutes-'));
        expect(folders, where).toEqual([JSON.parse(await readFile(join(dir, DATA_FILE_NAME), 'utf8')).minutesFolder]);
      });
    }
  });
});

describe('a data file that cannot be read', () => {
  it('opens the recovery screen with the Swedish reason and is not written to', async () => {
    await withTempDir(async (dir) => {
      await prepareStore(dir, 'Orörd');
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

  it('a disk fault at any operation of opening it, minutes files included, shows the Swedish reason or the whole store, and writes nothing', async () => {
    // More minutes than a load reads ahead, so a fault can come while several files are being read at once.
    const titles = Array.from({ length: 12 }, (_, i) => `Anteckningar ${String(i + 1).padStart(2, '0')}`);
    const whole = ['Öppnad', ...titles].join(' | ');
    await withTempDir(async (dir) => {
      await prepareStore(dir, 'Öppnad', titles);
      const before = await dataFiles(dir);
      const counting = new FaultyFileSystem();
      await (await StoreSession.open({ fs: counting, dataDir: dir })).whenLoaded();
      const total = counting.operations;
      expect(total).toBeGreaterThan(2 * titles.length);
      let refused = 0;
      for (const [code, mode] of faults) {
        for (let failAt = 1; failAt <= total; failAt++) {
          const where = `${code} ${mode} at operation ${failAt} of ${total}`;
          const fs = new FaultyFileSystem();
          fs.failNth(failAt, code, mode);
          const session = await StoreSession.open({ fs, dataDir: dir });
          await session.whenLoaded();
          const status = session.status();
          if (status.state === 'recovery') {
            refused += 1;
            expect(status.problem, where).toEqual({ kind: 'unreadable', message: sv.problems.unreadable(sv.fileErrors[code]) });
          } else {
            expect(observe(session.data), where).toBe(whole);
          }
          expect(await dataFiles(dir), where).toEqual(before);
        }
      }
      expect(refused).toBeGreaterThan(faults.length * titles.length);
      expect(observe((await StoreSession.open({ fs: nodeFileSystem, dataDir: dir })).data)).toBe(whole);
    });
  });

  it('a full disk refuses the edit in Swedish, and memory keeps what the disk has', async () => {
    await withTempDir(async (dir) => {
      await prepareStore(dir, 'Gammal');
      await writeFile(join(dir, 'annat.txt'), 'x');
      const fs = new FaultyFileSystem();
      const session = await StoreSession.open({ fs, dataDir: dir });
      fs.failAll('ENOSPC');
      await expect(setName('Ny')(session)).rejects.toMatchObject({ code: 'SAVE_FAILED' });
      expect(session.data.settings.secretaryName).toBe('Gammal');
      expect(observeDisk(dir)).toBe('Gammal');
    });
  });
});
