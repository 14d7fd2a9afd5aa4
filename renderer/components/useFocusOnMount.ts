/**
 * Moves the focus to an element as it appears, for a view that replaces the one the focused control was
 * on (a page's heading, the first field of a form just opened): the focus is never lost to <body>, and a
 * screen reader says where the user now is. `enabled` is read once, when the component mounts.
 */
import { useEffect, useRef, useState } from 'react';

export function useFocusOnMount<T extends HTMLElement>(enabled = true) {
  const ref = useRef<T>(null);
  const [focusNow] = useState(enabled);
  useEffect(() => {
    if (focusNow) ref.current?.focus();
  }, [focusNow]);
  return ref;
}
