/**
 * JSON text of stored values that are replaced, never edited in place (the minutes' rich-text bodies),
 * computed once per value. The value is frozen, deep, when its text is first taken, so an edit in place
 * throws where it is made instead of leaving a stale text to be saved.
 */
const texts = new WeakMap<object, string>();

export function frozenJson(value: object): string {
  let text = texts.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    deepFreeze(value);
    texts.set(value, text);
  }
  return text;
}

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  for (const child of Object.values(value)) deepFreeze(child);
  Object.freeze(value);
}
