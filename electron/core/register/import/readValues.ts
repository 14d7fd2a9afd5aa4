/**
 * Reads the cells of an import's enumerated columns (shared/register/importValues.ts) as the app's
 * values: a value's key, its Swedish label or a common word for it, else what the user mapped that value
 * to in the preview; an empty cell gives the field's default. Lists the file's values that need a mapping,
 * and converts the mapping to and from what the settings remember between imports (`importValueMappings`,
 * keyed by "organisations.kind", "members.side" …).
 */
import { sv } from '../../../shared/i18n/sv';
import { normaliseName } from '../../../shared/register/matching';
import { enumeratedImportFields, type ImportKind } from '../../../shared/register/importContract';
import {
  enumeratedLabels, enumeratedValues, type EnumeratedField, type EnumeratedValue, type FileValue, type ValueMapping,
} from '../../../shared/register/importValues';

/** What an empty cell stands for; null where the field has to be given. */
const defaults: { [F in EnumeratedField]: EnumeratedValue<F> | null } = {
  kind: 'other',
  status: 'connected',
  side: null,
  role: 'member',
  active: 'yes',
};

/** Words read as a value besides its key and its label. */
const words: { [F in EnumeratedField]?: Partial<Record<EnumeratedValue<F>, readonly string[]>> } = {
  active: { yes: ['j', 'x', '1', 'aktiv', 'true'], no: ['n', '0', 'inaktiv', 'false'] },
};

/** The app's value a cell names by itself (or its default when empty), or null when it needs a mapping. */
function recognise<F extends EnumeratedField>(field: F, raw: string): EnumeratedValue<F> | null {
  const wanted = normaliseName(raw);
  if (wanted === '') return defaults[field];
  const labels: Record<string, string> = enumeratedLabels[field];
  const fieldWords: Record<string, readonly string[] | undefined> = words[field] ?? {};
  const values = enumeratedValues[field] as readonly EnumeratedValue<F>[];
  return values.find((value) =>
    normaliseName(value) === wanted || normaliseName(labels[value] ?? '') === wanted || (fieldWords[value]?.includes(wanted) ?? false),
  ) ?? null;
}

/** The app's value of a cell; throws the Swedish reason, with the accepted values, when there is none. */
export function readValue<F extends EnumeratedField>(field: F, raw: string, mapping: ValueMapping, fieldLabel: string): EnumeratedValue<F> {
  const value = recognise(field, raw) ?? (mapping[field]?.[normaliseName(raw)] as EnumeratedValue<F> | undefined);
  if (value === undefined || value === null) {
    throw new Error(sv.register.import.unknownValue(fieldLabel, raw, Object.values(enumeratedLabels[field])));
  }
  return value;
}

/**
 * Each distinct value of the enumerated columns (a column not imported reads as empty) that is none of the
 * app's values, with how many lines have it; `lines` holds each line's cell reader.
 */
export function fileValues(kind: ImportKind, lines: ReadonlyArray<(field: string) => string>): FileValue[] {
  const found = new Map<string, FileValue>();
  for (const field of enumeratedImportFields[kind]) {
    for (const cell of lines) {
      const raw = cell(field);
      if (recognise(field, raw) !== null) continue;
      const key = normaliseName(raw);
      const entry = found.get(`${field}|${key}`) ?? { field, value: raw, key, lines: 0 };
      entry.lines++;
      found.set(`${field}|${key}`, entry);
    }
  }
  return [...found.values()];
}

/** The settings' remembered mappings, as stored. */
export type RememberedMappings = Record<string, Record<string, string>>;

const rememberedKey = (kind: ImportKind, field: EnumeratedField) => `${kind}.${field}`;

/** The mapping remembered for an import of this kind; values the app no longer has are left out. */
export function rememberedMapping(remembered: RememberedMappings, kind: ImportKind): ValueMapping {
  const mapping: Record<string, Record<string, string>> = {};
  for (const field of enumeratedImportFields[kind]) {
    const allowed: readonly string[] = enumeratedValues[field];
    const entries = Object.entries(remembered[rememberedKey(kind, field)] ?? {}).filter(([, value]) => allowed.includes(value));
    if (entries.length > 0) mapping[field] = Object.fromEntries(entries);
  }
  return mapping as ValueMapping;
}

/** The remembered mappings after an import: each value of the file as it was mapped (or no longer mapped). */
export function rememberMapping(
  remembered: RememberedMappings, kind: ImportKind, mapping: ValueMapping, values: readonly FileValue[],
): RememberedMappings {
  const next = { ...remembered };
  for (const { field, key } of values) {
    const id = rememberedKey(kind, field);
    const entries = { ...next[id] };
    const chosen = mapping[field]?.[key];
    if (chosen) entries[key] = chosen;
    else delete entries[key];
    if (Object.keys(entries).length > 0) next[id] = entries;
    else delete next[id];
  }
  return next;
}
