/**
 * Turns the rows of an import file into register entries without writing anything: suggests which
 * column fills which field from the headers, reads Swedish labels ("Paraplyorganisation/förbund",
 * "Ja"), validates every line with the same schemas as the forms, and sorts the lines into accepted,
 * duplicates (already in the register or earlier in the file) and rejected with a Swedish reason.
 */
import type { z } from 'zod';
import { sv } from '../../../shared/i18n/sv';
import { fieldErrors } from '../../../shared/validation/fieldErrors';
import type { StoreData } from '../../../shared/store/schema';
import { memberInputSchema, memberRoles, memberSides } from '../../../shared/register/member';
import { organisationInputSchema, organisationKinds, organisationStatuses } from '../../../shared/register/organisation';
import { findDuplicateMember, findDuplicateOrganisation, normaliseName } from '../../../shared/register/matching';
import {
  memberImportFields, organisationImportFields, type ColumnMapping, type ImportKind,
} from '../../../shared/register/importContract';
import type { TableRow } from './readTable';

type OrganisationFields = z.output<typeof organisationInputSchema>;
type MemberFields = z.output<typeof memberInputSchema>;

export type PlannedEntry =
  | { kind: 'organisations'; line: number; fields: OrganisationFields }
  | { kind: 'members'; line: number; fields: MemberFields };

export interface ImportPlan {
  headers: string[];
  mapping: ColumnMapping;
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

export function planImport(kind: ImportKind, rows: readonly TableRow[], mapping: ColumnMapping, data: StoreData): ImportPlan {
  const [headerRow, ...body] = rows;
  const plan: ImportPlan = { headers: headerRow?.cells ?? [], mapping, accepted: [], duplicates: [], rejected: [] };
  if (mapping.name === null || mapping.name === undefined) {
    plan.rejected = body.map((row) => ({ line: row.line, reason: sv.register.import.missingName }));
    return plan;
  }
  const seen = new Map<string, number>();
  for (const row of body) {
    const cell = (field: string) => {
      const index = mapping[field];
      return index === null || index === undefined ? '' : (row.cells[index] ?? '');
    };
    const parsed = kind === 'organisations' ? readOrganisation(cell) : readMember(cell, data);
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
    plan.accepted.push({ kind, line: row.line, fields: parsed.fields } as PlannedEntry);
  }
  return plan;
}

type Read<T> = { ok: true; fields: T } | { ok: false; reason: string };

function readOrganisation(cell: (field: string) => string): Read<OrganisationFields> {
  const labels = sv.register.organisationFields;
  try {
    const status = enumFrom(cell('status'), organisationStatuses, sv.register.organisationStatuses, labels.status, 'connected');
    return validate(organisationInputSchema, labels, {
      name: cell('name'),
      orgNumber: cell('orgNumber'),
      kind: enumFrom(cell('kind'), organisationKinds, sv.register.organisationKinds, labels.kind, 'other'),
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
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}

function readMember(cell: (field: string) => string, data: StoreData): Read<MemberFields> {
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
      side: enumFrom(cell('side'), memberSides, sv.register.memberSides, labels.side, null),
      role: enumFrom(cell('role'), memberRoles, sv.register.memberRoles, labels.role, 'member'),
      party: cell('party'),
      organisationId,
      substituteForId: null,
      termFrom: dateOrNull(cell('termFrom')),
      termTo: dateOrNull(cell('termTo')),
      email: cell('email'),
      phone: cell('phone'),
      active: yesNo(cell('active'), labels.active),
      notes: cell('notes'),
    });
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}

function validate<S extends z.ZodType>(schema: S, labels: Record<string, string>, raw: unknown): Read<z.output<S>> {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, fields: result.data };
  const [field, message] = Object.entries(fieldErrors(result.error))[0] ?? ['', ''];
  return { ok: false, reason: `${labels[field] ?? field}: ${message}` };
}

/** A value given as its Swedish label or its stored key, case-insensitively; empty gives the default. */
function enumFrom<T extends string>(
  value: string, keys: readonly T[], swedish: Record<T, string>, fieldLabel: string, fallback: T | null,
): T {
  const wanted = normaliseName(value);
  if (wanted === '') {
    if (fallback !== null) return fallback;
    throw new Error(sv.register.import.unknownValue(fieldLabel, value));
  }
  const found = keys.find((key) => normaliseName(key) === wanted || normaliseName(swedish[key]) === wanted);
  if (!found) throw new Error(sv.register.import.unknownValue(fieldLabel, value));
  return found;
}

function yesNo(value: string, fieldLabel: string): boolean {
  const v = normaliseName(value);
  if (['', 'ja', 'j', 'x', '1', 'aktiv', 'true'].includes(v)) return true;
  if (['nej', 'n', '0', 'inaktiv', 'false'].includes(v)) return false;
  throw new Error(sv.register.import.unknownValue(fieldLabel, value));
}

function dateOrNull(value: string): string | null {
  return value === '' ? null : value.slice(0, 10);
}
