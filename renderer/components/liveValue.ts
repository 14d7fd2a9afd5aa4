/**
 * A value that changes often and shows in one small place (the word count under the minutes' text): the
 * component that shows it subscribes to it, so a change draws that component alone, not the page that
 * owns the value (with the editor, the header and the lists under it).
 */
import { useState, useSyncExternalStore } from 'react';

export interface LiveValue<T> {
  get(): T;
  set(value: T): void;
  subscribe(listener: () => void): () => void;
}

function liveValue<T>(initial: T): LiveValue<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** A live value owned by the calling component, made once from `initial` (a function: read once). */
export function useOwnLiveValue<T>(initial: () => T): LiveValue<T> {
  return useState(() => liveValue(initial()))[0];
}

/** The value now; the calling component is drawn again when it changes. */
export function useLiveValue<T>(value: LiveValue<T>): T {
  return useSyncExternalStore(value.subscribe, value.get);
}
