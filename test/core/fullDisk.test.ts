// The full-disk retry of issue 13, on a disk that is really full: a small tmpfs mounted for the test
// and filled with a filler file until the kernel answers ENOSPC (tests run as root; where `mount` is not
// allowed, the same scenarios run through the fault seam, `failAll('ENOSPC')` then `heal()`, and the test
// names say which disk was used). For a new meeting, a new member and a minutes autosave, through the
// real backend: the save fails with SAVE_FAILED and the Swedish "Disken är full.", memory keeps nothing
// of it, the folder still opens whole (the minutes file byte for byte its old version), no temp file is
// left taking space; after the filler is removed, the same call again writes it exactly once. A file
// written in parts (one writev) that the disk cuts short fails with ENOSPC, never ends as a short file.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, open, readFile, readdir, rmdir, statfs, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/core/ipc/backend';
import { FaultyFileSystem } from '../../electron/core/store/faultyFileSystem';
import { errorCode, nodeFileSystem, writeParts, type FileSystem } from '../../electron/core/store/fileSystem';
import { DATA_FILE_NAME } from '../../electron/core/store/folderStore';
import { sv } from '../../electron/shared/i18n/sv';
import type { Result } from '../../electron/shared/ipc/result';
import type { Meeting } from '../../electron/shared/meetings/meeting';
import type { Minutes } from '../../electron/shared/minutes/minutes';
import { sectionsOf } from '../../electron/shared/minutes/richText';
import type { Member } from '../../electron/shared/register/member';
import type { StoreStatus } from '../../electron/shared/store/status';
import { checkingOutputs } from '../support/checkedOutputs';
import { seedMeetings2024 } from '../support/meetingFixtures';
import { contentOf, meetingWithMinutes, seedMinutesDoc } from '../support/minutesFixtures';
import { createRecordingHost } from '../support/recordingHost';
import { memberInput } from '../support/registerFixtures';
import { openStoreFolder, readStoreFolder } from '../support/storeFolder';
import { withTempDir } from '../support/tempDir';
import { value } from '../support/testBackend';

/** Room for the store, its session backup and a minutes file or two, and small enough to fill at once. */
const TMPFS_SIZE = '4m';

/** A data folder on a disk that can be made full and freed again, with the backend open on it. */
interface FullDisk {
  backend: Backend;
  dataDir: string;
  fill(): Promise<void>;
  free(): Promise<void>;
}

interface DiskKind {
  label: string;
  use(run: (disk: FullDisk) => Promise<void>): Promise<void>;
}

/** Whether this machine lets the tests mount a tmpfs, and if not, why (shown in the test names). */
async function probeMount(): Promise<{ allowed: true } | { allowed: false; reason: string }> {
  const mountPoint = await mkdtemp(join(tmpdir(), 'ros-tmpfs-probe-'));
  try {
    mountTmpfs(mountPoint);
  } catch (error) {
    await rmdir(mountPoint);
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    return { allowed: false, reason: stderr || errorCode(error) || String(error) };
  }
  unmount(mountPoint);
  await rmdir(mountPoint);
  return { allowed: true };
}

