/**
 * The minutes' rich-text bodies read from disk, kept in memory as their JSON bytes only: a parsed body
 * (a ProseMirror tree of thousands of small objects) takes several times the memory of its text, and a
 * store holds hundreds of them that nobody reads until a minutes is opened, searched or exported.
 *
 * `compactMinutes` replaces the body of a decoded minutes, and of each of its snapshots' content, by an
 * enumerable accessor: reading it parses the kept bytes, freezes the tree deep, hands the bytes to
 * `frozenJsonBytes` (so encoding it again costs nothing) and keeps the tree by a weak reference, so it is
 * the same object for as long as anyone holds it and is collected when nobody does. The holders are
 * frozen, like everything the store holds: a change replaces the minutes (immer copies it, and the copy
 * has the parsed body as a plain property), so the kept bytes are always the holder's body.
 *
 * Enumerable accessors are read by spreading, `Object.assign`, `JSON.stringify` and `structuredClone`
 * (the IPC's serialization), so a compact minutes is seen as an ordinary one everywhere; the encoders
 * take the bytes with `bodyBytes` instead, without parsing. `deepFreeze` never reaches an accessor:
 * holders are frozen before they are seen, and it stops at a frozen object.
 */
import type { Minutes } from '../../shared/minutes/minutes';
import type { RichDoc } from '../../shared/minutes/richText';
import { deepFreeze, frozenJsonBytes, keepFrozenJsonBytes } from './frozenJson';

/** The bytes of each compact holder's body, and its parsed body while that is alive. */
const kept = new WeakMap<object, { bytes: Buffer; ref: WeakRef<RichDoc> | null }>();

interface BodyHolder {
  readonly body: RichDoc;
}

/** Replaces `holder.body` by an accessor over its bytes, then freezes the holder (its other values deep). */
function compactHolder(holder: BodyHolder): void {
  const entry: { bytes: Buffer; ref: WeakRef<RichDoc> | null } = { bytes: frozenJsonBytesOf(holder.body), ref: null };
  Object.defineProperty(holder, 'body', {
    enumerable: true,
    configurable: false,
    get(): RichDoc {
      let body = entry.ref?.deref();
      if (body === undefined) {
        body = JSON.parse(entry.bytes.toString('utf8')) as RichDoc;
        deepFreeze(body);
        keepFrozenJsonBytes(body, entry.bytes);
        entry.ref = new WeakRef(body);
      }
      return body;
    },
  });
  kept.set(holder, entry);
  for (const descriptor of Object.values(Object.getOwnPropertyDescriptors(holder))) {
    if ('value' in descriptor) deepFreeze(descriptor.value);
  }
  Object.freeze(holder);
}

/** The bytes of a body that is about to be dropped: made without keeping the body (no WeakMap entry). */
const frozenJsonBytesOf = (body: RichDoc): Buffer => Buffer.from(JSON.stringify(body));

/** `minutes`, freshly decoded, with its bodies and its snapshots' bodies kept as bytes; frozen, deep. */
export function compactMinutes(minutes: Minutes): Minutes {
  for (const snapshot of minutes.snapshots) compactHolder(snapshot.content);
  compactHolder(minutes);
  return minutes;
}

/** The JSON bytes of `holder.body`, without parsing it when the holder keeps them. */
export function bodyBytes(holder: BodyHolder): Buffer {
  return kept.get(holder)?.bytes ?? frozenJsonBytes(holder.body);
}

/**
 * `holder.body` for reading once (a word count, an index of every minutes): a compact holder's body
 * parsed without keeping it. The accessor's weak reference keeps what it parses until the current task
 * ends, so reading every minutes' body through it in one call would hold them all at once.
 */
export function bodyToRead(holder: BodyHolder): RichDoc {
  const entry = kept.get(holder);
  if (!entry) return holder.body;
  return entry.ref?.deref() ?? (JSON.parse(entry.bytes.toString('utf8')) as RichDoc);
}

/** True when `holder` keeps its body as bytes (for the tests). */
export const isCompact = (holder: object): boolean => kept.has(holder);
