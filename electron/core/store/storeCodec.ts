/**
 * Turns the text of a file of ours (the main file, a minutes file, a whole store) into validated data,
 * or into a `StoreFileProblem` that says in Swedish why it cannot be used (empty, not JSON, not ours,
 * from a newer version, invalid content, a key this version does not know inside a record); and turns
 * data back into those files' bytes. A UTF-8 byte-order mark (Notepad writes one) is skipped. The same
 * check guards loading, restoring a backup and reading a file changed by another program.
 *
 * Unknown keys are never dropped silently. At the top of the store (and of the main file) they are kept:
 * the object is parsed loose, so they stay on the data in memory and the encoders, which spread the data,
 * write them back on every save (another tool's note in the file, or a section a newer version adds).
 * Inside records (a member, a meeting, the settings, a minutes) the file is refused with the key's path
 * instead: those schemas are shared with the IPC contract, where the renderer is untrusted and unknown
 * keys must be stripped, and keeping them in the store would mean a second, loose copy of every schema
 * and handlers that carry unknown keys through each edit. A refused file stays as it is; the recovery
 * screen says why.
 */
import type { z } from 'zod';
import {
  CURRENT_SCHEMA_VERSION, MINUTES_FOLDER_PATTERN, STORE_APP_ID, mainFileSchema, minutesFileSchema, storeSchema, type MainFile, type StoreData,
} from '../../shared/store/schema';
import type { Minutes } from '../../shared/minutes/minutes';
import type { RichDoc } from '../../shared/minutes/richText';
import type { StoreProblem } from '../../shared/store/status';
import { sv } from '../../shared/i18n/sv';
import { randomBytes } from 'node:crypto';
import { deepFreeze, frozenJsonBytes } from './frozenJson';
import { bodyBytes } from './compactBodies';
import type { FileKind } from './fileSystem';
import { migrate, migrations, type Migration, type RawStore } from './migrations';

export class StoreFileProblem extends Error {
  constructor(readonly problem: StoreProblem) {
    super(problem.message);
    this.name = 'StoreFileProblem';
  }
}

function problem(kind: StoreProblem['kind'], message: string): StoreFileProblem {
  return new StoreFileProblem({ kind, message });
}

/** The data file's place holds a symlink whose target does not exist (an unplugged disk, a moved folder). */
export const danglingLinkProblem = (): StoreFileProblem => problem('danglingLink', sv.problems.danglingLink);

/** The data file's place holds a folder, a FIFO, a device or a socket: never opened, never replaced. */
export const notAFileProblem = (kind: Exclude<FileKind, 'file' | 'symlink'>): StoreFileProblem =>
  problem('notAFile', sv.problems.notAFile(kind));

const BYTE_ORDER_MARK = '\uFEFF';

/** Reads the common start of every file of ours: not empty, JSON, marked as ours, not from a newer version. */
function parseOurs(text: string): RawStore {
  const json = text.startsWith(BYTE_ORDER_MARK) ? text.slice(BYTE_ORDER_MARK.length) : text;
  if (json.trim() === '') throw problem('empty', sv.problems.empty);
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw problem('unparsable', sv.problems.unparsable);
  }
  if (!isOurs(parsed)) throw problem('foreign', sv.problems.foreign);
  if (parsed.schemaVersion > CURRENT_SCHEMA_VERSION) {
    throw problem('future', sv.problems.future(parsed.schemaVersion));
  }
  return parsed;
}

/** Parses `value` with `schema`, refusing the file for an invalid value or a key the schema would drop. */
function validate<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first ? `${first.path.join('.') || sv.problems.wholeFile}: ${first.message}` : sv.problems.unknownIssue;
    throw problem('invalid', sv.problems.invalid(where));
  }
  const dropped = firstDroppedKey(value, result.data);
  if (dropped !== null) throw problem('unknownKey', sv.problems.unknownKey(dropped));
  return result.data;
}

function migrated(raw: RawStore, steps: Readonly<Record<number, Migration>>): RawStore {
  try {
    return migrate(raw, CURRENT_SCHEMA_VERSION, steps);
  } catch (error) {
    throw problem('invalid', sv.problems.invalid(String((error as Error).message)));
  }
}

/** A whole store (a backup, an archive's data, the data file of a version before the data folder). */
export function decodeStore(
  text: string,
  steps: Readonly<Record<number, Migration>> = migrations,
): StoreData {
  return validate(storeSchema.loose(), migrated(parseOurs(text), steps));
}

