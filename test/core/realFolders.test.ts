// The data file as real folders hand it over: saved by Notepad with a byte-order mark, a symlink into
// another folder (written through, and still a link afterwards), a link whose target is gone, a FIFO, a
// device or a folder in its place (refused with a Swedish message, never opened, never replaced), and keys
// this version does not know (kept when at the top of the file, refused deeper down, never dropped).
import { execFileSync } from 'node:child_process';
import { lstat, mkdir, readdir, readFile, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreSession, DATA_FILE_NAME } from '../../electron/core/store/storeSession';
import { nodeFileSystem } from '../../electron/core/store/fileSystem';
import { encodeStore } from '../../electron/core/store/storeCodec';
import { sv } from '../../electron/shared/i18n/sv';
import { createEmptyStore } from '../../electron/shared/store/schema';
import { withTempDir } from '../support/tempDir';

const open = (dataDir: string) => StoreSession.open({ fs: nodeFileSystem, dataDir });
const setName = (session: StoreSession, name: string) => session.update((d) => void (d.settings.secretaryName = name));

function storeText(name: string): string {
  const data = createEmptyStore();
  data.settings.secretaryName = name;
  return encodeStore(data);
}

const tempFilesIn = async (dir: string) => (await readdir(dir)).filter((name) => name.endsWith('.tmp'));

describe('a data file saved with a byte-order mark (as Notepad saves UTF-8)', () => {
  it('opens as the store it is, and the next save keeps the edit', async () => {
    await withTempDir(async (dir) => {
      await writeFile(join(dir, DATA_FILE_NAME), `\uFEFF${storeText('Med BOM')}`);
      const session = await open(dir);
      expect(session.status()).toMatchObject({ state: 'ready' });
      expect(session.data.settings.secretaryName).toBe('Med BOM');
      await setName(session, 'Sparad');
      expect(JSON.parse(await readFile(join(dir, DATA_FILE_NAME), 'utf8')).settings.secretaryName).toBe('Sparad');
    });
  });
});

describe('a data file that is a symlink', () => {
  it('is written through to its target and stays a symlink', async () => {
    await withTempDir(async (dir) => {
      const elsewhere = join(dir, 'synkad');
      await mkdir(elsewhere);
      const target = join(elsewhere, 'riktig.json');
      await writeFile(target, storeText('Via länken'));
      const dataDir = join(dir, 'data');
      await mkdir(dataDir);
      const link = join(dataDir, DATA_FILE_NAME);
      await symlink(target, link);

      const session = await open(dataDir);
      expect(session.data.settings.secretaryName).toBe('Via länken');
      await setName(session, 'Första ändringen');
      await setName(session, 'Andra ändringen');

      expect((await lstat(link)).isSymbolicLink()).toBe(true);
      expect(await readlink(link)).toBe(target);
      expect(JSON.parse(await readFile(target, 'utf8')).settings.secretaryName).toBe('Andra ändringen');
      expect(await tempFilesIn(dataDir)).toEqual([]);
      expect(await tempFilesIn(elsewhere)).toEqual([]);
      expect((await open(dataDir)).data.settings.secretaryName).toBe('Andra ändringen');
    });
  });

  it('whose target is gone opens the recovery screen and is left as it is, with no new store', async () => {
    await withTempDir(async (dir) => {
      const target = join(dir, 'utkopplad-disk', 'riktig.json');
      const link = join(dir, DATA_FILE_NAME);
      await symlink(target, link);

      const session = await open(dir);
      expect(session.status()).toEqual({ state: 'recovery', problem: { kind: 'danglingLink', message: sv.problems.danglingLink } });
      await expect(setName(session, 'Ny')).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
      expect((await lstat(link)).isSymbolicLink()).toBe(true);
      expect(await readlink(link)).toBe(target);
      await expect(stat(target)).rejects.toMatchObject({ code: 'ENOENT' });
    });
  });
});

describe('something other than a file in the data file’s place', () => {
  it('a FIFO is refused at once with a Swedish message, never opened, and stays a FIFO', async () => {
    await withTempDir(async (dir) => {
      const fifo = join(dir, DATA_FILE_NAME);
      execFileSync('mkfifo', [fifo]);
      const session = await open(dir);
      expect(session.status()).toEqual({ state: 'recovery', problem: { kind: 'notAFile', message: sv.problems.notAFile('fifo') } });
      expect((await lstat(fifo)).isFIFO()).toBe(true);
    });
  }, 10_000);

  it('a FIFO put there after a backup: restoring the backup is refused instead of hanging, and the FIFO stays', async () => {
    await withTempDir(async (dir) => {
      await open(dir);
      const first = await open(dir);
      await setName(first, 'Säkerhetskopierad');
      const [backup] = await first.listBackups();
      const fifo = join(dir, DATA_FILE_NAME);
      execFileSync('rm', [fifo]);
      execFileSync('mkfifo', [fifo]);
      const session = await open(dir);
      expect(session.status()).toMatchObject({ state: 'recovery', problem: { kind: 'notAFile' } });
      await expect(session.restore(backup!.fileName)).rejects.toMatchObject({ code: 'SAVE_FAILED', message: sv.fileErrors.EFTYPE });
      expect((await lstat(fifo)).isFIFO()).toBe(true);
    });
  }, 10_000);

  it('a device (a link to /dev/null) is refused and the link is kept', async () => {
    await withTempDir(async (dir) => {
      const link = join(dir, DATA_FILE_NAME);
      await symlink('/dev/null', link);
      const session = await open(dir);
      expect(session.status()).toEqual({ state: 'recovery', problem: { kind: 'notAFile', message: sv.problems.notAFile('device') } });
      expect(await readlink(link)).toBe('/dev/null');
    });
  }, 10_000);

  it('a folder is refused and left as it is', async () => {
    await withTempDir(async (dir) => {
      const folder = join(dir, DATA_FILE_NAME);
      await mkdir(folder);
      await writeFile(join(folder, 'annat.txt'), 'x');
      const session = await open(dir);
      expect(session.status()).toEqual({ state: 'recovery', problem: { kind: 'notAFile', message: sv.problems.notAFile('directory') } });
      expect(await readdir(folder)).toEqual(['annat.txt']);
    });
  });
});

describe('keys this version does not know', () => {
  it('at the top of the file survive every save', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, DATA_FILE_NAME);
      const withExtra = { ...JSON.parse(storeText('Före')), synkadAv: { program: 'Kansliets verktyg', version: 3 } };
      await writeFile(file, JSON.stringify(withExtra));
      const session = await open(dir);
      await setName(session, 'Efter');
      const onDisk = JSON.parse(await readFile(file, 'utf8'));
      expect(onDisk.settings.secretaryName).toBe('Efter');
      expect(onDisk.synkadAv).toEqual({ program: 'Kansliets verktyg', version: 3 });
    });
  });

  it('inside a record refuse the file with a message that names the key, and the file is left as it is', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, DATA_FILE_NAME);
      const data = JSON.parse(storeText('Orörd'));
      data.settings.favoritfärg = 'blå';
      const text = JSON.stringify(data);
      await writeFile(file, text);
      const session = await open(dir);
      expect(session.status()).toEqual({
        state: 'recovery',
        problem: { kind: 'unknownKey', message: sv.problems.unknownKey('settings.favoritfärg') },
      });
      await expect(setName(session, 'Ny')).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
      expect(await readFile(file, 'utf8')).toBe(text);
    });
  });
});
