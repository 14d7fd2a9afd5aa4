/**
 * What "Skapa nästa möte" proposes: the date that keeps the group's rhythm — the same weekday and the
 * same number of weeks as between this meeting and the one before it (every sixth Tuesday), or four
 * weeks later on the same weekday when there is no earlier meeting — and the meeting already planned
 * after this one, if any, to open instead of making a second. Dates are counted in calendar days on
 * the stored `yyyy-MM-dd` text, never through UTC, so daylight saving and the year's end do not move them.
 */
import { addWeeks, differenceInCalendarDays, format } from 'date-fns';
import { parseIsoDate } from '../format/isoDate';
import { nextMeetingAfter } from '../minutes/templates';
import type { Meeting } from './meeting';

/** Weeks to the next meeting when no earlier meeting shows the rhythm. */
export const DEFAULT_INTERVAL_WEEKS = 4;

export interface NextMeetingProposal {
  /** The proposed date, `yyyy-MM-dd`. */
  date: string;
  /** Weeks after this meeting. */
  weeks: number;
  /** Whether the weeks are the interval from the meeting before (else the default four). */
  keepsRhythm: boolean;
  /** The first planned (not cancelled) meeting after this one, if there is one already. */
  planned: Meeting | null;
}

type Dated = Pick<Meeting, 'date' | 'startTime' | 'status'>;

/** The last meeting before `meeting`'s day that was not cancelled. */
function previousMeeting<T extends Dated>(meetings: readonly T[], meeting: Dated): T | null {
  return meetings
    .filter((m) => m.status !== 'cancelled' && m.date < meeting.date)
    .sort((a, b) => (b.date + b.startTime).localeCompare(a.date + a.startTime))[0] ?? null;
}

/** Whole weeks from `previous` to `current`, rounded to keep the weekday; null for none. */
function weeksBetween(previous: string, current: string): number | null {
  const from = parseIsoDate(previous);
  const to = parseIsoDate(current);
  if (!from || !to) return null;
  const weeks = Math.round(differenceInCalendarDays(to, from) / 7);
  return weeks >= 1 ? weeks : null;
}

export function proposeNextMeeting(meetings: readonly Meeting[], meeting: Meeting): NextMeetingProposal {
  const previous = previousMeeting(meetings, meeting);
  const rhythm = previous && weeksBetween(previous.date, meeting.date);
  const weeks = rhythm ?? DEFAULT_INTERVAL_WEEKS;
  const start = parseIsoDate(meeting.date);
  return {
    date: start ? format(addWeeks(start, weeks), 'yyyy-MM-dd') : '',
    weeks,
    keepsRhythm: rhythm !== null,
    planned: nextMeetingAfter(meetings, meeting),
  };
}
