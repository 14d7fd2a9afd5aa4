/**
 * The store's rules for references between records. A meeting or minutes may keep naming a member who
 * has been deleted (they resolve through `formerMembers`), but may not name one anew; and what a member
 * is named by decides whether anything of them is kept when they are deleted.
 */
import { sv } from '../../shared/i18n/sv';
import type { FormerMember } from '../../shared/integrity/formerRecords';
import type { Meeting } from '../../shared/meetings/meeting';
import type { ActionItem } from '../../shared/minutes/minutes';
import { memberAffiliation, type Member } from '../../shared/register/member';
import type { StoreData } from '../../shared/store/schema';
import { AppError } from '../appError';

/** Every member id a meeting names: chair, secretary, presenters, attendance and substitutes. */
export function membersOfMeeting(meeting: Meeting): string[] {
  return [
    meeting.chairId, meeting.secretaryId,
    ...meeting.agenda.map((item) => item.presenterMemberId),
    ...meeting.attendance.flatMap((a) => [a.memberId, a.substituteForId]),
  ].filter((id): id is string => id !== null);
}

const responsible = (actions: readonly ActionItem[]) => actions.map((a) => a.responsibleMemberId).filter((id): id is string => id !== null);

/** Whether a meeting (kept or deleted), minutes or an earlier version of minutes names the member. */
export function memberIsNamed(data: StoreData, id: string): boolean {
  return (
    [...data.meetings, ...data.formerMeetings].some((m) => membersOfMeeting(m).includes(id)) ||
    data.minutes.some((m) => responsible(m.actions).includes(id) || m.snapshots.some((s) => responsible(s.content.actions).includes(id)))
  );
}

/**
 * Refuses, in Swedish at `field`, an id that is not a member of the register, unless the record
 * already named it (`kept`): a deleted member stays where they were, and nowhere new.
 */
export function checkMemberReferences(data: StoreData, ids: ReadonlyArray<string | null>, kept: ReadonlyArray<string | null>, field: string): void {
  // Most saves bring no new reference (a minutes autosave): the register is looked at only for those that do.
  const added = ids.filter((id): id is string => id !== null && !kept.includes(id));
  if (added.length === 0) return;
  const members = new Set(data.members.map((m) => m.id));
  if (added.some((id) => !members.has(id))) throw new AppError('NOT_FOUND', sv.meetings.memberMissing, field);
}

/** The id if it is a member of the register now, else null (for what is copied to a new record). */
export const currentMembersOnly = (data: StoreData, id: string | null): string | null =>
  id && data.members.some((m) => m.id === id) ? id : null;

/** What is kept of a deleted member: the name, side and affiliation, as they were. */
export function formerMemberOf(data: StoreData, member: Member, deletedAt: string): FormerMember {
  return { id: member.id, name: member.name, side: member.side, affiliation: memberAffiliation(member, data.organisations), deletedAt };
}

/** A meeting not yet held: its attendance is who is expected, not a record of who came. */
export const notYetHeld = (meeting: Meeting) => meeting.status === 'planned' || meeting.status === 'noticeSent';
