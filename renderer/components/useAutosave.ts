/**
 * Saves a value a moment after the user stops typing (and at once on blur), and at the latest
 * `MAX_WAIT_MS` after the first unsaved change even while typing goes on, so every edit is on disk
 * within about a second while typing itself never waits for the disk.
 */
import { useCallback, useEffect, useRef } from 'react';

export const AUTOSAVE_DELAY_MS = 400;
export const MAX_WAIT_MS = 800;

type Timer = ReturnType<typeof setTimeout>;

export function useAutosave<T>(save: (value: T) => Promise<void>): { schedule(value: T): void; flush(): Promise<void>; cancel(): void } {
  const timer = useRef<Timer | null>(null);
  /** The saves run one after the other; this is the last one asked for. */
  const saving = useRef<Promise<void>>(Promise.resolve());
  const deadline = useRef<Timer | null>(null);
  const pending = useRef<{ value: T } | null>(null);
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

  /** Saves what is pending now; resolves when every save asked for so far has finished. */
  const flush = useCallback(() => {
    clearTimers();
    const next = pending.current;
    pending.current = null;
    if (next) saving.current = saving.current.then(() => saveRef.current(next.value)).catch(() => undefined);
    return saving.current;
  }, [clearTimers]);

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
      deadline.current ??= setTimeout(() => void flush(), MAX_WAIT_MS);
    },
    [flush],
  );

  const cancel = useCallback(() => {
    clearTimers();
    pending.current = null;
  }, [clearTimers]);

  useEffect(() => () => void flush(), [flush]);
  return { schedule, flush, cancel };
}