/**
 * What the data folder's main file holds: the main file of today's layout; a whole store to lay out; or
 * the main file of an older version's data folder, whose minutes files must be read with it
 * (`decodeOlderFolder`) before the whole can be migrated.
 */
export type DataFile =
  | { kind: 'main'; main: MainFile }
  | { kind: 'whole'; data: StoreData }
  | { kind: 'olderFolder'; main: RawStore; minutesFolder: string };

export function decodeDataFile(text: string): DataFile {
  const raw = parseOurs(text);
  if ('minutesFolder' in raw) {
    if (raw.schemaVersion === CURRENT_SCHEMA_VERSION) return { kind: 'main', main: validate(mainFileSchema.loose(), raw) };
    const { minutesFolder, ...main } = raw;
    if (typeof minutesFolder !== 'string' || !MINUTES_FOLDER_PATTERN.test(minutesFolder)) {
      throw problem('invalid', sv.problems.invalid(`minutesFolder: ${sv.problems.unknownIssue}`));
    }
    return { kind: 'olderFolder', main: main as RawStore, minutesFolder };
  }
  return { kind: 'whole', data: validate(storeSchema.loose(), migrated(raw, migrations)) };
}

/**
 * The raw minutes of a minutes file of an older version's data folder, which must be the version of its
 * main file: the migrations take the store whole, minutes included.
 */
export function decodeOlderMinutesFile(text: string, version: number): unknown {
  const raw = parseOurs(text);
  if (raw.schemaVersion !== version || typeof raw.minutes !== 'object' || raw.minutes === null) {
    throw problem('invalid', sv.problems.invalid(sv.problems.wholeFile));
  }
  return raw.minutes;
}

/** An older version's data folder, put together as one store (`main` plus its minutes), migrated and validated. */
export function decodeOlderFolder(main: RawStore, minutes: unknown[]): StoreData {
  return validate(storeSchema.loose(), migrated({ ...main, minutes }, migrations));
}

export function decodeMinutesFile(text: string): Minutes {
  return validate(minutesFileSchema, parseOurs(text)).minutes;
}

/**
 * The path (`members.3.nickname`) of the first key of `raw` that parsing left out of `parsed`, or null.
 * Walks both trees side by side, iteratively (a deep file cannot overflow the stack), only where both
 * are objects or both are arrays of the same length.
 */
function firstDroppedKey(raw: unknown, parsed: unknown): string | null {
  interface Step { raw: unknown; parsed: unknown; parent: Step | null; key: string }
  const pathOf = (step: Step | null, key: string): string => {
    const keys = [key];
    for (let at = step; at?.parent; at = at.parent) keys.unshift(at.key);
    return keys.join('.');
  };
  const pending: Step[] = [{ raw, parsed, parent: null, key: '' }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { raw: from, parsed: to } = next;
    if (Array.isArray(from) && Array.isArray(to)) {
      if (from.length !== to.length) continue;
      for (let i = 0; i < from.length; i++) {
        if (typeof from[i] === 'object' && from[i] !== null) pending.push({ raw: from[i], parsed: to[i], parent: next, key: String(i) });
      }
    } else if (isPlainObject(from) && isPlainObject(to)) {
      for (const key in from) {
        if (!Object.hasOwn(to, key)) return pathOf(next, key);
        const value = from[key];
        if (typeof value === 'object' && value !== null) pending.push({ raw: value, parsed: to[key], parent: next, key });
      }
    }
  }
  return null;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `decodeStore` for bytes from elsewhere (a backup, an archive): a file that cannot be used is refused with `refuse`. */
export function decodeStoreOrRefuse(bytes: Uint8Array, refuse: (problem: string) => Error): StoreData {
  try {
    return decodeStore(Buffer.from(bytes).toString('utf8'));
  } catch (error) {
    if (error instanceof StoreFileProblem) throw refuse(error.problem.message);
    throw error;
  }
}

/**
 * One minutes as compact JSON, in parts (not joined: the body parts are kept bytes), in which each rich-text body's bytes (`bodyBytes`: the bytes a minutes
 * read from disk keeps, or those `frozenJsonBytes` made once) are put in place of a placeholder, so
 * saving after an edit encodes the minutes' other fields again but not the unchanged text of its
 * versions, and a compact minutes is encoded without parsing its bodies. The object to stringify is
 * built key by key, never by spreading a holder, which would read (parse) its body. The minutes is
 * frozen, deep, before its bytes are made: the store replaces a changed minutes (immer), so an edit in
 * place throws where it is made instead of leaving stale bytes to be saved.
 */
function minutesParts(minutes: Minutes): Buffer[] {
  deepFreeze(minutes);
  const nonce = randomBytes(8).toString('hex');
  const bodies: Buffer[] = [];
  const placeholder = (holder: { readonly body: RichDoc }) => `\u0000${nonce}:${bodies.push(bodyBytes(holder)) - 1}`;
  const text = JSON.stringify(withFields(minutes, {
    body: () => placeholder(minutes),
    snapshots: () => minutes.snapshots.map((s) => withFields(s, { content: () => withFields(s.content, { body: () => placeholder(s.content) }) })),
  }));
  // Split with the index captured: text, index, text, index, …, text.
  const parts = text.split(new RegExp(`"\\\\u0000${nonce}:(\\d+)"`));
  return parts.map((part, i) => (i % 2 === 1 ? bodies[Number(part)]! : Buffer.from(part)));
}

/** A copy of `value`'s own enumerable keys, in order, with the values of `replaced` keys made by their function (theirs never read). */
function withFields(value: object, replaced: Record<string, () => unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const make = Object.hasOwn(replaced, key) ? replaced[key] : undefined;
    copy[key] = make ? make() : (value as Record<string, unknown>)[key];
  }
  return copy;
}

