// The date "Skapa nästa möte" proposes: the rhythm of the last two meetings carried on (same weekday,
// same number of weeks), four weeks on the same weekday without an earlier meeting, across the year's
// end and daylight saving alike (this file also runs under TZ=America/Los_Angeles and Asia/Tokyo), and
// the meeting already planned after this one, to open instead.
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../electron/shared/meetings/meeting';
import { proposeNextMeeting } from '../../electron/shared/meetings/nextMeetingDate';
import { seedMeetings2024 } from '../support/meetingFixtures';

const meeting = (date: string, status: Meeting['status'] = 'held'): Meeting => ({
  ...seedMeetings2024[0], date, status, id: crypto.randomUUID(), agenda: [], attendance: [], guests: [],
  createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z',
}) as Meeting;

/** The date proposed after the last of `dates`, with the others before it. */
const proposed = (...dates: string[]) => {
  const meetings = dates.map((date) => meeting(date));
  return proposeNextMeeting(meetings, meetings.at(-1)!).date;
};

describe('the date "Skapa nästa möte" proposes', () => {
  it('keeps the rhythm: every sixth Tuesday stays every sixth Tuesday', () => {
    expect(proposed('2025-01-14', '2025-02-25')).toBe('2025-04-08');
    const [first, second] = [meeting('2025-01-14'), meeting('2025-02-25')];
    expect(proposeNextMeeting([first!, second!], second!)).toMatchObject({ weeks: 6, keepsRhythm: true });
    expect(proposeNextMeeting([second!], second!)).toMatchObject({ weeks: 4, keepsRhythm: false });
  });

  it('counts from the meeting just before, whatever order the meetings are listed in', () => {
    const meetings = ['2025-02-25', '2024-11-19', '2025-01-14'].map((date) => meeting(date));
    expect(proposeNextMeeting(meetings, meetings[0]!).date).toBe('2025-04-08');
  });

  it('crosses the year’s end on the same weekday', () => {
    expect(proposed('2025-10-21', '2025-12-02')).toBe('2026-01-13');
    expect(proposed('2024-12-10')).toBe('2025-01-07');
  });

  it('crosses the change to and from summer time without moving a day', () => {
    // Both the European (29 March) and the American (8 March) change to summer time fall between.
    expect(proposed('2026-01-27', '2026-03-03')).toBe('2026-04-07');
    // And the change back (26 October in Europe, 2 November in America).
    expect(proposed('2025-09-02', '2025-10-07')).toBe('2025-11-11');
  });

  it('rounds an interval of part weeks to whole weeks, keeping this meeting’s weekday', () => {
    // Monday 19 August to Wednesday 18 September is 30 days: four weeks on, a Wednesday.
    expect(proposed('2024-08-19', '2024-09-18')).toBe('2024-10-16');
  });

  it('without an earlier meeting, or one the same day, proposes four weeks later on the same weekday', () => {
    expect(proposed('2024-06-13')).toBe('2024-07-11');
    expect(proposed('2024-06-13', '2024-06-13')).toBe('2024-07-11');
  });

  it('does not take the rhythm from a cancelled meeting', () => {
    const meetings = [meeting('2025-01-14'), meeting('2025-02-11', 'cancelled'), meeting('2025-02-25')];
    expect(proposeNextMeeting(meetings, meetings[2]!).date).toBe('2025-04-08');
  });

  it('names the meeting already planned after this one, not a cancelled one', () => {
    const [first, cancelled, planned] = [meeting('2025-01-14'), meeting('2025-02-11', 'cancelled'), meeting('2025-02-25', 'planned')];
    expect(proposeNextMeeting([planned!, cancelled!, first!], first!).planned?.id).toBe(planned!.id);
    expect(proposeNextMeeting([cancelled!, first!], first!).planned).toBeNull();
  });
});
