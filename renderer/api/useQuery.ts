/**
 * Loads a value through the API when a screen opens, again on `reload()`, and again whenever the
 * stored data was replaced as a whole (a restored backup, a conflict resolved in favour of the disk).
 */
import { useCallback, useEffect, useState } from 'react';
import type { Result } from '../../electron/shared/ipc/result';
import { useDataVersion } from './saveStatus';

export interface Query<T> {
  value: T | undefined;
  error: string | null;
  reload(): void;
}

export function useQuery<T>(load: () => Promise<Result<T>>): Query<T> {
  const dataVersion = useDataVersion();
  const [reloads, setReloads] = useState(0);
  const [state, setState] = useState<{ value: T | undefined; error: string | null }>({ value: undefined, error: null });
  useEffect(() => {
    let current = true;
    void load().then((result) => {
      if (!current) return;
      setState(result.ok ? { value: result.value, error: null } : { value: undefined, error: result.error.message });
    });
    return () => {
      current = false;
    };
    // `load` is expected to be a stable module-level call; the data version and reloads trigger refetching.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dataVersion, reloads]);
  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { ...state, reload };
}
