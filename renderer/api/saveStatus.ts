/**
 * What the save indicator shows, kept outside React so every call that changes the store can report
 * to it: saving, saved at a time, failed with a Swedish reason, or stopped by a change on disk.
 * `dataVersion` rises when the data was replaced behind the screens' backs (restore, conflict choice).
 */
import { useSyncExternalStore } from 'react';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; message: string }
  | { kind: 'conflict' };

interface State {
  status: SaveStatus;
  dataVersion: number;
}

let state: State = { status: { kind: 'idle' }, dataVersion: 0 };
const listeners = new Set<() => void>();

function set(next: Partial<State>): void {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

export const saveStatusStore = {
  setStatus: (status: SaveStatus) => set({ status }),
  dataReplaced: () => set({ dataVersion: state.dataVersion + 1 }),
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get: () => state,
};

export function useSaveStatus(): SaveStatus {
  return useSyncExternalStore(saveStatusStore.subscribe, () => saveStatusStore.get().status);
}

/** Rises when stored data was replaced as a whole; screens reload when it changes. */
export function useDataVersion(): number {
  return useSyncExternalStore(saveStatusStore.subscribe, () => saveStatusStore.get().dataVersion);
}
