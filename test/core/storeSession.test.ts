// The data file as the user meets it: created on first start, every edit durable, bad files left alone.
import { readdir, readFile, writeFile, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreSession, DATA_FILE_NAME } from '../../electron/core/store/storeSession';
import { nodeFileSystem } from '../../electron/core/store/fileSystem';
import { AppError } from '../../electron/core/appError';
import { sv } from '../../electron/shared/i18n/sv';
import { CURRENT_SCHEMA_VERSION, createEmptyStore } from '../../electron/shared/store/schema';
import { encodeStore } from '../../electron/core/store/storeCodec';
import { withTempDir } from '../support/tempDir';
import { storedMinutes } from '../support/minutesFixtures';

const open = (dataDir: string, now?: () => Date) => StoreSession.open({ fs: nodeFileSystem, dataDir, now });
const readJson = async (dir: string) => JSON.parse(await readFile(join(dir, DATA_FILE_NAME), 'utf8'));

describe('a new data folder', () => {
  it('gets a new empty store file on disk at once', async () => {
    await withTempDir(async (dir) => {
      const session = await open(join(dir, 'nested', 'data'));
      expect(session.status()).toMatchObject({ state: 'ready' });
      const onDisk = JSON.parse(await readFile(session.dataFile, 'utf8'));
      expect(onDisk).toMatchObject({ app: 'ros-sekreterare', schemaVersion: CURRENT_SCHEMA_VERSION });
      expect(onDisk.settings.letterheadTitle).toBe('Överenskommelsen');
    });
  });
});

describe('an edit', () => {
  it('is on disk, whole, when update resolves, with no temp file left behind', async () => {
    await withTempDir(async (dir) => {
      const session = await open(dir);
      await session.update((data) => {
        data.settings.secretaryName = 'Kim Testsson';
      });
      expect((await readJson(dir)).settings.secretaryName).toBe('Kim Testsson');
      expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
      const reopened = await open(dir);
      expect(reopened.data.settings.secretaryName).toBe('Kim Testsson');
    });
  });

  it('made in quick succession all reach disk, the last one last', async () => {
    await withTempDir(async (dir) => {
      const session = await open(dir);
      await Promise.all(
        Array.from({ length: 25 }, (_, i) =>
          session.update((data) => {
            data.settings.secretaryName = `Namn ${i}`;
          }),
        ),
      );
      expect((await readJson(dir)).settings.secretaryName).toBe('Namn 24');
    });
  });
});

describe('the single data file of an older version', () => {
  it('is laid out as a folder whose minutes take the next edit at once, with no conflict', async () => {
    await withTempDir(async (dir) => {
      const data = createEmptyStore();
      const minutes = storedMinutes({ title: 'Anteckningar från mars' });
      data.minutes.push(minutes);
      await writeFile(join(dir, DATA_FILE_NAME), encodeStore({ ...data, schemaVersion: 5 as never }));
      const session = await open(dir);
      await session.update((draft) => void (draft.minutes[0]!.title = 'Anteckningar från april'));
      expect(session.status()).toMatchObject({ state: 'ready', externalChange: false });
      const { minutesFolder } = await readJson(dir);
      const file = JSON.parse(await readFile(join(dir, minutesFolder, `${minutes.id}.json`), 'utf8'));
      expect(file.minutes.title).toBe('Anteckningar från april');
    });
  });
});

describe('a file that cannot be used', () => {
  const cases: Array<[string, string, string]> = [
    ['corrupt', '{"app":"ros-sekr', sv.problems.unparsable],
    ['empty', '', sv.problems.empty],
    ['foreign', '{"name":"ett annat program","items":[1,2]}', sv.problems.foreign],
    ['from a newer version', '{"app":"ros-sekreterare","schemaVersion":99,"settings":{}}', sv.problems.future(99)],
    ['ours but damaged', `{"app":"ros-sekreterare","schemaVersion":${CURRENT_SCHEMA_VERSION},"settings":{"secretaryName":7}}`, ''],
  ];
  it.each(cases)('(%s) opens in recovery, refuses changes and stays byte-identical', async (_kind, content, message) => {
    await withTempDir(async (dir) => {
      const file = join(dir, DATA_FILE_NAME);
      await writeFile(file, content);
      const session = await open(dir);
      const status = session.status();
      expect(status.state).toBe('recovery');
      if (status.state === 'recovery' && message) expect(status.problem.message).toBe(message);
      await expect(session.update(() => undefined)).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
      expect(() => session.save()).toThrow(AppError);
      expect(await readFile(file, 'utf8')).toBe(content);
      expect(await readdir(dir)).toEqual([DATA_FILE_NAME]);
    });
  });
});

