/**
 * The meetings' rules on top of the store: plan and change a meeting, its agenda and attendance
 * (pre-filled from the active members), and "Skapa nästa möte", which carries over the kind, the place,
 * the standing agenda items and — when earlier minutes have open action items — a follow-up item.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { sv } from '../../shared/i18n/sv';
import type { AgendaItem, Attendance, Guest, Meeting, meetingDetailsSchema } from '../../shared/meetings/meeting';
import type { StoreData } from '../../shared/store/schema';
import { AppError } from '../appError';
import type { StoreSession } from '../store/storeSession';
import { openActions } from '../minutes/minutesService';

type Details = z.output<typeof meetingDetailsSchema>;

function find(data: StoreData, id: string): Meeting {
  const meeting = data.meetings.find((m) => m.id === id);
  if (!meeting) throw new AppError('NOT_FOUND', sv.meetings.notFound);
  return meeting;
}

/** Attendance for a new meeting: every active member, marked absent until the secretary marks them. */
function initialAttendance(data: StoreData): Attendance[] {
  return data.members.filter((m) => m.active).map((m) => ({ memberId: m.id, state: 'absent', substituteForId: null }));
}

function checkMembers(data: StoreData, ids: ReadonlyArray<string | null>, field: string): void {
  for (const id of ids) {
    if (id && !data.members.some((m) => m.id === id)) throw new AppError('NOT_FOUND', sv.meetings.memberMissing, field);
  }
}

export async function saveMeeting(session: StoreSession, id: string | null, details: Details): Promise<Meeting> {
  checkMembers(session.data, [details.chairId], 'chairId');
  checkMembers(session.data, [details.secretaryId], 'secretaryId');
  const now = new Date().toISOString();
  const targetId = id ?? randomUUID();
  if (id) find(session.data, id);
  await session.update((data) => {
    if (id) Object.assign(find(data, id), details, { updatedAt: now });
    else data.meetings.push({ ...details, id: targetId, agenda: [], attendance: initialAttendance(data), guests: [], createdAt: now, updatedAt: now });
  });
  return find(session.data, targetId);
}

export async function deleteMeeting(session: StoreSession, id: string): Promise<void> {
  find(session.data, id);
  await session.update((data) => {
    data.meetings = data.meetings.filter((m) => m.id !== id);
  });
}

export async function saveAgenda(session: StoreSession, id: string, agenda: AgendaItem[]): Promise<Meeting> {
  find(session.data, id);
  checkMembers(session.data, agenda.map((item) => item.presenterMemberId), 'agenda');
  await session.update((data) => Object.assign(find(data, id), { agenda, updatedAt: new Date().toISOString() }));
  return find(session.data, id);
}

export async function saveAttendance(session: StoreSession, id: string, attendance: Attendance[], guests: Guest[]): Promise<Meeting> {
  find(session.data, id);
  checkMembers(session.data, attendance.flatMap((a) => [a.memberId, a.substituteForId]), 'attendance');
  await session.update((data) => Object.assign(find(data, id), { attendance, guests, updatedAt: new Date().toISOString() }));
  return find(session.data, id);
}

function followUpItem(): AgendaItem {
  return {
    id: randomUUID(), title: sv.meetings.followUpItem, kind: 'discussion', presenterMemberId: null, presenterText: '',
    plannedMinutes: 15, notes: '', standing: false,
  };
}

/**
 * A new planned meeting on `date` with the kind, times, place and standing agenda items of `fromId`,
 * and a follow-up item first when minutes of earlier meetings have open action items.
 */
export async function createNextMeeting(session: StoreSession, fromId: string, date: string): Promise<Meeting> {
  const from = find(session.data, fromId);
  const created = await saveMeeting(session, null, {
    date, startTime: from.startTime, endTime: from.endTime, kind: from.kind, titleSuffix: from.titleSuffix,
    place: from.place, digitalLink: from.digitalLink, status: 'planned', cancelReason: '',
    chairId: from.chairId, secretaryId: from.secretaryId,
  });
  const standing = from.agenda.filter((item) => item.standing).map((item) => ({ ...item, id: randomUUID() }));
  const needsFollowUp = openActions(session.data, created).length > 0 && !standing.some((item) => item.title === sv.meetings.followUpItem);
  return saveAgenda(session, created.id, needsFollowUp ? [followUpItem(), ...standing] : standing);
}

export function meetingsInYear(data: StoreData, year: number): Meeting[] {
  return data.meetings
    .filter((m) => m.date.startsWith(`${year}-`))
    .sort((a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime));
}
