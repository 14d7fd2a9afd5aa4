/**
 * Saves a value a moment after the user stops typing (and at once on blur), so every edit is on disk
 * within about a second while typing itself never waits for the disk.
 */
import { useCallback, useEffect, useRef } from 'react';

export const AUTOSAVE_DELAY_MS = 400;

export function useAutosave<T>(save: (value: T) => Promise<void>): { schedule(value: T): void; flush(): void; cancel(): void } {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<{ value: T } | null>(null);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const next = pending.current;
    pending.current = null;
    if (next) void saveRef.current(next.value);
  }, []);

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  const cancel = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
  }, []);

  useEffect(() => flush, [flush]);
  return { schedule, flush, cancel };
}
