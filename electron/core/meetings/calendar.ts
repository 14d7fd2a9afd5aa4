/**
 * The year plan as an RFC 5545 calendar (.ics) through ical-generator: one event per meeting in
 * Europe/Stockholm time with its VTIMEZONE, a UID that stays the same for the same meeting (so
 * importing again updates rather than duplicates), STATUS:CANCELLED for cancelled meetings, and the
 * place or "Plats meddelas senare".
 */
import icalGenerator, { ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { sv } from '../../shared/i18n/sv';
import type { Meeting } from '../../shared/meetings/meeting';
import { meetingTitle, placeText } from '../../shared/meetings/meetingText';

export const MEETING_TIME_ZONE = 'Europe/Stockholm';

/** tzdata makes Europe/Stockholm a link to Europe/Berlin; the rules are the same, the name is ours. */
function stockholmTimezone(): string {
  const [block] = tzlib_get_ical_block(MEETING_TIME_ZONE);
  return (block ?? '').replace(/TZID:[^\r\n]+/, `TZID:${MEETING_TIME_ZONE}`).replace(/X-LIC-LOCATION:[^\r\n]+/, `X-LIC-LOCATION:${MEETING_TIME_ZONE}`);
}

function localTime(date: string, time: string): DateTime {
  return DateTime.fromISO(`${date}T${time}`, { zone: MEETING_TIME_ZONE });
}

export function meetingCalendar(meetings: readonly Meeting[], name: string): string {
  const calendar = icalGenerator({
    name,
    prodId: { company: 'RÖS Sekreterare', product: 'Årsplan', language: 'SV' },
    timezone: { name: MEETING_TIME_ZONE, generator: stockholmTimezone },
  });
  for (const meeting of meetings) {
    calendar.createEvent({
      id: `${meeting.id}@ros-sekreterare`,
      start: localTime(meeting.date, meeting.startTime),
      end: localTime(meeting.date, meeting.endTime),
      timezone: MEETING_TIME_ZONE,
      summary: meetingTitle(meeting),
      location: placeText(meeting.place, sv.meetings.placeToBeAnnouncedCalendar),
      description: meeting.status === 'cancelled' ? `${sv.meetings.statuses.cancelled}: ${meeting.cancelReason}` : null,
      url: meeting.digitalLink || null,
      status: meeting.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      stamp: DateTime.fromISO(meeting.updatedAt, { zone: 'utc' }),
    });
  }
  return calendar.toString();
}
