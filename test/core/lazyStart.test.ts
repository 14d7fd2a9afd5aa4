// The first screen comes from the main file while the minutes are still being read: the calls Möten
// makes are answered at once, every other call waits for the minutes, and a change made meanwhile is
// neither lost nor written over a store whose minutes are not in memory yet.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/core/ipc/backend';
import { nodeFileSystem, type FileSystem } from '../../electron/core/store/fileSystem';
import { StoreSession } from '../../electron/core/store/storeSession';
import { storedMinutes } from '../support/minutesFixtures';
import { createRecordingHost } from '../support/recordingHost';
import { openStoreFolder } from '../support/storeFolder';
import { withTempDir } from '../support/tempDir';

const MINUTES = storedMinutes();

/** The real file system, whose reads of minutes files wait until `release` is called. */
function heldMinutesReads(): { fs: FileSystem; release: () => void } {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const fs: FileSystem = {
    ...nodeFileSystem,
    readFile: async (path) => {
      if (/minutes-\d+[/\\]/.test(path)) await gate;
      return nodeFileSystem.readFile(path);
    },
  };
  return { fs, release };
}

describe('opening a data folder', () => {
  it('answers the first screen from the main file while the minutes are read, and holds everything else until then', async () => {
    await withTempDir(async (dir) => {
      const dataDir = join(dir, 'data');
      const first = await StoreSession.open({ fs: nodeFileSystem, dataDir });
      await first.update((d) => {
        d.settings.secretaryName = 'Kim Testsson';
        d.minutes.push(MINUTES);
      });

      const { fs, release } = heldMinutesReads();
      const backend = await createBackend({ dataDir, userDataDir: dir, documentsDir: dir, appVersion: '1', host: createRecordingHost(), fs });
      for (const channel of ['getAppInfo', 'getStoreStatus', 'getSettings', 'listMeetings', 'listMembers', 'listFormerMembers', 'listOrganisations', 'getRegisterStats']) {
        expect(await backend.invoke(channel, undefined), channel).toMatchObject({ ok: true });
      }
      expect(await backend.invoke('getSettings', undefined)).toMatchObject({ value: { secretaryName: 'Kim Testsson' } });

      const answered: string[] = [];
      const list = backend.invoke('listMinutes', undefined).then((result) => (answered.push('listMinutes'), result));
      const edit = backend.invoke('updateSettings', { secretaryName: 'Alva Påhittad' }).then((result) => (answered.push('updateSettings'), result));
      // Everything the first screen asks for is answered before the minutes are read; these two are not.
      expect(await backend.invoke('listMeetings', undefined)).toMatchObject({ ok: true });
      expect(answered).toEqual([]);

      release();
      expect(await list).toMatchObject({ ok: true, value: [{ id: MINUTES.id }] });
      expect(await edit).toMatchObject({ ok: true });
      const onDisk = await openStoreFolder(dataDir);
      expect(onDisk.settings.secretaryName).toBe('Alva Påhittad');
      expect(onDisk.minutes.map((m) => m.id)).toEqual([MINUTES.id]);
    });
  });
});
