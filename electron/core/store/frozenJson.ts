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

/** Stands for the blocks in the JSON of the rest of the value (its type): a NUL, which JSON writes escaped. */
const BLOCKS = '\u0000blocks';
const BLOCKS_JSON = JSON.stringify(BLOCKS);
const COMMA = Buffer.from(',');

/**
 * The same bytes for a value with a list of blocks, `{ type: 'doc', content: [...] }` (a minutes' text),
 * put together from each block's bytes, made once per block: the store replaces a text whose one block
 * changed with a new text holding the same objects for the others, so saving it costs that block's JSON
 * and a copy, not the whole text's JSON (871 kB at 60,000 words).
 */
export function frozenJsonBytesByBlock(value: { readonly content: readonly object[] }): Buffer {
  let bytes = encoded.get(value);
  if (bytes === undefined) {
    const [before, after] = JSON.stringify({ ...value, content: BLOCKS }).split(BLOCKS_JSON) as [string, string];
    const blocks = value.content.flatMap((block, i) => (i === 0 ? [frozenJsonBytes(block)] : [COMMA, frozenJsonBytes(block)]));
    bytes = Buffer.concat([Buffer.from(`${before}[`), ...blocks, Buffer.from(`]${after}`)]);
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
