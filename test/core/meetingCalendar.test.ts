// The year plan as a calendar file, read back by ical.js: Stockholm times with a VTIMEZONE, stable UIDs,
// cancelled meetings marked, a missing place said so. npm test runs this file again under
// America/Los_Angeles and Asia/Tokyo; the times read back must be the same everywhere.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { meetingCalendar } from '../../electron/core/meetings/calendar';
import type { Meeting } from '../../electron/shared/meetings/meeting';
import { seedMeetings2024 } from '../support/meetingFixtures';

const meetings: Meeting[] = seedMeetings2024.map((details, i) => ({
  ...details,
  titleSuffix: details.titleSuffix ?? '',
  digitalLink: details.digitalLink ?? '',
  rsvpDate: '',
  refreshments: '',
  cancelReason: i === 3 ? 'För få anmälda' : '',
  status: i === 3 ? 'cancelled' : 'planned',
  chairId: null,
  secretaryId: null,
  id: `00000000-0000-4000-8000-00000000000${i}`,
  agenda: [],
  attendance: [],
  guests: [],
  createdAt: '2024-05-01T08:00:00.000Z',
  updatedAt: '2024-05-01T08:00:00.000Z',
}));
meetings.push({ ...meetings[0]!, id: '00000000-0000-4000-8000-000000000099', date: '2024-03-31', startTime: '01:30', endTime: '03:30' });
meetings.push({ ...meetings[0]!, id: '00000000-0000-4000-8000-000000000098', date: '2024-10-27', startTime: '10:00', endTime: '15:00' });

function readBack(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const inStockholm = (time: ICAL.Time) => time.toString();
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location,
      status: component.getFirstPropertyValue('status'),
      tzid: component.getFirstProperty('dtstart')?.getParameter('tzid'),
      start: inStockholm(event.startDate),
      end: inStockholm(event.endDate),
      utcStart: event.startDate.toJSDate().toISOString(),
    };
  });
}

describe('the year plan as a calendar', () => {
  const events = readBack(meetingCalendar(meetings, 'RÖS möten 2024'));

  it('has one event per meeting at the Stockholm wall-clock time, with its time zone', () => {
    expect(events).toHaveLength(8);
    expect(events[0]).toMatchObject({ summary: 'RÖS-möte', location: 'Viskadalens Folkhögskola', tzid: 'Europe/Stockholm', start: '2024-06-13T10:00:00', end: '2024-06-13T15:00:00' });
    expect(events[0]!.utcStart).toBe('2024-06-13T08:00:00.000Z');
    expect(events[2]).toMatchObject({ summary: 'RÖS-möte + Dialogmöte med underskrivare', location: 'Plats meddelas senare' });
  });

  it('gets the offsets right on both DST days', () => {
    // 31 March: CET (UTC+1) until 02:00, then CEST (UTC+2).
    expect(events[6]).toMatchObject({ start: '2024-03-31T01:30:00', end: '2024-03-31T03:30:00', utcStart: '2024-03-31T00:30:00.000Z' });
    // 27 October: back to CET (UTC+1) at 03:00, so a 10:00 meeting starts 09:00 UTC.
    expect(events[7]).toMatchObject({ start: '2024-10-27T10:00:00', end: '2024-10-27T15:00:00', utcStart: '2024-10-27T09:00:00.000Z' });
  });

  it('marks cancelled meetings and keeps the same UID for the same meeting on every export', () => {
    expect(events[3]!.status).toBe('CANCELLED');
    expect(events[0]!.status).toBe('CONFIRMED');
    const again = readBack(meetingCalendar(meetings, 'RÖS möten 2024'));
    expect(again.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    expect(new Set(events.map((e) => e.uid)).size).toBe(8);
  });
});
