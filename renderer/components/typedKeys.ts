/**
 * What is typed between a command that opens a field and the moment the field can take it. Ctrl+Shift+F
 * opens the minutes search, whose code may still be on its way from the app's files, and whose field
 * takes the focus only once it is drawn: letters typed meanwhile reached no field and were lost. From
 * `keepTypedKeys` until `takeTypedKeys` (the field, as it takes the focus), a hidden field named as the
 * coming one has the focus instead and takes what is typed, by any means the system has (å, ä and ö,
 * dead keys, an input method, a paste). It is given up after `KEEP_MS`, should the field never come
 * (its code could not be read).
 */
const KEEP_MS = 5000;

let kept: { field: HTMLInputElement; timer: ReturnType<typeof setTimeout> } | null = null;

function stopKeeping(): void {
  if (!kept) return;
  clearTimeout(kept.timer);
  kept.field.remove();
  kept = null;
}

/** From now on, what is typed is kept for the field named `label`, which is about to take the focus. */
export function keepTypedKeys(label: string): void {
  stopKeeping();
  const field = document.createElement('input');
  field.className = 'typed-keys';
  field.setAttribute('aria-label', label);
  field.autocomplete = 'off';
  field.spellcheck = false;
  document.body.append(field);
  field.focus();
  kept = { field, timer: setTimeout(stopKeeping, KEEP_MS) };
}

/** What was typed since `keepTypedKeys` (empty if nothing, or if nothing was being kept); call it as the field takes the focus. */
export function takeTypedKeys(): string {
  const text = kept?.field.value ?? '';
  stopKeeping();
  return text;
}
