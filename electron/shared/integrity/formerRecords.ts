/**
 * What stays of a deleted member or meeting so that everything that referred to it keeps a meaning:
 * a former member is their name, side and affiliation as they were; a former meeting is the whole
 * meeting as it was, kept only while its minutes are kept. `memberNames` resolves a member id, current
 * or former, to the name a screen or document shows.
 */
import { z } from 'zod';
import { sv } from '../i18n/sv';
import { meetingSchema, type Meeting } from '../meetings/meeting';
import { memberAffiliation, memberSides, type Member, type MemberSide } from '../register/member';
import { storedText } from '../register/fields';

export const formerMemberSchema = z.object({
  id: z.uuid(),
  name: storedText().min(1),
  side: z.enum(memberSides),
  /** The party or organisation as it was when the member was deleted. */
  affiliation: storedText(),
  deletedAt: z.iso.datetime(),
});
export type FormerMember = z.infer<typeof formerMemberSchema>;

export const formerMeetingSchema = meetingSchema.extend({ deletedAt: z.iso.datetime() });
export type FormerMeeting = z.infer<typeof formerMeetingSchema>;

/** The choice the user makes when a meeting with minutes is deleted: delete them too, or keep them. */
export const minutesOnMeetingDeleteSchema = z.enum(['delete', 'keep']);
export type MinutesOnMeetingDelete = z.infer<typeof minutesOnMeetingDeleteSchema>;

/** A member as documents and screens show them: current, former, or gone without a trace (erased). */
export interface MemberView {
  id: string;
  name: string;
  side: MemberSide | null;
  affiliation: string;
  former: boolean;
}

export interface MemberNames {
  /** The member behind an id, or undefined for null. A former member's name is marked as former. */
  view(id: string | null): MemberView | undefined;
  /** The name to show for an id: '' for null, "Namn (tidigare ledamot)" for a former member. */
  label(id: string | null): string;
  /** The label with the party or organisation, as attendance lists show it. */
  labelWithAffiliation(id: string | null): string;
}

export function memberNames(
  members: readonly Member[],
  formerMembers: readonly FormerMember[],
  organisations: readonly { id: string; name: string }[] = [],
): MemberNames {
  const current = new Map(members.map((m) => [m.id, m]));
  const former = new Map(formerMembers.map((m) => [m.id, m]));
  const view = (id: string | null): MemberView | undefined => {
    if (!id) return undefined;
    const member = current.get(id);
    if (member) return { id, name: member.name, side: member.side, affiliation: memberAffiliation(member, organisations), former: false };
    const gone = former.get(id);
    if (gone) return { id, name: gone.name, side: gone.side, affiliation: gone.affiliation, former: true };
    return { id, name: sv.integrity.erasedMember, side: null, affiliation: '', former: true };
  };
  const label = (id: string | null) => {
    const v = view(id);
    if (!v) return '';
    return v.former && v.side ? sv.integrity.formerMember(v.name) : v.name;
  };
  const labelWithAffiliation = (id: string | null) => {
    const v = view(id);
    if (!v) return '';
    if (!v.affiliation) return label(id);
    return v.former ? sv.integrity.formerMemberOf(v.name, v.affiliation) : `${v.name} (${v.affiliation})`;
  };
  return { view, label, labelWithAffiliation };
}

/** The meeting with this id, planned or deleted with its minutes kept. */
export function meetingOrFormer(
  meetings: readonly Meeting[],
  formerMeetings: readonly FormerMeeting[],
  id: string,
): { meeting: Meeting; former: boolean } | undefined {
  const meeting = meetings.find((m) => m.id === id);
  if (meeting) return { meeting, former: false };
  const gone = formerMeetings.find((m) => m.id === id);
  return gone ? { meeting: gone, former: true } : undefined;
}
