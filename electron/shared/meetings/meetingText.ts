/**
 * How a meeting is written in Swedish: the web page's one-line style ("13 juni 10-15, RÖS-möte,
 * Viskadalens Folkhögskola"), the full form ("torsdag 13 juni 2024 kl. 10.00–15.00"), its title, its
 * notice's file name and its place or "återkommer om plats". Dates are formatted from their stored text, never through UTC.
 */
import { format } from 'date-fns';
import { sv as svLocale } from 'date-fns/locale';
import { sv } from '../i18n/sv';
import { formatShortTime, formatTime } from '../format/clockTime';
import { parseIsoDate } from '../format/isoDate';
import type { Meeting, Place } from './meeting';

type MeetingText = Pick<Meeting, 'date' | 'startTime' | 'endTime' | 'kind' | 'titleSuffix' | 'place' | 'status'>;

function day(date: string, pattern: string): string {
  const parsed = parseIsoDate(date);
  return parsed ? format(parsed, pattern, { locale: svLocale }) : date;
}

export function meetingTitle(meeting: Pick<Meeting, 'kind' | 'titleSuffix'>): string {
  return meeting.titleSuffix ? `${meeting.kind} ${meeting.titleSuffix}` : meeting.kind;
}

export function placeText(place: Place, toBeAnnounced: string = sv.meetings.placeToBeAnnounced): string {
  if (place.type === 'toBeAnnounced') return toBeAnnounced;
  return place.address ? `${place.venue}, ${place.address}` : place.venue;
}

/** "13 juni 10-15, RÖS-möte, Viskadalens Folkhögskola" (", inställt" added for a cancelled meeting). */
export function planLine(meeting: MeetingText): string {
  const when = `${day(meeting.date, 'd MMMM')} ${formatShortTime(meeting.startTime)}-${formatShortTime(meeting.endTime)}`;
  const line = `${when}, ${meetingTitle(meeting)}, ${placeText(meeting.place)}`;
  return meeting.status === 'cancelled' ? `${line}, ${sv.meetings.cancelledSuffix}` : line;
}

/** "torsdag 13 juni 2024 kl. 10.00–15.00" */
export function fullWhen(meeting: Pick<Meeting, 'date' | 'startTime' | 'endTime'>): string {
  return `${day(meeting.date, 'EEEE d MMMM yyyy')} kl. ${formatTime(meeting.startTime)}–${formatTime(meeting.endTime)}`;
}

/** "28 april 2021" */
export function longDate(date: string): string {
  return day(date, 'd MMMM yyyy');
}

/** "tisdag" */
export function weekday(date: string): string {
  return day(date, 'EEEE');
}

/** The notice's file name: "Kallelse RÖS-möte 2024-06-13.docx", without characters a file name cannot hold. */
export function noticeFileName(meeting: Pick<Meeting, 'kind' | 'date'>): string {
  return `${sv.meetings.documents.noticeFilePrefix} ${meeting.kind.replace(/[\\/:*?"<>|]/g, '-')} ${meeting.date}.docx`;
}
