/**
 * A value that changes often and shows in one small place (the word count under the minutes' text): the
 * component that shows it subscribes to it, so a change draws that component alone, not the page that
 * owns the value (with the editor, the header and the lists under it).
 */
import { useEffect, useState, useSyncExternalStore } from 'react';

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

/**
 * Sets a live value read in a timer's task (the word count an autosave reads between two keys) with the
 * next frame the page draws anyway: `later` keeps the value, `withEdit` (called as an edit is made) sets
 * it, and after `pauseMs` without an edit it is set on its own. Set at once, it would be drawn in a frame
 * of its own between two keys: style, layout, paint and hit test once more while the user types.
 * `value` is taken once: the one its owner keeps (`useOwnLiveValue`).
 */
export function useSetWithNextEdit<T>(value: LiveValue<T>, pauseMs: number): { later(next: T): void; withEdit(): void } {
  const [setter] = useState(() => {
    let waiting: { next: T } | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const withEdit = () => {
      clearTimeout(timer);
      if (waiting) value.set(waiting.next);
      waiting = null;
    };
    return {
      later(next: T) {
        waiting = { next };
        clearTimeout(timer);
        timer = setTimeout(withEdit, pauseMs);
      },
      withEdit,
      cancel: () => clearTimeout(timer),
    };
  });
  useEffect(() => setter.cancel, [setter]);
  return setter;
}
