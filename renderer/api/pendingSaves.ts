/**
 * Everything on screen that holds edits not yet on disk: the autosaving editors and fields (which save
 * themselves, but may have a change waiting for its moment) and the forms that save with a button.
 * The close handshake and the page's own `pagehide` ask them all to save now; a form that cannot save by
 * itself (it needs its button) keeps the window open with a Swedish message saying which form.
 * The header reads `useHasUnsavedChanges` so its status never says "Inga osparade ändringar" over edits,
 * and leaving a screen over such a form asks first (`leaveScreen`).
 */
import { useEffect, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { sv } from '../../electron/shared/i18n/sv';
import type { FlushOutcome } from '../../electron/shared/ipc/windowMessages';
import { saveStatusStore } from './saveStatus';

export interface PendingSave {
  /** True while this holds edits that are not on disk (or not yet sent there). */
  dirty(): boolean;
  /** Sends what is waiting now (the call leaves before this returns) and resolves when it is answered. */
  flush(): Promise<void>;
  /** For a form that saves only with its button: what the user calls it ("Ny ledamot"). */
  formName?: string;
  /** Forgets what is waiting (the user took another program's version of the data). */
  discard?(): void;
}

const pending = new Set<PendingSave>();
const listeners = new Set<() => void>();
let version = 0;

/** Tells the header that some edit was made or saved. */
export function pendingChanged(): void {
  version++;
  for (const listener of listeners) listener();
}

export function registerPendingSave(save: PendingSave): () => void {
  pending.add(save);
  pendingChanged();
  return () => {
    pending.delete(save);
    pendingChanged();
  };
}

const anyDirty = () => [...pending].some((save) => save.dirty());

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useHasUnsavedChanges(): boolean {
  useSyncExternalStore(subscribe, () => version);
  return anyDirty();
}

/** The name of a form holding edits that only its button can save, if there is one. */
export function unsavedFormName(): string | null {
  return [...pending].find((save) => save.dirty() && save.formName)?.formName ?? null;
}

/** Saves everything that can save itself, now, and says whether everything is on disk. */
export async function flushAllPendingSaves(): Promise<FlushOutcome> {
  await Promise.all([...pending].map((save) => save.flush()));
  const form = unsavedFormName();
  if (form) return { ok: false, message: sv.shutdown.unsavedForm(form) };
  const status = saveStatusStore.get().status;
  if (status.kind === 'failed') return { ok: false, message: status.message };
  if (status.kind === 'conflict') return { ok: false, message: sv.errors.externalChange };
  if (anyDirty()) return { ok: false, message: sv.shutdown.notSaved };
  return { ok: true };
}

/** Forgets every edit waiting to be saved: the user chose the version on disk over theirs. */
export function discardPendingSaves(): void {
  for (const save of pending) save.discard?.();
}

/**
 * A form that saves with its button: counted as unsaved edits while `dirty`, named `formName`. The header
 * hears of a change in the same commit (a layout effect), not a task later; with the form applying a
 * save's answer at once (`useSchemaForm`), the header's "Sparat" and the form's being clean are drawn in
 * the same frame, with no "Osparade ändringar" drawn between them.
 */
export function useUnsavedForm(dirty: boolean, formName: string): void {
  const state = useRef({ dirty, formName });
  useLayoutEffect(() => {
    const changed = state.current.dirty !== dirty;
    state.current = { dirty, formName };
    if (changed) pendingChanged();
  });
  useEffect(
    () => registerPendingSave({ dirty: () => state.current.dirty, flush: () => Promise.resolve(), get formName() { return state.current.formName; } }),
    [],
  );
}

let leaving: { formName: string; proceed(): void } | null = null;

/**
 * Leaving a screen: at once when no form holds unsaved edits, otherwise only after the user says so in
 * the dialog the shell shows (`useLeaveRequest`).
 */
export function leaveScreen(proceed: () => void): void {
  const formName = unsavedFormName();
  if (!formName) return proceed();
  leaving = { formName, proceed };
  pendingChanged();
}

/** The leave waiting for the user's answer, with the answers. */
export function useLeaveRequest(): { formName: string; leave(): void; stay(): void } | null {
  useSyncExternalStore(subscribe, () => version);
  const request = leaving;
  if (!request) return null;
  const close = () => {
    leaving = null;
    pendingChanged();
  };
  return { formName: request.formName, stay: close, leave: () => { close(); request.proceed(); } };
}
