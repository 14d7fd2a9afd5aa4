/**
 * The import columns whose values are one of the app's own (an organisation's kind and status, a member's
 * side, role and whether active): the values each can take with their Swedish labels, and the shape of the
 * user's value mapping — a value found in the file → the app's value it stands for — as it crosses IPC.
 */
import { z } from 'zod';
import { sv } from '../i18n/sv';
import { memberRoles, memberSides } from './member';
import { organisationKinds, organisationStatuses } from './organisation';

export const activeValues = ['yes', 'no'] as const;

export const enumeratedValues = {
  kind: organisationKinds,
  status: organisationStatuses,
  side: memberSides,
  role: memberRoles,
  active: activeValues,
} as const;
export type EnumeratedField = keyof typeof enumeratedValues;
export type EnumeratedValue<F extends EnumeratedField> = (typeof enumeratedValues)[F][number];

/** The Swedish name of each of the app's values, as the forms show it. */
export const enumeratedLabels: { [F in EnumeratedField]: Record<EnumeratedValue<F>, string> } = {
  kind: sv.register.organisationKinds,
  status: sv.register.organisationStatuses,
  side: sv.register.memberSides,
  role: sv.register.memberRoles,
  active: { yes: sv.register.yes, no: sv.register.no },
};

/** A value of the file as the settings can remember it (`importValueMappings`). */
const choices = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.record(z.string().max(300), z.enum(values)).optional();

/** Per column, a value of the file (as `normaliseName` gives it) → the app's value it stands for. */
export const valueMappingSchema = z.strictObject({
  kind: choices(organisationKinds),
  status: choices(organisationStatuses),
  side: choices(memberSides),
  role: choices(memberRoles),
  active: choices(activeValues),
});
export type ValueMapping = z.infer<typeof valueMappingSchema>;

/** A value of the file that is none of the app's values: the preview offers to map it. */
export const fileValueSchema = z.object({
  field: valueMappingSchema.keyof(),
  /** As first written in the file. */
  value: z.string(),
  /** The value as the mapping holds it. */
  key: z.string(),
  /** How many lines have it. */
  lines: z.number().int(),
});
export type FileValue = z.infer<typeof fileValueSchema>;
