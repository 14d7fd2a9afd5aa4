/**
 * What the save indicator shows, kept outside React so every call that changes the store can report
 * to it: saving, saved at a time, failed with a Swedish reason (the write failed), refused with one (main
 * said no before writing: a duplicate, a missing record, invalid input), or stopped by a change on disk.
 * `dataVersion` rises when the data was replaced behind the screens' backs (restore, conflict choice,
 * a restarted backend). `notice` is a short message about the app itself, shown above the screen.
 */
import { useSyncExternalStore } from 'react';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; message: string }
  | { kind: 'refused'; message: string }
  | { kind: 'conflict' };

interface State {
  status: SaveStatus;
  dataVersion: number;
  notice: string | null;
}

let state: State = { status: { kind: 'idle' }, dataVersion: 0, notice: null };
const listeners = new Set<() => void>();

function set(next: Partial<State>): void {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

export const saveStatusStore = {
  setStatus: (status: SaveStatus) => set({ status }),
  dataReplaced: () => set({ dataVersion: state.dataVersion + 1 }),
  setNotice: (notice: string | null) => set({ notice }),
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get: () => state,
};

export function useSaveStatus(): SaveStatus {
  return useSyncExternalStore(saveStatusStore.subscribe, () => saveStatusStore.get().status);
}

/**
 * True while another program's change stops the saves. A component that needs only this reads it here,
 * so the saves' "Sparar …" and "Sparat" do not draw it (and what it holds, the editor above all) again.
 */
export function useSaveConflict(): boolean {
  return useSyncExternalStore(saveStatusStore.subscribe, () => saveStatusStore.get().status.kind === 'conflict');
}

/** Rises when stored data was replaced as a whole; screens reload when it changes. */
export function useDataVersion(): number {
  return useSyncExternalStore(saveStatusStore.subscribe, () => saveStatusStore.get().dataVersion);
}

export function useNotice(): string | null {
  return useSyncExternalStore(saveStatusStore.subscribe, () => saveStatusStore.get().notice);
}
