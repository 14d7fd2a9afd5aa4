// The IPC boundary: every payload is checked in main; a bad one gets a Swedish `ok: false`, never a crash.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/core/ipc/backend';
import { channelNames } from '../../electron/shared/ipc/channels';
import { contract } from '../../electron/shared/ipc/contract';
import { sv } from '../../electron/shared/i18n/sv';
import type { Host } from '../../electron/core/host';
import { createRecordingHost } from '../support/recordingHost';
import { withTempDir } from '../support/tempDir';

function recordingHost(chosenFolder: string | null = null) {
  const host = createRecordingHost();
  host.answers.folder = chosenFolder;
  return { host, opened: host.opened };
}

const start = (dir: string, host: Host) =>
  createBackend({ dataDir: join(dir, 'data'), userDataDir: join(dir, 'user'), documentsDir: dir, appVersion: '9.9.9', host });

describe('the IPC contract', () => {
  it('lists exactly the channels the preload exposes', () => {
    expect(Object.keys(contract).sort()).toEqual([...channelNames].sort());
  });
});

describe('a bad payload', () => {
  it.each([
    ['updateSettings', { secretaryName: 42 }],
    ['updateSettings', { secretaryName: 'x', evil: true }],
    ['updateSettings', 'inte ett objekt'],
    ['updateSettings', { letterheadTitle: '' }],
    ['restoreBackup', { fileName: '../../etc/passwd' }],
    ['restoreBackup', {}],
    ['resolveConflict', { choice: 'delete-everything' }],
    ['getSettings', { unexpected: 1 }],
  ])('to %s (%j) gets INVALID_INPUT in Swedish and changes nothing', async (channel, input) => {
    await withTempDir(async (dir) => {
      const backend = await start(dir, recordingHost().host);
      const before = await readFile(join(dir, 'data', 'ros-data.json'), 'utf8');
      const result = await backend.invoke(channel, input);
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      expect(!result.ok && result.error.message.startsWith(sv.errors.invalidInput)).toBe(true);
      expect(await readFile(join(dir, 'data', 'ros-data.json'), 'utf8')).toBe(before);
      expect(await backend.invoke('getSettings', undefined)).toMatchObject({ ok: true });
    });
  });

  it('to an unknown channel gets UNKNOWN_CHANNEL', async () => {
    await withTempDir(async (dir) => {
      const backend = await start(dir, recordingHost().host);
      expect(await backend.invoke('deleteAllFiles', undefined)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
      expect(await backend.invoke('__proto__', undefined)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    });
  });
});

describe('settings through the backend', () => {
  it('are saved and read back, trimmed', async () => {
    await withTempDir(async (dir) => {
      const backend = await start(dir, recordingHost().host);
      const saved = await backend.invoke('updateSettings', { secretaryName: '  Kim Testsson ' });
      expect(saved).toMatchObject({ ok: true, value: { secretaryName: 'Kim Testsson' } });
      const onDisk = JSON.parse(await readFile(join(dir, 'data', 'ros-data.json'), 'utf8'));
      expect(onDisk.settings.secretaryName).toBe('Kim Testsson');
    });
  });
});

describe('links and folders', () => {
  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'ftp://example.org', 'vbscript:x', 'https://', 'mailto:', 'inte en länk'])(
    'refuses to open %s',
    async (url) => {
      await withTempDir(async (dir) => {
        const { host, opened } = recordingHost();
        const backend = await start(dir, host);
        expect(await backend.invoke('openExternalLink', { url })).toEqual({
          ok: false,
          error: { code: 'INVALID_URL', message: sv.errors.invalidUrl },
        });
        expect(opened).toEqual([]);
      });
    },
  );

  it('refuses a link to this computer or the local network with its own message, and opens a mailto link without attachments', async () => {
    await withTempDir(async (dir) => {
      const { host, opened } = recordingHost();
      const backend = await start(dir, host);
      expect(await backend.invoke('openExternalLink', { url: 'http://192.168.1.1/admin' })).toEqual({
        ok: false,
        error: { code: 'INVALID_URL', message: sv.errors.localUrl },
      });
      await backend.invoke('openExternalLink', { url: 'mailto:sekreterare@example.org?subject=Hej&attach=/etc/passwd' });
      expect(opened).toEqual(['url:mailto:sekreterare@example.org?subject=Hej']);
    });
  });

  it('opens https and mailto links', async () => {
    await withTempDir(async (dir) => {
      const { host, opened } = recordingHost();
      const backend = await start(dir, host);
      await backend.invoke('openExternalLink', { url: 'https://www.vgregion.se/' });
      await backend.invoke('openExternalLink', { url: 'mailto:sekreterare@example.org' });
      expect(opened).toEqual(['url:https://www.vgregion.se/', 'url:mailto:sekreterare@example.org']);
    });
  });

  it('switches to a chosen data folder and remembers it', async () => {
    await withTempDir(async (dir) => {
      const other = join(dir, 'annan-mapp');
      const backend = await start(dir, recordingHost(other).host);
      const result = await backend.invoke('chooseDataFolder', undefined);
      expect(result).toMatchObject({ ok: true, value: { changed: true, status: { state: 'ready' } } });
      expect(await backend.invoke('getAppInfo', undefined)).toMatchObject({
        ok: true,
        value: { dataDir: other, dataFile: join(other, 'ros-data.json'), version: '9.9.9' },
      });
      expect(JSON.parse(await readFile(join(dir, 'user', 'preferences.json'), 'utf8'))).toEqual({ dataDir: other });
    });
  });
});
