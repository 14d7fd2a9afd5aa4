/**
 * The frame grid the typing bench judges keys by: whether a key was painted in the frame after it, from
 * the page's requestAnimationFrame records, so a frame that was skipped or came late counts as missed
 * (a frame counter cannot count frames that were never produced).
 *
 * A frame's tick is its rAF timestamp: the vsync it was begun for. The frame after a key is the first
 * whose tick came after the key's timestamp. A key that comes just after a tick, before the main thread
 * has run that frame's callbacks, cannot be in that frame, whatever the page does: Chromium had begun it.
 * Its next frame is the following tick's.
 */

export interface KeyRecord {
  phase: string;
  /** The keydown's timestamp. */
  down: number;
  /** When the key's DOM change was seen (0: none). */
  changed: number;
}

export interface FrameRecord {
  /** The rAF timestamp: the tick the frame was begun for. */
  ts: number;
  /** When its rAF callback ran. */
  at: number;
  /** When a task posted from that callback ran: after the frame's rendering. */
  done: number;
}

export interface KeyOutcome {
  nextFrame: boolean;
  /** From the keydown until the frame showing the change was rendered. */
  toPaint: number;
}

/** The first frame whose `field` is later than `time` (binary search: frames are in order of both). */
function firstFrameAfter(frames: readonly FrameRecord[], field: 'ts' | 'at', time: number): number {
  let low = 0;
  let high = frames.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (frames[mid]![field] > time) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * How a key fared, given every frame recorded and the median interval between them; null when it cannot
 * be judged (no frame recorded around it). A key whose change was never seen is the caller's to count
 * as missed.
 */
export function keyOutcome(key: KeyRecord, frames: readonly FrameRecord[], interval: number): KeyOutcome | null {
  if (!key.changed) return null;
  // The first frame whose callbacks ran after the change: its rendering shows it.
  const shown = firstFrameAfter(frames, 'at', key.changed);
  const frame = frames[shown];
  const following = frames[shown + 1];
  if (!frame?.done || !following || shown === 0) return null;
  const nextTick = firstFrameAfter(frames, 'ts', key.down);
  // A frame held up by the main thread keeps the timestamp of the vsync it was asked for, but the
  // vsyncs it was late for produce no frame: the gap shows before it (it came late) or after it (it
  // took too long).
  const noneSkipped = frame.ts - frames[shown - 1]!.ts < 1.5 * interval && following.ts - frame.ts < 1.5 * interval;
  // And a frame held up by less than two intervals can keep a regular rhythm of timestamps while it is
  // begun after the vsync that was to show it: it must begin within its own interval.
  const inTime = frame.at - frame.ts < interval;
  return { nextFrame: shown <= nextTick && noneSkipped && inTime, toPaint: frame.done - key.down };
}
