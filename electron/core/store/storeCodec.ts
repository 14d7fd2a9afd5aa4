/**
 * Turns the text of a data file into validated store data, or into a `StoreFileProblem` that says in
 * Swedish why it cannot be used (empty, not JSON, not ours, from a newer version, invalid content).
 * The same check guards loading, restoring a backup and reading a file changed by another program.
 */
import { CURRENT_SCHEMA_VERSION, STORE_APP_ID, storeSchema, type StoreData } from '../../shared/store/schema';
import type { StoreProblem } from '../../shared/store/status';
import { sv } from '../../shared/i18n/sv';
import { randomBytes } from 'node:crypto';
import { frozenJson } from './frozenJson';
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
    const where = first ? `${first.path.join('.') || 'filen'}: ${first.message}` : 'okänt fel';
    throw problem('invalid', sv.problems.invalid(where));
  }
  return result.data;
}

/**
 * The data file's text: indented JSON, with each rich-text body on one line. A body's text is taken
 * once (`frozenJson`) and spliced in through a placeholder, so saving after an edit re-encodes the
 * register, meetings and the minutes' other fields but not the megabytes of unchanged text.
 */
export function encodeStore(data: StoreData): string {
  const nonce = randomBytes(8).toString('hex');
  const bodies: string[] = [];
  const placeholder = (body: object) => `\u0000${nonce}:${bodies.push(frozenJson(body)) - 1}`;
  const minutes = data.minutes.map((m) => ({
    ...m,
    body: placeholder(m.body),
    snapshots: m.snapshots.map((s) => ({ ...s, content: { ...s.content, body: placeholder(s.content.body) } })),
  }));
  const text = JSON.stringify({ ...data, minutes }, null, 2);
  return `${text.replace(new RegExp(`"\\\\u0000${nonce}:(\\d+)"`, 'g'), (_match, index: string) => bodies[Number(index)]!)}\n`;
}

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
