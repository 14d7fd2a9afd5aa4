// The window reopens where the user left it, unless that place is on no screen any more; a damaged
// remembered place is forgotten without losing the remembered data folder.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPreferences, updatePreferences } from '../../electron/core/app/preferences';
import { restoredWindowState } from '../../electron/core/app/windowState';
import { nodeFileSystem } from '../../electron/core/store/fileSystem';
import { withTempDir } from '../support/tempDir';

const laptop = { x: 0, y: 0, width: 1366, height: 728 };
const monitor = { x: 1366, y: 0, width: 2560, height: 1400 };

describe('the window’s place', () => {
  it('is where the user left it, also on a second screen and maximised', () => {
    const onMonitor = { x: 1500, y: 100, width: 1600, height: 1000, maximized: true };
    expect(restoredWindowState(onMonitor, [laptop, monitor])).toEqual(onMonitor);
  });

  it('moves to the middle of the first screen, at most its size, when the saved screen is gone', () => {
    const onMonitor = { x: 1500, y: 100, width: 1600, height: 1000, maximized: false };
    expect(restoredWindowState(onMonitor, [laptop])).toEqual({ x: 43, y: 0, width: 1280, height: 728, maximized: false });
    expect(restoredWindowState(undefined, [monitor])).toEqual({ x: 2006, y: 300, width: 1280, height: 800, maximized: false });
  });

  it('is remembered beside the data folder; a damaged place is forgotten, the data folder kept', async () => {
    await withTempDir(async (dir) => {
      await updatePreferences(nodeFileSystem, dir, { dataDir: '/srv/ros' });
      await updatePreferences(nodeFileSystem, dir, { window: { x: 10, y: 20, width: 900, height: 700, maximized: false } });
      expect(await readPreferences(nodeFileSystem, dir)).toEqual({ dataDir: '/srv/ros', window: { x: 10, y: 20, width: 900, height: 700, maximized: false } });
      await writeFile(join(dir, 'preferences.json'), JSON.stringify({ dataDir: '/srv/ros', window: { x: 'vänster' } }));
      expect(await readPreferences(nodeFileSystem, dir)).toEqual({ dataDir: '/srv/ros' });
    });
  });
});