describe('backups', () => {
  it('are not taken of a store made in this session: there is nothing to keep yet', async () => {
    await withTempDir(async (dir) => {
      const session = await open(dir);
      await session.update((d) => void (d.settings.secretaryName = 'Ny'));
      expect(await session.listBackups()).toEqual([]);
    });
  });

  it('are taken before the first write of a session and then at most hourly', async () => {
    await withTempDir(async (dir) => {
      await open(dir);
      let clock = new Date('2026-03-02T08:00:00Z');
      const session = await open(dir, () => clock);
      const edit = (name: string) => session.update((d) => void (d.settings.secretaryName = name));
      await edit('Första');
      await edit('Andra');
      clock = new Date('2026-03-02T08:59:00Z');
      await edit('Tredje');
      expect((await session.listBackups()).map((b) => b.reason)).toEqual(['session']);
      clock = new Date('2026-03-02T09:00:00Z');
      await edit('Fjärde');
      const backups = await session.listBackups();
      expect(backups.map((b) => b.reason)).toEqual(['hourly', 'session']);
      const hourly = JSON.parse(await readFile(join(session.backups.folder, backups[0]!.fileName), 'utf8'));
      expect(hourly.settings.secretaryName).toBe('Tredje');
    });
  });

  it('restore replaces the data file after keeping the current one, even a corrupt one', async () => {
    await withTempDir(async (dir) => {
      await open(dir);
      const first = await open(dir);
      await first.update((d) => void (d.settings.secretaryName = 'Sparad version'));
      await first.update((d) => void (d.settings.secretaryName = 'Senare version'));
      const [backup] = await first.listBackups();
      await writeFile(join(dir, DATA_FILE_NAME), 'trasig \u0000 fil');
      const broken = await open(dir);
      expect(broken.status().state).toBe('recovery');
      await broken.restore(backup!.fileName);
      expect(broken.status().state).toBe('ready');
      // The backup was taken from the file before any edit of that session: the empty store.
      expect(broken.data.settings.secretaryName).toBe('');
      const kept = (await broken.listBackups()).find((b) => b.reason === 'before-restore');
      expect(await readFile(join(broken.backups.folder, kept!.fileName), 'utf8')).toBe('trasig \u0000 fil');
    });
  });

  it('a damaged backup is refused and the data file is left as it was', async () => {
    await withTempDir(async (dir) => {
      await open(dir);
      const session = await open(dir);
      await session.update((d) => void (d.settings.secretaryName = 'Kvar'));
      const [backup] = await session.listBackups();
      await writeFile(join(session.backups.folder, backup!.fileName), '{"inte":"vår"}');
      await expect(session.restore(backup!.fileName)).rejects.toMatchObject({ code: 'BACKUP_DAMAGED' });
      expect((await readJson(dir)).settings.secretaryName).toBe('Kvar');
    });
  });
});

