/**
 * Saves a value a moment after the user stops typing (and at once on blur), and at the latest
 * `MAX_WAIT_MS` after the first unsaved change even while typing goes on, so every edit is on disk
 * within about a second while typing itself never waits for the disk.
 */
import { useCallback, useEffect, useRef } from 'react';

export const AUTOSAVE_DELAY_MS = 400;
export const MAX_WAIT_MS = 800;

type Timer = ReturnType<typeof setTimeout>;

export function useAutosave<T>(save: (value: T) => Promise<void>): { schedule(value: T): void; flush(): void; cancel(): void } {
  const timer = useRef<Timer | null>(null);
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

  const flush = useCallback(() => {
    clearTimers();
    const next = pending.current;
    pending.current = null;
    if (next) void saveRef.current(next.value);
  }, [clearTimers]);

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, AUTOSAVE_DELAY_MS);
      deadline.current ??= setTimeout(flush, MAX_WAIT_MS);
    },
    [flush],
  );

  const cancel = useCallback(() => {
    clearTimers();
    pending.current = null;
  }, [clearTimers]);

  useEffect(() => flush, [flush]);
  return { schedule, flush, cancel };
}
