// Which entry of a register page is open in its form (or a new one), and the notice after a change.
import { useState } from 'react';

export function useEditing<T>(reload: () => void) {
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const changed = (message: string) => {
    setEditing(null);
    setNotice(message);
    reload();
  };
  return {
    editing,
    open: (entry: T) => setEditing(entry),
    close: () => setEditing(null),
    changed,
    /** The props RegisterPageFrame needs for "new", import notices and the notice line. */
    frame: { onNew: () => setEditing('new'), notice, onNotice: changed },
  };
}
