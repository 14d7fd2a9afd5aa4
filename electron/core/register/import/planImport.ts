/**
 * Turns the rows of an import file into register entries without writing anything: suggests which
 * column fills which field from the headers, reads the enumerated columns through the user's value
 * mapping (readValues.ts), validates every line with the same schemas as the forms, and sorts the lines
 * into accepted (an invalid organisation number is imported empty, with a warning), duplicates (already
 * in the register or earlier in the file) and rejected with a Swedish reason.
 */
import type { z } from 'zod';
import { sv } from '../../../shared/i18n/sv';
import { fieldErrors } from '../../../shared/validation/fieldErrors';
import type { StoreData } from '../../../shared/store/schema';
import { memberInputSchema } from '../../../shared/register/member';
import { organisationInputSchema } from '../../../shared/register/organisation';
import { orgNumberField } from '../../../shared/register/fields';
import type { FileValue, ValueMapping } from '../../../shared/register/importValues';
import { findDuplicateMember, findDuplicateOrganisation, normaliseName } from '../../../shared/register/matching';
import {
  memberImportFields, organisationImportFields, type ColumnMapping, type ImportKind,
} from '../../../shared/register/importContract';
import type { TableRow } from './readTable';
import { fileValues, readValue } from './readValues';

type OrganisationFields = z.output<typeof organisationInputSchema>;
type MemberFields = z.output<typeof memberInputSchema>;

export type PlannedEntry =
  | { kind: 'organisations'; line: number; fields: OrganisationFields; warnings: string[] }
  | { kind: 'members'; line: number; fields: MemberFields; warnings: string[] };

export interface ImportPlan {
  headers: string[];
  mapping: ColumnMapping;
  valueMapping: ValueMapping;
  values: FileValue[];
  accepted: PlannedEntry[];
  duplicates: Array<{ line: number; reason: string }>;
  rejected: Array<{ line: number; reason: string }>;
}

const fieldLabels = (kind: ImportKind): Record<string, string> =>
  kind === 'organisations' ? sv.register.organisationFields : sv.register.memberFields;

export function suggestMapping(kind: ImportKind, headers: readonly string[]): ColumnMapping {
  const fields = kind === 'organisations' ? organisationImportFields : memberImportFields;
  const labels = fieldLabels(kind);
  const normalisedHeaders = headers.map(normaliseName);
  const mapping: ColumnMapping = {};
  for (const field of fields) {
    const names = [labels[field] ?? field, ...(sv.register.import.columnAliases[kind][field] ?? [])];
    const taken = new Set(Object.values(mapping));
    const index = names
      .map((name) => normalisedHeaders.findIndex((header, i) => header === normaliseName(name) && !taken.has(i)))
      .find((i) => i >= 0);
    mapping[field] = index ?? null;
  }
  return mapping;
}

export function planImport(
  kind: ImportKind, rows: readonly TableRow[], mapping: ColumnMapping, valueMapping: ValueMapping, data: StoreData,
): ImportPlan {
  const [headerRow, ...body] = rows;
  const cellsOf = (row: TableRow) => (field: string) => {
    const index = mapping[field];
    return index === null || index === undefined ? '' : (row.cells[index] ?? '');
  };
  const plan: ImportPlan = {
    headers: headerRow?.cells ?? [], mapping, valueMapping, values: [], accepted: [], duplicates: [], rejected: [],
  };
  if (mapping.name === null || mapping.name === undefined) {
    plan.rejected = body.map((row) => ({ line: row.line, reason: sv.register.import.missingName }));
    return plan;
  }
  plan.values = fileValues(kind, body.map(cellsOf));
  const seen = new Map<string, number>();
  for (const row of body) {
    const cell = cellsOf(row);
    const parsed = kind === 'organisations' ? readOrganisation(cell, valueMapping) : readMember(cell, valueMapping, data);
    if (!parsed.ok) {
      plan.rejected.push({ line: row.line, reason: parsed.reason });
      continue;
    }
    const key = normaliseName(parsed.fields.name) + '|' + ('orgNumber' in parsed.fields ? parsed.fields.orgNumber : parsed.fields.email.toLowerCase());
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      plan.duplicates.push({ line: row.line, reason: sv.register.import.duplicateInFile(earlier) });
      continue;
    }
    const existing = 'orgNumber' in parsed.fields
      ? findDuplicateOrganisation(data.organisations, parsed.fields)?.existing.name
      : findDuplicateMember(data.members, parsed.fields)?.name;
    if (existing) {
      plan.duplicates.push({ line: row.line, reason: sv.register.import.duplicate(existing) });
      continue;
    }
    seen.set(key, row.line);
    plan.accepted.push({ kind, line: row.line, fields: parsed.fields, warnings: parsed.warnings } as PlannedEntry);
  }
  return plan;
}

type Read<T> = { ok: true; fields: T; warnings: string[] } | { ok: false; reason: string };

function readOrganisation(cell: (field: string) => string, values: ValueMapping): Read<OrganisationFields> {
  const labels = sv.register.organisationFields;
  try {
    const status = readValue('status', cell('status'), values, labels.status);
    const orgNumber = orgNumberField.safeParse(cell('orgNumber'));
    const read = validate(organisationInputSchema, labels, {
      name: cell('name'),
      orgNumber: orgNumber.success ? orgNumber.data : '',
      kind: readValue('kind', cell('kind'), values, labels.kind),
      municipality: cell('municipality'),
      appliedOn: dateOrNull(cell('appliedOn')),
      approvedOn: dateOrNull(cell('approvedOn')),
      status,
      leftOn: dateOrNull(cell('leftOn')),
      contactPerson: cell('contactPerson'),
      email: cell('email'),
      phone: cell('phone'),
      website: cell('website'),
      notes: cell('notes'),
    });
    if (read.ok && !orgNumber.success) read.warnings.push(sv.register.import.invalidOrgNumber(cell('orgNumber')));
    return read;
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}

function readMember(cell: (field: string) => string, values: ValueMapping, data: StoreData): Read<MemberFields> {
  const labels = sv.register.memberFields;
  try {
    const organisationName = cell('organisation');
    let organisationId: string | null = null;
    if (organisationName) {
      const found = data.organisations.find((o) => normaliseName(o.name) === normaliseName(organisationName));
      if (!found) throw new Error(sv.register.import.unknownOrganisation(organisationName));
      organisationId = found.id;
    }
    return validate(memberInputSchema, labels, {
      name: cell('name'),
      side: readValue('side', cell('side'), values, labels.side),
      role: readValue('role', cell('role'), values, labels.role),
      party: cell('party'),
      organisationId,
      substituteForId: null,
      termFrom: dateOrNull(cell('termFrom')),
      termTo: dateOrNull(cell('termTo')),
      email: cell('email'),
      phone: cell('phone'),
      active: readValue('active', cell('active'), values, labels.active) === 'yes',
      notes: cell('notes'),
    });
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}

function validate<S extends z.ZodType>(schema: S, labels: Record<string, string>, raw: unknown): Read<z.output<S>> {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, fields: result.data, warnings: [] };
  const [field, message] = Object.entries(fieldErrors(result.error))[0] ?? ['', ''];
  return { ok: false, reason: `${labels[field] ?? field}: ${message}` };
}

function dateOrNull(value: string): string | null {
  return value === '' ? null : value.slice(0, 10);
}
