// Which data folder opens: ROS_DATA_DIR first, then the folder the user chose last, then the default.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rememberDataDir, resolveDataDir } from '../../electron/core/app/dataFolder';
import { nodeFileSystem } from '../../electron/core/store/fileSystem';
import { withTempDir } from '../support/tempDir';

describe('the data folder', () => {
  it('defaults to data/ in the user-data folder', async () => {
    await withTempDir(async (dir) => {
      expect(await resolveDataDir(nodeFileSystem, {}, dir)).toBe(join(dir, 'data'));
    });
  });

  it('is the folder chosen last, and ROS_DATA_DIR overrides it', async () => {
    await withTempDir(async (dir) => {
      await rememberDataDir(nodeFileSystem, dir, '/srv/delad/ros');
      expect(await resolveDataDir(nodeFileSystem, {}, dir)).toBe('/srv/delad/ros');
      expect(await resolveDataDir(nodeFileSystem, { ROS_DATA_DIR: '/tmp/portabel' }, dir)).toBe('/tmp/portabel');
    });
  });

  it('falls back to the default when the remembered choice is unreadable', async () => {
    await withTempDir(async (dir) => {
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, 'preferences.json'), '{"dataDir": 5');
      expect(await resolveDataDir(nodeFileSystem, {}, dir)).toBe(join(dir, 'data'));
    });
  });
});
