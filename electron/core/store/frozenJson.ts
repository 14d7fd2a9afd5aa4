/**
 * The UTF-8 JSON of stored values that are replaced, never edited in place (the minutes' rich-text
 * bodies), made once per value. The value is frozen, deep, when its bytes are first made, so an edit in
 * place throws where it is made instead of leaving stale bytes to be saved.
 */
const encoded = new WeakMap<object, Buffer>();

export function frozenJsonBytes(value: object): Buffer {
  let bytes = encoded.get(value);
  if (bytes === undefined) {
    bytes = Buffer.from(JSON.stringify(value));
    deepFreeze(value);
    encoded.set(value, bytes);
  }
  return bytes;
}

export function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  for (const child of Object.values(value)) deepFreeze(child);
  Object.freeze(value);
}
