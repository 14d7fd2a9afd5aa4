/**
 * The meetings' rules on top of the store: plan and change a meeting, its agenda and attendance
 * (a new meeting has none: a member is unmarked until the secretary marks them), and "Skapa nästa möte", which carries over the kind, the place,
 * the standing agenda items and — when earlier minutes have open action items — a follow-up item.
 * A meeting keeps naming a deleted member it already named, but never names one anew; deleting a
 * meeting with minutes needs the user's choice to delete the minutes or keep them (with the meeting as
 * it was, in `formerMeetings`).
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { sv } from '../../shared/i18n/sv';
import type { AgendaItem, Attendance, Guest, Meeting, meetingDetailsSchema } from '../../shared/meetings/meeting';
import type { StoreData } from '../../shared/store/schema';
import { AppError } from '../appError';
import type { StoreSession } from '../store/storeSession';
import type { MinutesOnMeetingDelete } from '../../shared/integrity/formerRecords';
import { checkMemberReferences, currentMembersOnly } from '../integrity/references';
import { isFollowUp, openActionLines } from '../minutes/minutesService';
import { bulletNotes } from '../../shared/minutes/carryOver';

type Details = z.output<typeof meetingDetailsSchema>;

function find(data: StoreData, id: string): Meeting {
  const meeting = data.meetings.find((m) => m.id === id);
  if (!meeting) throw new AppError('NOT_FOUND', sv.meetings.notFound);
  return meeting;
}

export async function saveMeeting(session: StoreSession, id: string | null, details: Details): Promise<Meeting> {
  const existing = id ? find(session.data, id) : null;
  checkMemberReferences(session.data, [details.chairId], [existing?.chairId ?? null], 'chairId');
  checkMemberReferences(session.data, [details.secretaryId], [existing?.secretaryId ?? null], 'secretaryId');
  const now = new Date().toISOString();
  const targetId = id ?? randomUUID();
  await session.update((data) => {
    if (id) Object.assign(find(data, id), details, { updatedAt: now });
    else data.meetings.push({ ...details, id: targetId, agenda: [], attendance: [], guests: [], createdAt: now, updatedAt: now });
  });
  return find(session.data, targetId);
}

/**
 * Deletes a meeting. Its minutes go with it or stay, by `minutesChoice`; without a choice a meeting with
 * minutes is refused. Fastställda minutes are never deleted this way.
 */
export async function deleteMeeting(session: StoreSession, id: string, minutesChoice: MinutesOnMeetingDelete | null): Promise<void> {
  find(session.data, id);
  const minutes = session.data.minutes.filter((m) => m.meetingId === id);
  if (minutes.length > 0 && !minutesChoice) throw new AppError('IN_USE', sv.meetings.ui.removeHasMinutes);
  if (minutesChoice === 'delete' && minutes.some((m) => m.status === 'approved')) throw new AppError('LOCKED', sv.minutes.locked);
  const meeting = find(session.data, id);
  await session.update((data) => {
    if (minutes.length > 0 && minutesChoice === 'keep') {
      // The store's data is immutable: the former meeting shares the meeting's parts.
      data.formerMeetings.push({ ...meeting, deletedAt: new Date().toISOString() });
    } else {
      data.minutes = data.minutes.filter((m) => m.meetingId !== id);
    }
    data.meetings = data.meetings.filter((m) => m.id !== id);
  });
}

export async function saveAgenda(session: StoreSession, id: string, agenda: AgendaItem[]): Promise<Meeting> {
  const existing = find(session.data, id);
  checkMemberReferences(session.data, agenda.map((item) => item.presenterMemberId), existing.agenda.map((item) => item.presenterMemberId), 'agenda');
  await session.update((data) => Object.assign(find(data, id), { agenda, updatedAt: new Date().toISOString() }));
  return find(session.data, id);
}

export async function saveAttendance(session: StoreSession, id: string, attendance: Attendance[], guests: Guest[]): Promise<Meeting> {
  const existing = find(session.data, id);
  const named = (list: readonly Attendance[]) => list.flatMap((a) => [a.memberId, a.substituteForId]);
  checkMemberReferences(session.data, named(attendance), named(existing.attendance), 'attendance');
  await session.update((data) => Object.assign(find(data, id), { attendance, guests, updatedAt: new Date().toISOString() }));
  return find(session.data, id);
}

function followUpItem(): AgendaItem {
  return {
    id: randomUUID(), title: sv.meetings.followUpItem, kind: 'discussion', presenterMemberId: null, presenterText: '',
    plannedMinutes: 15, notes: '', standing: false, focusAreaIds: [],
  };
}

/**
 * A new planned meeting on `date` with the kind, times, place and standing agenda items of `fromId`.
 * When minutes of earlier meetings have open action items, the item "Uppföljning av åtgärder" (first,
 * unless it is a standing item already) lists them in its notes.
 */
export async function createNextMeeting(session: StoreSession, fromId: string, date: string): Promise<Meeting> {
  const from = find(session.data, fromId);
  const created = await saveMeeting(session, null, {
    date, startTime: from.startTime, endTime: from.endTime, kind: from.kind, titleSuffix: from.titleSuffix,
    place: from.place, digitalLink: from.digitalLink, status: 'planned', cancelReason: '', rsvpDate: '', refreshments: from.refreshments,
    // A deleted member is not carried over to a new meeting.
    chairId: currentMembersOnly(session.data, from.chairId), secretaryId: currentMembersOnly(session.data, from.secretaryId),
  });
  const notes = bulletNotes(openActionLines(session.data, created));
  const standing = from.agenda
    .filter((item) => item.standing)
    .map((item) => ({ ...item, id: randomUUID(), presenterMemberId: currentMembersOnly(session.data, item.presenterMemberId) }))
    .map((item) => (isFollowUp(item.title) ? { ...item, notes } : item));
  const needsFollowUp = notes !== '' && !standing.some((item) => isFollowUp(item.title));
  return saveAgenda(session, created.id, needsFollowUp ? [{ ...followUpItem(), notes }, ...standing] : standing);
}

export function meetingsInYear(data: StoreData, year: number): Meeting[] {
  return data.meetings
    .filter((m) => m.date.startsWith(`${year}-`))
    .sort((a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime));
}
