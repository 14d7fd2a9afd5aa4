/**
 * A member of RÖS (ledamot/representant): which side they sit for, their role, party or organisation,
 * term, contact details, and — for a substitute (ersättare) — whom they stand in for. After a GDPR
 * erasure only the name remains, kept for historical minutes and attendance.
 */
import { z } from 'zod';
import { sv } from '../i18n/sv';
import { isoDateSchema, storedDateSchema } from '../format/dateSchemas';
import { MAX_NOTES, emailField, notesField, requiredText, storedText, textField } from './fields';
import { phoneField } from './phone';

export const memberSides = ['regionPolitician', 'regionOfficial', 'civilSociety'] as const;
export const memberRoles = ['chair', 'viceChair', 'member', 'substitute', 'coopted', 'secretary', 'processLeader'] as const;
export type MemberSide = (typeof memberSides)[number];
export type MemberRole = (typeof memberRoles)[number];

export const memberInputSchema = z
  .object({
    name: requiredText(),
    side: z.enum(memberSides),
    role: z.enum(memberRoles),
    /** Party, for politicians. */
    party: textField(100),
    /** The organisation in the register, for civil-society members. */
    organisationId: z.uuid().nullable(),
    /** For a substitute: the member they stand in for. */
    substituteForId: z.uuid().nullable(),
    termFrom: isoDateSchema.nullable(),
    termTo: isoDateSchema.nullable(),
    email: emailField,
    phone: phoneField,
    active: z.boolean(),
    notes: notesField,
    /** "Publiceras inte": the name is replaced by the role or organisation in the version for the web. */
    withheldFromWeb: z.boolean().default(false),
  })
  .superRefine((member, ctx) => {
    if (member.termFrom && member.termTo && member.termTo < member.termFrom) {
      ctx.addIssue({ code: 'custom', path: ['termTo'], message: sv.register.fieldErrors.termEndBeforeStart });
    }
  });
export type MemberInput = z.input<typeof memberInputSchema>;

/** The stored shape: the same fields, checked for type and length only (they were normalised on entry). */
export const memberSchema = z.object({
  id: z.uuid(),
  name: storedText().min(1),
  side: z.enum(memberSides),
  role: z.enum(memberRoles),
  party: storedText(100),
  organisationId: z.uuid().nullable(),
  substituteForId: z.uuid().nullable(),
  termFrom: storedDateSchema.nullable(),
  termTo: storedDateSchema.nullable(),
  email: storedText(),
  phone: storedText(),
  active: z.boolean(),
  notes: storedText(MAX_NOTES),
  withheldFromWeb: z.boolean().default(false),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** When the member's personal data was erased on request (GDPR), or null. */
  personalDataErasedAt: z.iso.datetime().nullable(),
});
export type Member = z.infer<typeof memberSchema>;

/** What a member sits for besides their side: the party of a politician, the organisation of a civil-society member. */
export function memberAffiliation(member: Member, organisations: readonly { id: string; name: string }[]): string {
  if (member.side === 'civilSociety') return organisations.find((o) => o.id === member.organisationId)?.name ?? '';
  return member.party;
}
