// The page printed to PDF goes through a private temporary folder: new and unguessable each time,
// readable by the user only, never written through something already there, and gone afterwards.
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePrivateTempFile } from '../../electron/core/app/privateTempFile';

const shared = () => mkdtempSync(join(tmpdir(), 'ros-shared-temp-'));

describe('a private temporary file', () => {
  it('is written into a new folder of its own that only the user may enter, and removed with it', async () => {
    const temp = shared();
    const page = await writePrivateTempFile(temp, 'ros-utskrift-', 'utskrift.html', '<p>Anteckningar</p>');
    expect(dirname(dirname(page.path))).toBe(temp);
    expect(readFileSync(page.path, 'utf8')).toBe('<p>Anteckningar</p>');
    if (process.platform !== 'win32') {
      expect(statSync(dirname(page.path)).mode & 0o777).toBe(0o700);
      expect(statSync(page.path).mode & 0o077).toBe(0);
    }
    await page.remove();
    expect(existsSync(dirname(page.path))).toBe(false);
    await page.remove();
  });

  it('gets a different, unpredictable folder every time', async () => {
    const temp = shared();
    const [a, b] = await Promise.all([1, 2].map(() => writePrivateTempFile(temp, 'ros-utskrift-', 'utskrift.html', 'x')));
    expect(dirname(a!.path)).not.toBe(dirname(b!.path));
    expect(dirname(a!.path)).toMatch(/ros-utskrift-\w{6}$/);
  });

  it('takes only a bare file name, so nothing is written outside its folder', async () => {
    const temp = shared();
    for (const name of ['../utskrift.html', 'a/b.html', '..', '']) {
      await expect(writePrivateTempFile(temp, 'ros-', name, 'x')).rejects.toThrow();
    }
    expect(existsSync(join(temp, 'utskrift.html'))).toBe(false);
  });
});