describe('a change made by another program', () => {
  it('is not overwritten silently: the save is refused until the user chooses', async () => {
    await withTempDir(async (dir) => {
      const session = await open(dir);
      await session.update((d) => void (d.settings.secretaryName = 'Min version'));
      const onDisk = await readJson(dir);
      const theirs = { ...onDisk, settings: { ...onDisk.settings, secretaryName: 'Deras version', letterheadTitle: 'Annat' } };
      await writeFile(join(dir, DATA_FILE_NAME), JSON.stringify(theirs));
      await expect(session.update((d) => void (d.settings.secretaryName = 'Min nya version'))).rejects.toMatchObject({
        code: 'EXTERNAL_CHANGE',
      });
      expect((await readJson(dir)).settings.secretaryName).toBe('Deras version');
      expect(session.status()).toMatchObject({ externalChange: true });

      // The refused change was not kept: memory holds what was on disk before the other program wrote.
      expect(session.data.settings.secretaryName).toBe('Min version');
      await session.resolveConflict('keepMine');
      expect((await readJson(dir)).settings.secretaryName).toBe('Min version');
      await session.update((d) => void (d.settings.secretaryName = 'Min nya version'));
      expect((await readJson(dir)).settings.secretaryName).toBe('Min nya version');
      const conflict = (await session.listBackups()).find((b) => b.reason === 'conflict');
      const kept = JSON.parse(await readFile(join(session.backups.folder, conflict!.fileName), 'utf8'));
      expect(kept.settings.secretaryName).toBe('Deras version');
    });
  });

  it('can be taken instead, keeping the version in memory as a backup', async () => {
    await withTempDir(async (dir) => {
      const session = await open(dir);
      await session.update((d) => void (d.settings.secretaryName = 'Min version'));
      const onDisk = await readJson(dir);
      const theirs = { ...onDisk, settings: { ...onDisk.settings, secretaryName: 'Deras version', letterheadTitle: 'Annat' } };
      await writeFile(join(dir, DATA_FILE_NAME), JSON.stringify(theirs));
      await expect(session.update((d) => void (d.settings.letterheadSubtitle = 'Mitt'))).rejects.toMatchObject({ code: 'EXTERNAL_CHANGE' });
      await session.resolveConflict('useDisk');
      expect(session.data.settings.secretaryName).toBe('Deras version');
      const conflict = (await session.listBackups()).find((b) => b.reason === 'conflict');
      const kept = JSON.parse(await readFile(join(session.backups.folder, conflict!.fileName), 'utf8'));
      expect(kept.settings.secretaryName).toBe('Min version');
    });
  });

  it('a touched file with the same content is not a conflict', async () => {
    await withTempDir(async (dir) => {
      const session = await open(dir);
      await session.update((d) => void (d.settings.secretaryName = 'Ett'));
      const later = new Date(Date.now() + 60_000);
      await utimes(join(dir, DATA_FILE_NAME), later, later);
      await session.update((d) => void (d.settings.secretaryName = 'Två'));
      expect((await readJson(dir)).settings.secretaryName).toBe('Två');
    });
  });
});

describe('a minutes file that cannot be used', () => {
  it('is found after the main file opened, names the file, and nothing is written', async () => {
    await withTempDir(async (dir) => {
      const first = await open(dir);
      const minutes = storedMinutes();
      await first.update((d) => {
        d.settings.secretaryName = 'Kim Testsson';
        d.minutes.push(minutes);
      });
      const main = JSON.parse(await readFile(join(dir, DATA_FILE_NAME), 'utf8'));
      const minutesFile = join(dir, main.minutesFolder, `${minutes.id}.json`);
      await writeFile(minutesFile, '{"app":"ros-sekr');
      const mainBefore = await readFile(join(dir, DATA_FILE_NAME));

      const session = await StoreSession.open({ fs: nodeFileSystem, dataDir: dir, minutesInBackground: true });
      expect(session.data.settings.secretaryName).toBe('Kim Testsson');
      const edit = session.update((d) => void (d.settings.secretaryName = 'Ändrad'));
      await session.whenLoaded();
      expect(session.status()).toEqual({
        state: 'recovery',
        problem: { kind: 'unparsable', message: sv.problems.inFile(`${main.minutesFolder}/${minutes.id}.json`, sv.problems.unparsable) },
      });
      await expect(edit).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
      expect(await readFile(join(dir, DATA_FILE_NAME))).toEqual(mainBefore);
      expect(await readFile(minutesFile, 'utf8')).toBe('{"app":"ros-sekr');
    });
  });
});
