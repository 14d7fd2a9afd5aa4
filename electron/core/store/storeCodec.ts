/**
 * Turns the text of a data file into validated store data, or into a `StoreFileProblem` that says in
 * Swedish why it cannot be used (empty, not JSON, not ours, from a newer version, invalid content, a key
 * this version does not know inside a record). A UTF-8 byte-order mark (Notepad writes one) is skipped.
 * The same check guards loading, restoring a backup and reading a file changed by another program.
 *
 * Unknown keys are never dropped silently. At the top of the file they are kept: the store object is
 * parsed loose, so they stay on the data in memory and the encoder, which spreads the data, writes them
 * back on every save (another tool's note in the file, or a section a newer version adds). Inside records
 * (a member, a meeting, the settings, a minutes body) the file is refused with the key's path instead:
 * those schemas are shared with the IPC contract, where the renderer is untrusted and unknown keys must be
 * stripped, and keeping them in the store would mean a second, loose copy of every schema and handlers
 * that carry unknown keys through each edit. A refused file stays as it is; the recovery screen says why.
 */
import { CURRENT_SCHEMA_VERSION, STORE_APP_ID, storeSchema, type StoreData } from '../../shared/store/schema';
import type { StoreProblem } from '../../shared/store/status';
import { sv } from '../../shared/i18n/sv';
import { randomBytes } from 'node:crypto';
import { frozenJsonBytes } from './frozenJson';
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

export function decodeStore(
  text: string,
  steps: Readonly<Record<number, Migration>> = migrations,
): StoreData {
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
  let migrated: RawStore;
  try {
    migrated = migrate(parsed, CURRENT_SCHEMA_VERSION, steps);
  } catch (error) {
    throw problem('invalid', sv.problems.invalid(String((error as Error).message)));
  }
  const result = storeSchema.loose().safeParse(migrated);
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first ? `${first.path.join('.') || sv.problems.wholeFile}: ${first.message}` : sv.problems.unknownIssue;
    throw problem('invalid', sv.problems.invalid(where));
  }
  const dropped = firstDroppedKey(migrated, result.data);
  if (dropped !== null) throw problem('unknownKey', sv.problems.unknownKey(dropped));
  return result.data;
}

/**
 * The path (`members.3.nickname`) of the first key of `raw` that parsing left out of `parsed`, or null.
 * Walks both trees side by side, iteratively (a deep file cannot overflow the stack), only where both
 * are objects or both are arrays of the same length.
 */
function firstDroppedKey(raw: unknown, parsed: unknown): string | null {
  const pending: Array<{ raw: unknown; parsed: unknown; path: string[] }> = [{ raw, parsed, path: [] }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { raw: from, parsed: to, path } = next;
    if (Array.isArray(from) && Array.isArray(to)) {
      if (from.length !== to.length) continue;
      from.forEach((item, i) => pending.push({ raw: item, parsed: to[i], path: [...path, String(i)] }));
    } else if (isPlainObject(from) && isPlainObject(to)) {
      for (const key of Object.keys(from)) {
        if (!Object.hasOwn(to, key)) return [...path, key].join('.');
        pending.push({ raw: from[key], parsed: to[key], path: [...path, key] });
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
 * The data file's bytes: compact JSON, in which a rich-text body's bytes are made
 * once (`frozenJsonBytes`) and put in place of a placeholder, so saving after an edit encodes the
 * register, meetings and the minutes' other fields again but not the megabytes of unchanged text.
 */
export function encodeStoreBytes(data: StoreData): Buffer {
  const nonce = randomBytes(8).toString('hex');
  const bodies: Buffer[] = [];
  const placeholder = (body: object) => `\u0000${nonce}:${bodies.push(frozenJsonBytes(body)) - 1}`;
  const minutes = data.minutes.map((m) => ({
    ...m,
    body: placeholder(m.body),
    snapshots: m.snapshots.map((s) => ({ ...s, content: { ...s.content, body: placeholder(s.content.body) } })),
  }));
  const text = `${JSON.stringify({ ...data, minutes })}\n`;
  // Split with the index captured: text, index, text, index, …, text.
  const parts = text.split(new RegExp(`"\\\\u0000${nonce}:(\\d+)"`));
  return Buffer.concat(parts.map((part, i) => (i % 2 === 1 ? bodies[Number(part)]! : Buffer.from(part))));
}

/** The data file's text, for the tests and the bench, which write and read stores as text. */
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
