/**
 * A signatory organisation (undertecknande organisation) of the agreement: the stored shape, the form
 * input it is made from, and the kinds and statuses it can have.
 */
import { z } from 'zod';
import { sv } from '../i18n/sv';
import { isoDateSchema, storedDateSchema } from '../format/dateSchemas';
import {
  MAX_NOTES, emailField, notesField, orgNumberField, requiredText, storedText, textField, websiteField,
} from './fields';
import { phoneField } from './phone';

export const organisationKinds = ['nonProfit', 'umbrella', 'faithCommunity', 'foundation', 'studyAssociation', 'other'] as const;
export const organisationStatuses = ['applied', 'connected', 'left'] as const;

export const organisationInputSchema = z
  .object({
    name: requiredText(),
    orgNumber: orgNumberField,
    kind: z.enum(organisationKinds),
    /** A municipality, "regional", or empty when not known. */
    municipality: textField(100),
    appliedOn: isoDateSchema.nullable(),
    approvedOn: isoDateSchema.nullable(),
    status: z.enum(organisationStatuses),
    leftOn: isoDateSchema.nullable(),
    contactPerson: textField(),
    email: emailField,
    phone: phoneField,
    website: websiteField,
    notes: notesField,
  })
  .superRefine((org, ctx) => {
    if (org.status === 'left' && !org.leftOn) {
      ctx.addIssue({ code: 'custom', path: ['leftOn'], message: sv.register.fieldErrors.leftOnRequired });
    }
    if (org.appliedOn && org.approvedOn && org.approvedOn < org.appliedOn) {
      ctx.addIssue({ code: 'custom', path: ['approvedOn'], message: sv.register.fieldErrors.approvedBeforeApplied });
    }
  });
export type OrganisationInput = z.input<typeof organisationInputSchema>;

/** The stored shape: the same fields, checked for type and length only (they were normalised on entry). */
export const organisationSchema = z.object({
  id: z.uuid(),
  name: storedText().min(1),
  orgNumber: storedText(11),
  kind: z.enum(organisationKinds),
  municipality: storedText(100),
  appliedOn: storedDateSchema.nullable(),
  approvedOn: storedDateSchema.nullable(),
  status: z.enum(organisationStatuses),
  leftOn: storedDateSchema.nullable(),
  contactPerson: storedText(),
  email: storedText(),
  phone: storedText(),
  website: storedText(2048),
  notes: storedText(MAX_NOTES),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Organisation = z.infer<typeof organisationSchema>;
