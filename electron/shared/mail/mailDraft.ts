/**
 * E-mail drafts of a kallelse or of minutes, as both sides see them: the groups of recipients the
 * dialog offers (all active members, one side, those present at the meeting), who in a group has no
 * e-mail address and so is left out, the address proposed for To, and the zod schema of the request
 * the backend checks before it writes the .eml file.
 */
import { z } from 'zod';
import { sv } from '../i18n/sv';
import type { Meeting } from '../meetings/meeting';
import { memberSides, type Member } from '../register/member';
import { emailField } from '../register/fields';

export const recipientGroups = ['all', ...memberSides, 'present'] as const;
export type RecipientGroup = (typeof recipientGroups)[number];

export const mailAddressings = ['bcc', 'to'] as const;
export const attachmentFormats = ['docx', 'pdf'] as const;
export type AttachmentFormat = (typeof attachmentFormats)[number];

const hasAddress = (member: Member) => member.email !== '';

/** The members of a group: active members (of one side), or everyone marked present or as substitute at the meeting. */
export function groupMembers(group: RecipientGroup, members: readonly Member[], meeting: Meeting): Member[] {
  if (group === 'present') {
    const present = new Set(meeting.attendance.filter((a) => a.state === 'present' || a.state === 'substitute').map((a) => a.memberId));
    return members.filter((m) => present.has(m.id));
  }
  return members.filter((m) => m.active && (group === 'all' || m.side === group));
}

/** A group split into those who can be mailed and those left out for want of an address. */
export function splitByAddress(members: readonly Member[]): { reachable: Member[]; leftOut: Member[] } {
  return { reachable: members.filter(hasAddress), leftOut: members.filter((m) => !hasAddress(m)) };
}

/** The address proposed for To when the members go in Bcc: the meeting's secretary's, else any secretary's in the register. */
export function proposedOwnAddress(members: readonly Member[], meeting: Meeting): string {
  const secretary = members.find((m) => m.id === meeting.secretaryId && hasAddress(m))
    ?? members.find((m) => m.active && m.role === 'secretary' && hasAddress(m));
  return secretary?.email ?? '';
}

const t = sv.mail.errors;

export const mailDraftInputSchema = z
  .strictObject({
    source: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('notice'), meetingId: z.uuid() }),
      z.strictObject({ kind: z.literal('minutes'), minutesId: z.uuid() }),
    ]),
    format: z.enum(attachmentFormats),
    recipientIds: z.array(z.uuid()).min(1, t.noRecipients).max(2000),
    /** Bcc: the members in Bcc and `ownAddress` (if any) in To, so no member sees another's address; to: everyone in To. */
    addressing: z.enum(mailAddressings),
    ownAddress: emailField,
    subject: z.string().trim().min(1, t.noSubject).max(500),
    body: z.string().max(20_000),
  })
  .superRefine((input, ctx) => {
    if (input.source.kind === 'notice' && input.format === 'pdf') ctx.addIssue({ code: 'custom', path: ['format'], message: t.noticeAsPdf });
    if (new Set(input.recipientIds).size !== input.recipientIds.length) ctx.addIssue({ code: 'custom', path: ['recipientIds'], message: t.duplicateRecipient });
  });
export type MailDraftInput = z.input<typeof mailDraftInputSchema>;
