/**
 * The shapes of a register import as it crosses IPC: which fields a file's columns can fill, the
 * mapping from field to column and of the file's values to the app's (importValues.ts), and the preview
 * (accepted lines with their warnings, duplicate and rejected lines, values to map) that the user sees
 * before anything is written.
 */
import { z } from 'zod';
import { fileValueSchema, valueMappingSchema, type EnumeratedField } from './importValues';

export const importKinds = ['organisations', 'members'] as const;
export type ImportKind = (typeof importKinds)[number];

export const organisationImportFields = [
  'name', 'orgNumber', 'kind', 'municipality', 'appliedOn', 'approvedOn', 'status', 'leftOn',
  'contactPerson', 'email', 'phone', 'website', 'notes',
] as const;
export const memberImportFields = [
  'name', 'side', 'role', 'party', 'organisation', 'termFrom', 'termTo', 'email', 'phone', 'active', 'notes',
] as const;

/** The fields of each kind whose values are one of the app's own. */
export const enumeratedImportFields = {
  organisations: ['kind', 'status'],
  members: ['side', 'role', 'active'],
} as const satisfies Record<ImportKind, readonly EnumeratedField[]>;

/** Field name → 0-based column index, or null for "not imported". */
export const columnMappingSchema = z.record(z.string().max(40), z.number().int().min(0).max(500).nullable());
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

export const importPreviewSchema = z.object({
  token: z.string(),
  kind: z.enum(importKinds),
  headers: z.array(z.string()),
  mapping: columnMappingSchema,
  valueMapping: valueMappingSchema,
  /** The file's values that are none of the app's values, each to be mapped. */
  values: z.array(fileValueSchema),
  /** `warnings`: what was left out of the line (an invalid organisation number is imported empty). */
  accepted: z.array(z.object({ line: z.number().int(), name: z.string(), warnings: z.array(z.string()) })),
  duplicates: z.array(z.object({ line: z.number().int(), reason: z.string() })),
  rejected: z.array(z.object({ line: z.number().int(), reason: z.string() })),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importResultSchema = z.object({ imported: z.number().int(), duplicates: z.number().int(), rejected: z.number().int() });
export type ImportResult = z.infer<typeof importResultSchema>;
