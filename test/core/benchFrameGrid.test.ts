// The typing bench's verdict on a key: painted in the frame after it, or missed. The records are laid
// out as a 60 Hz page gives them (ticks 16.7 ms apart, callbacks a little after their tick): a key
// that comes just after a tick, before that frame's callbacks ran, and is shown by the next tick's
// frame was painted as soon as it could be; one that comes just before a tick and waits for the next
// one missed a frame; so did one shown by a frame that was skipped or begun late.
import { describe, expect, it } from 'vitest';
import { keyOutcome, type FrameRecord } from '../../scripts/bench/frameGrid';

const INTERVAL = 16.7;

/** Frames at every tick from 0, each begun `late` ms after its tick and rendered 2 ms later. */
function frames(count: number, late = (_i: number) => 0.3, tick = (i: number) => i * INTERVAL): FrameRecord[] {
  return Array.from({ length: count }, (_, i) => ({ ts: tick(i), at: tick(i) + late(i), done: tick(i) + late(i) + 2 }));
}

const key = (down: number, changed: number) => ({ phase: 'editor', down, changed });

describe('the frame grid of the typing bench', () => {
  it('counts a key that came just after a tick, before its frame began, and was shown by the next tick as painted in the next frame', () => {
    // Tick 3 at 50.1 ms, its callbacks at 51.6; the key at 50.6 is handled at 54.
    const grid = frames(10, () => 1.5);
    const outcome = keyOutcome(key(50.6, 54), grid, INTERVAL);
    expect(outcome?.nextFrame).toBe(true);
    expect(outcome?.toPaint).toBeCloseTo(4 * INTERVAL + 3.5 - 50.6);
  });

  it('counts a key shown by the frame of the tick just before it (its change came before that frame began) as painted in the next frame', () => {
    const grid = frames(10, () => 1.5);
    expect(keyOutcome(key(50.4, 51), grid, INTERVAL)?.nextFrame).toBe(true);
  });

  it('counts a key that came just before a tick and was shown only by the tick after as missed', () => {
    const grid = frames(10);
    expect(keyOutcome(key(49.6, 51), grid, INTERVAL)?.nextFrame).toBe(false);
  });

  it('counts a key shown by a frame after a skipped vsync as missed', () => {
    // The main thread held the frame of tick 4 up: no frame at tick 4, the next one at tick 5.
    const grid = frames(10, () => 0.3, (i) => (i < 4 ? i : i + 1) * INTERVAL);
    expect(keyOutcome(key(55, 80), grid, INTERVAL)?.nextFrame).toBe(false);
  });

  it('counts a key shown by a frame begun more than an interval after its tick as missed', () => {
    // Its tick at 66.8 ms, its callbacks at 84.8; the next frame's callbacks come after them.
    const grid = frames(10, (i) => (i === 4 ? 18 : i === 5 ? 2 : 0.3));
    expect(keyOutcome(key(55, 60), grid, INTERVAL)?.nextFrame).toBe(false);
  });

  it('cannot judge a key whose change was never seen, or that no recorded frame showed', () => {
    const grid = frames(10);
    expect(keyOutcome(key(55, 0), grid, INTERVAL)).toBeNull();
    expect(keyOutcome(key(200, 201), grid, INTERVAL)).toBeNull();
  });
});
