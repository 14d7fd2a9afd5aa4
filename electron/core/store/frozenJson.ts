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

/** Records `bytes` as the JSON of `value`, which must be frozen, deep, and be what `bytes` parse to. */
export function keepFrozenJsonBytes(value: object, bytes: Buffer): void {
  encoded.set(value, bytes);
}

/**
 * Freezes `value` and everything in it. A frozen object is taken as frozen deep (all freezing here is
 * deep) and not walked again, which is also what keeps this from reading the accessors of the compact
 * minutes (`compactBodies.ts`), whose holders are frozen.
 */
export function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  for (const child of Object.values(value)) deepFreeze(child);
  Object.freeze(value);
}