/** `{...value, [key]: <raw JSON bytes>}` as parts of bytes, with `key` last; `value` must not have `key`. */
function withRawMember(value: object, key: string, raw: Buffer[]): Buffer[] {
  const head = JSON.stringify(value);
  const open = head.length > 2 ? `${head.slice(0, -1)},` : '{';
  return [Buffer.from(`${open}${JSON.stringify(key)}:`), ...raw, Buffer.from('}\n')];
}

/**
 * The whole store as one file's bytes, in parts to write one after the other: the format of backups.
 * Not joined, since joining copies the whole store once more (a backup of a large store is written from
 * the parts, most of which are the minutes' kept body bytes).
 */
export function encodeStoreParts(data: StoreData): Buffer[] {
  const { minutes, ...rest } = data;
  const list = minutes.flatMap((m, i) => (i === 0 ? minutesParts(m) : [COMMA, ...minutesParts(m)]));
  return withRawMember(rest, 'minutes', [OPEN_BRACKET, ...list, CLOSE_BRACKET]);
}

/** The whole store as one file's bytes: the format of backups and archives. */
export const encodeStoreBytes = (data: StoreData): Buffer => Buffer.concat(encodeStoreParts(data));
const COMMA = Buffer.from(',');
const OPEN_BRACKET = Buffer.from('[');
const CLOSE_BRACKET = Buffer.from(']');

/**
 * The data folder's main file: the store without its minutes, naming the folder they are in. Each part
 * (the settings, the members, the meetings, …) is encoded once per value (`frozenJsonBytes`): the store
 * replaces a part that changes, so a settings edit does not encode the whole register again.
 */
export function encodeMainFileBytes(data: StoreData, minutesFolder: string): Buffer {
  const { minutes: _minutes, ...rest } = data;
  const main: MainFile = { ...rest, minutesFolder };
  const parts: Buffer[] = [];
  for (const [key, value] of Object.entries(main)) {
    if (value === undefined) continue;
    parts.push(Buffer.from(`${parts.length === 0 ? '{' : ','}${JSON.stringify(key)}:`));
    parts.push(typeof value === 'object' && value !== null ? frozenJsonBytes(value) : Buffer.from(JSON.stringify(value)));
  }
  parts.push(Buffer.from('}\n'));
  return Buffer.concat(parts);
}

/** One minutes' own file. */
export function encodeMinutesFileBytes(minutes: Minutes): Buffer {
  return Buffer.concat(withRawMember({ app: STORE_APP_ID, schemaVersion: CURRENT_SCHEMA_VERSION }, 'minutes', minutesParts(minutes)));
}

/** The whole store's text, for the tests and the bench, which write and read stores as text. */
export const encodeStore = (data: StoreData): string => encodeStoreBytes(data).toString('utf8');

function isOurs(value: unknown): value is RawStore {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    (value as Record<string, unknown>).app === STORE_APP_ID &&
    Number.isInteger((value as Record<string, unknown>).schemaVersion) &&
    ((value as Record<string, unknown>).schemaVersion as number) >= 1
  );
}