function mountTmpfs(mountPoint: string): void {
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${TMPFS_SIZE},mode=0700`, 'tmpfs', mountPoint], { stdio: 'pipe' });
}

function unmount(mountPoint: string): void {
  execFileSync('umount', [mountPoint], { stdio: 'pipe' });
}

/** The backend as the app runs it, on `dataDir` through `fs`; remembered settings and exports go to `homeDir`. */
async function withBackendOn(fs: FileSystem, dataDir: string, homeDir: string, run: (backend: Backend) => Promise<void>): Promise<void> {
  const host = createRecordingHost();
  try {
    const backend = checkingOutputs(await createBackend({ dataDir, userDataDir: homeDir, documentsDir: homeDir, appVersion: '1', host, fs }));
    await run(backend);
  } finally {
    await host.close();
  }
}

/**
 * Writes a filler file until the disk refuses even one more byte with ENOSPC, in ever smaller pieces,
 * then checks that the kernel reports no free block and that a new file cannot get a byte.
 */
async function fillUntilFull(mountPoint: string, filler: string): Promise<void> {
  const handle = await open(filler, 'w');
  try {
    for (let piece = 1 << 16; piece >= 1; piece >>= 4) {
      const bytes = Buffer.alloc(piece, 0x78);
      for (;;) {
        try {
          await handle.write(bytes);
        } catch (error) {
          if (errorCode(error) !== 'ENOSPC') throw error;
          break;
        }
      }
    }
  } finally {
    await handle.close();
  }
  expect((await statfs(mountPoint)).bavail).toBe(0);
  const probe = join(mountPoint, 'probe');
  await expect(writeFile(probe, 'x')).rejects.toMatchObject({ code: 'ENOSPC' });
  await unlink(probe);
}

const tmpfsDisk: DiskKind = {
  label: `a real ${TMPFS_SIZE.toUpperCase()}B tmpfs filled until ENOSPC`,
  use: (run) =>
    withTempDir(async (root) => {
      const mountPoint = join(root, 'disk');
      await mkdir(mountPoint);
      mountTmpfs(mountPoint);
      try {
        const filler = join(mountPoint, 'filler.bin');
        const dataDir = join(mountPoint, 'data');
        await withBackendOn(nodeFileSystem, dataDir, root, (backend) =>
          run({ backend, dataDir, fill: () => fillUntilFull(mountPoint, filler), free: () => unlink(filler) }),
        );
      } finally {
        unmount(mountPoint);
      }
    }),
};

const seamDisk = (why: string): DiskKind => ({
  label: `the fault seam, failAll('ENOSPC') then heal() (${why})`,
  use: (run) =>
    withTempDir(async (root) => {
      const fs = new FaultyFileSystem();
      const dataDir = join(root, 'data');
      await withBackendOn(fs, dataDir, root, (backend) =>
        run({ backend, dataDir, fill: async () => fs.failAll('ENOSPC'), free: async () => fs.heal() }),
      );
    }),
});

const mount = await probeMount();
// The seam runs everywhere, so the fallback is known to work on machines that can mount as well.
const disks: DiskKind[] = mount.allowed
  ? [tmpfsDisk, seamDisk('also run where mount is allowed')]
  : [seamDisk(`mount refused here: ${mount.reason}`)];

function expectDiskFull(result: Result<unknown>): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe('SAVE_FAILED');
  expect(result.error.message).toContain(sv.fileErrors.ENOSPC);
}

/** Every file and folder of the data folder, relative to it. */
async function listing(dataDir: string): Promise<string[]> {
  return (await readdir(dataDir, { recursive: true })).sort();
}

/** What must hold right after a refused save: a usable store, and not a stray temp file taking space. */
async function expectWholeAfterRefusal(disk: FullDisk): Promise<void> {
  expect((await listing(disk.dataDir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  const status = await value<StoreStatus>(disk.backend.invoke('getStoreStatus', undefined));
  expect(status).toMatchObject({ state: 'ready', externalChange: false });
  await openStoreFolder(disk.dataDir);
}

for (const kind of disks) describe(`a full disk on ${kind.label}`, () => {
  it('refuses a new meeting in Swedish and keeps none of it; freed, the same Spara makes exactly one', async () => {
    await kind.use(async (disk) => {
      // A member first: the session's backup is taken by then, so the full disk meets the data file itself.
      await value(disk.backend.invoke('saveMember', { id: null, member: memberInput() }));
      const save = () => disk.backend.invoke('saveMeeting', { id: null, meeting: seedMeetings2024[0] });

      await disk.fill();
      expectDiskFull(await save());
      expect(await value<Meeting[]>(disk.backend.invoke('listMeetings', undefined))).toEqual([]);
      await expectWholeAfterRefusal(disk);
      expect((await openStoreFolder(disk.dataDir)).meetings).toEqual([]);

      await disk.free();
      const saved = await value<Meeting>(save());
      const inMemory = await value<Meeting[]>(disk.backend.invoke('listMeetings', undefined));
      expect(inMemory.map((m) => m.id)).toEqual([saved.id]);
      expect((await openStoreFolder(disk.dataDir)).meetings).toEqual(inMemory);
      expect(readStoreFolder(disk.dataDir).meetings.map((m) => m.id)).toEqual([saved.id]);
    });
  });

  it('refuses a new member in Swedish and keeps none of it; freed, the retry is not "finns redan" and makes exactly one', async () => {
    await kind.use(async (disk) => {
      await value(disk.backend.invoke('updateSettings', { secretaryName: 'Sekreterare Påhittad' }));
      const save = () => disk.backend.invoke('saveMember', { id: null, member: memberInput() });

      await disk.fill();
      expectDiskFull(await save());
      expect(await value<Member[]>(disk.backend.invoke('listMembers', undefined))).toEqual([]);
      await expectWholeAfterRefusal(disk);
      expect((await openStoreFolder(disk.dataDir)).members).toEqual([]);

      await disk.free();
      const retry = await save();
      // Not DUPLICATE ("finns redan i registret"): the refused member never reached memory or disk.
      expect(retry.ok ? null : retry.error).toBeNull();
      const saved = (retry as { value: Member }).value;
      const inMemory = await value<Member[]>(disk.backend.invoke('listMembers', undefined));
      expect(inMemory.map((m) => m.id)).toEqual([saved.id]);
      expect((await openStoreFolder(disk.dataDir)).members).toEqual(inMemory);
      expect(readStoreFolder(disk.dataDir).members.map((m) => m.name)).toEqual([memberInput().name]);
    });
  });

  it('refuses a minutes autosave in Swedish, leaves the old minutes file whole; freed, the same autosave writes it', async () => {
    await kind.use(async (disk) => {
      const { minutes } = await meetingWithMinutes(disk.backend);
      const main = JSON.parse(await readFile(join(disk.dataDir, DATA_FILE_NAME), 'utf8')) as { minutesFolder: string };
      const minutesFile = join(disk.dataDir, main.minutesFolder, `${minutes.id}.json`);
      const oldBytes = await readFile(minutesFile);
      const body = seedMinutesDoc(sectionsOf(minutes.body).map((s) => s.sectionId));
      const autosave = () => disk.backend.invoke('saveMinutesContent', { id: minutes.id, content: contentOf(minutes, { body }) });

      await disk.fill();
      expectDiskFull(await autosave());
      expect(await readFile(minutesFile)).toEqual(oldBytes);
      expect((await value<Minutes>(disk.backend.invoke('getMinutes', { id: minutes.id }))).body).toEqual(minutes.body);
      await expectWholeAfterRefusal(disk);
      expect((await openStoreFolder(disk.dataDir)).minutes.map((m) => m.body)).toEqual([minutes.body]);

      await disk.free();
      const { updatedAt } = await value<{ updatedAt: string }>(autosave());
      const inMemory = await value<Minutes>(disk.backend.invoke('getMinutes', { id: minutes.id }));
      expect(inMemory).toMatchObject({ body, updatedAt });
      const [onDisk, ...others] = (await openStoreFolder(disk.dataDir)).minutes;
      expect(others).toEqual([]);
      expect(onDisk).toEqual(inMemory);
      expect(await readFile(minutesFile)).not.toEqual(oldBytes);
    });
  });
});

/**
 * A file written in parts (a backup, an archive's data) reaches the disk in one call that the kernel may
 * cut short when the disk fills up part way: the write must then fail with ENOSPC, never end as if the
 * whole file were written. On the real tmpfs where mount is allowed; everywhere through a handle that
 * writes like such a disk (its `writev` stops at the room left, its `writeFile` refuses what does not fit).
 */
const PART = Buffer.alloc(50 * 1024, 0x61);

/** A disk with `room` bytes left, as the kernel answers: a short count, then ENOSPC. */
function nearlyFullHandle(room: number) {
  const written: Buffer[] = [];
  const take = (bytes: Uint8Array) => {
    const fits = Math.min(room, bytes.byteLength);
    written.push(Buffer.from(bytes.subarray(0, fits)));
    room -= fits;
    return fits;
  };
  return {
    written,
    writev: async (parts: NodeJS.ArrayBufferView[]) => ({ bytesWritten: parts.reduce((sum, part) => sum + take(part as Uint8Array), 0), buffers: parts }),
    writeFile: async (bytes: Uint8Array) => {
      if (take(bytes) < bytes.byteLength) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    },
  };
}

describe('a file written in parts on a disk that fills up part way', () => {
  it('fails with ENOSPC, the bytes before it being the parts in order (a handle that writes like such a disk)', async () => {
    for (const room of [0, 1, PART.length - 1, PART.length, 3 * PART.length + 7]) {
      const handle = nearlyFullHandle(room);
      const parts = [PART, Buffer.from('b'), PART, PART, PART, PART];
      await expect(writeParts(handle as unknown as Parameters<typeof writeParts>[0], parts)).rejects.toMatchObject({ code: 'ENOSPC' });
      expect(Buffer.concat(handle.written)).toEqual(Buffer.concat(parts).subarray(0, room));
    }
  });

  it.runIf(mount.allowed)(`fails with ENOSPC on a real ${TMPFS_SIZE.toUpperCase()}B tmpfs, not as a file cut short`, async () => {
    await withTempDir(async (root) => {
      mountTmpfs(root);
      try {
        const handle = await nodeFileSystem.open(join(root, 'backup.json'), 'w');
        const parts = Array.from({ length: 100 }, () => PART);
        await expect(handle.writeFile(parts)).rejects.toMatchObject({ code: 'ENOSPC' });
        await handle.close();
      } finally {
        unmount(root);
      }
    });
  });
});
