// Pulling the plug: a process saving in a loop is killed with SIGKILL at random moments. Every time the
// data file must parse and hold the last acknowledged write or the one in flight after it. A writer
// that dies on its own before its first save is reported, not waited for.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCrashTrial, runCrashTrials } from '../support/crashTrials';
import { withTempDir } from '../support/tempDir';

describe('a writer killed mid-save', () => {
  it('leaves a whole file with the last acknowledged edit, in 50 of 50 trials', async () => {
    const outcomes = await runCrashTrials(50, 4, 150);
    expect(outcomes).toHaveLength(50);
    for (const { lastAcknowledged, onDisk, endedOnItsOwn } of outcomes) {
      expect(endedOnItsOwn).toBeNull();
      expect(onDisk).not.toBeNull();
      expect([lastAcknowledged, lastAcknowledged + 1]).toContain(onDisk);
    }
    // The kills must land while writes are going on, not only after the first one.
    expect(outcomes.some((o) => o.lastAcknowledged > 3)).toBe(true);
  }, 180_000);

  it('that dies before its first save is reported as such', async () => {
    await withTempDir(async (dir) => {
      const writer = join(dir, 'dies-at-once.mjs');
      await writeFile(writer, 'process.exit(3);\n');
      expect(await runCrashTrial(150, writer)).toEqual({ lastAcknowledged: 0, onDisk: null, endedOnItsOwn: 'exit code 3' });
    });
  });
});
