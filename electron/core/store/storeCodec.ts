/**
 * Turns the text of a data file into validated store data, or into a `StoreFileProblem` that says in
 * Swedish why it cannot be used (empty, not JSON, not ours, from a newer version, invalid content).
 * The same check guards loading, restoring a backup and reading a file changed by another program.
 */
import { CURRENT_SCHEMA_VERSION, STORE_APP_ID, storeSchema, type StoreData } from '../../shared/store/schema';
import type { StoreProblem } from '../../shared/store/status';
import { sv } from '../../shared/i18n/sv';
import { randomBytes } from 'node:crypto';
import { frozenJsonBytes } from './frozenJson';
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

export function decodeStore(
  text: string,
  steps: Readonly<Record<number, Migration>> = migrations,
): StoreData {
  if (text.trim() === '') throw problem('empty', sv.problems.empty);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
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
  const result = storeSchema.safeParse(migrated);
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first ? `${first.path.join('.') || sv.problems.wholeFile}: ${first.message}` : sv.problems.unknownIssue;
    throw problem('invalid', sv.problems.invalid(where));
  }
  return result.data;
}

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
