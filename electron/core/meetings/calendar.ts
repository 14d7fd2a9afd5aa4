/**
 * The year plan as an RFC 5545 calendar (.ics) through ical-generator: one event per meeting in
 * Europe/Stockholm time with its VTIMEZONE, a UID that stays the same for the same meeting (so
 * importing again updates rather than duplicates), a SEQUENCE that every edit raises and a DTSTAMP in
 * UTC (the last change), STATUS:CANCELLED for cancelled meetings, and the place or "Plats meddelas
 * senare". Control characters never reach the text (RFC 5545 forbids them).
 */
import icalGenerator, { ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { sv } from '../../shared/i18n/sv';
import type { Meeting } from '../../shared/meetings/meeting';
import { meetingTitle, placeText } from '../../shared/meetings/meetingText';
import { safeText } from '../documents/safeText';

export const MEETING_TIME_ZONE = 'Europe/Stockholm';

/** tzdata makes Europe/Stockholm a link to Europe/Berlin; the rules are the same, the name is ours. */
function stockholmTimezone(): string {
  const [block] = tzlib_get_ical_block(MEETING_TIME_ZONE);
  return (block ?? '').replace(/TZID:[^\r\n]+/, `TZID:${MEETING_TIME_ZONE}`).replace(/X-LIC-LOCATION:[^\r\n]+/, `X-LIC-LOCATION:${MEETING_TIME_ZONE}`);
}

function localTime(date: string, time: string): DateTime {
  return DateTime.fromISO(`${date}T${time}`, { zone: MEETING_TIME_ZONE });
}

/** Raised by every later edit: the whole seconds from the meeting's creation to its last change. */
function sequenceOf(meeting: Meeting): number {
  return Math.max(0, Math.floor((Date.parse(meeting.updatedAt) - Date.parse(meeting.createdAt)) / 1000));
}

export function meetingCalendar(meetings: readonly Meeting[], name: string): string {
  const calendar = icalGenerator({
    name,
    prodId: { company: 'RÖS Sekreterare', product: 'Årsplan', language: 'SV' },
    // No calendar-wide zone: ical-generator would write DTSTAMP in it, without the Z that RFC 5545 requires.
    // Each event names its zone, and the generator writes that zone's VTIMEZONE.
    timezone: { name: null, generator: stockholmTimezone },
  });
  for (const meeting of meetings) {
    calendar.createEvent({
      id: `${meeting.id}@ros-sekreterare`,
      start: localTime(meeting.date, meeting.startTime),
      end: localTime(meeting.date, meeting.endTime),
      timezone: MEETING_TIME_ZONE,
      summary: safeText(meetingTitle(meeting)),
      location: safeText(placeText(meeting.place, sv.meetings.placeToBeAnnouncedCalendar)),
      description: meeting.status === 'cancelled' ? safeText(`${sv.meetings.statuses.cancelled}: ${meeting.cancelReason}`) : null,
      url: meeting.digitalLink || null,
      status: meeting.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      stamp: DateTime.fromISO(meeting.updatedAt, { zone: 'utc' }),
      sequence: sequenceOf(meeting),
    });
  }
  return calendar.toString();
}
