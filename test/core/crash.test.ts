// Pulling the plug: a process saving in a loop is killed with SIGKILL at random moments. Every time the
// data file must parse and hold the last acknowledged write or the one in flight after it.
import { describe, expect, it } from 'vitest';
import { runCrashTrials } from '../support/crashTrials';

describe('a writer killed mid-save', () => {
  it('leaves a whole file with the last acknowledged edit, in 50 of 50 trials', async () => {
    const outcomes = await runCrashTrials(50, 4, 150);
    expect(outcomes).toHaveLength(50);
    for (const { lastAcknowledged, onDisk } of outcomes) {
      expect(onDisk).not.toBeNull();
      expect([lastAcknowledged, lastAcknowledged + 1]).toContain(onDisk);
    }
    // The kills must land while writes are going on, not only after the first one.
    expect(outcomes.some((o) => o.lastAcknowledged > 3)).toBe(true);
  }, 180_000);
});
