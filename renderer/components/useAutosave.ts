/**
 * Saves a value a moment after the user stops typing (and at once on blur), and at the latest
 * `MAX_WAIT_MS` after the first unsaved change even while typing goes on, so every edit is on disk
 * within about a second while typing itself never waits for the disk. It counts as unsaved edits in the
 * header until the save is answered, and saves at once when the window closes or the page goes away
 * (`flush` sends before it returns: the save leaves even from a page that is being unloaded; the backend
 * applies calls in the order they were sent, so a newer value never lands under an older one).
 * A value the disk did not take (the save answers `false`) stays waiting as unsaved, unless a newer one
 * came: the header's retry, the close handshake or the next edit sends it again. (The backend keeps
 * nothing of a failed save: its memory is what the disk holds.)
 */
import { useCallback, useEffect, useRef } from 'react';
import type { Result } from '../../electron/shared/ipc/result';
import { pendingChanged, registerPendingSave } from '../api/pendingSaves';
import { saveOutcome } from '../api/ros';

export const AUTOSAVE_DELAY_MS = 400;
export const MAX_WAIT_MS = 800;

type Timer = ReturnType<typeof setTimeout>;

/**
 * For a save callback: false when main's answer means the value is not on disk but may be sent again and
 * be taken (the disk failed, or a conflict the user settles); true when it was saved or refused as it is.
 */
export const tookOrRefused = (result: Result<unknown>): boolean => {
  const outcome = saveOutcome(result);
  return outcome === 'saved' || outcome === 'refused';
};

export function useAutosave<T>(save: (value: T) => Promise<boolean | void>): { schedule(value: T): void; flush(): Promise<void>; cancel(): void } {
  const timer = useRef<Timer | null>(null);
  const deadline = useRef<Timer | null>(null);
  const pending = useRef<{ value: T } | null>(null);
  /** Saves sent and not yet answered. */
  const inFlight = useRef(new Set<Promise<void>>());
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  const clearTimers = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    if (deadline.current) clearTimeout(deadline.current);
    timer.current = null;
    deadline.current = null;
  }, []);

  /** Sends what is pending now; resolves when every save sent so far has been answered. */
  const flush = useCallback(() => {
    clearTimers();
    const next = pending.current;
    pending.current = null;
    if (next) {
      const sent = saveRef.current(next.value)
        .then((taken) => {
          if (taken === false && pending.current === null) pending.current = next;
        })
        .catch(() => undefined)
        .finally(() => {
          inFlight.current.delete(sent);
          pendingChanged();
        });
      inFlight.current.add(sent);
    }
    return Promise.all(inFlight.current).then(() => undefined);
  }, [clearTimers]);

  const schedule = useCallback(
    (value: T) => {
      const wasClean = pending.current === null;
      pending.current = { value };
      if (wasClean) pendingChanged();
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
      deadline.current ??= setTimeout(() => void flush(), MAX_WAIT_MS);
    },
    [flush],
  );

  const cancel = useCallback(() => {
    clearTimers();
    pending.current = null;
    pendingChanged();
  }, [clearTimers]);

  useEffect(() => {
    const unregister = registerPendingSave({ dirty: () => pending.current !== null || inFlight.current.size > 0, flush, discard: cancel });
    return () => {
      void flush();
      unregister();
    };
  }, [flush, cancel]);
  return { schedule, flush, cancel };
}
