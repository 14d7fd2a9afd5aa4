// The year plan reads exactly like the group's web page, and full dates are right in any time zone
// (npm test runs this file again under America/Los_Angeles and Asia/Tokyo).
import { describe, expect, it } from 'vitest';
import { fullWhen, planLine } from '../../electron/shared/meetings/meetingText';
import { meetingDetailsSchema } from '../../electron/shared/meetings/meeting';
import { fieldErrors } from '../../electron/shared/validation/fieldErrors';
import { sv } from '../../electron/shared/i18n/sv';
import { seedMeetings2024, SEED_LINES_2024 } from '../support/meetingFixtures';

describe('the year plan line', () => {
  it('reproduces the web page’s six 2024 lines', () => {
    expect(seedMeetings2024.map((m) => planLine({ ...m, status: 'planned' }))).toEqual(SEED_LINES_2024);
  });

  it('marks a cancelled meeting', () => {
    expect(planLine({ ...seedMeetings2024[0]!, status: 'cancelled' })).toBe('13 juni 10-15, RÖS-möte, Viskadalens Folkhögskola, inställt');
  });
});

describe('full Swedish dates', () => {
  it('name the weekday and keep the local time, also on the DST days', () => {
    expect(fullWhen({ date: '2024-06-13', startTime: '10:00', endTime: '15:00' })).toBe('torsdag 13 juni 2024 kl. 10.00–15.00');
    expect(fullWhen({ date: '2024-03-31', startTime: '01:30', endTime: '03:30' })).toBe('söndag 31 mars 2024 kl. 01.30–03.30');
    expect(fullWhen({ date: '2024-10-27', startTime: '02:00', endTime: '04:15' })).toBe('söndag 27 oktober 2024 kl. 02.00–04.15');
  });
});

describe('the meeting form', () => {
  const valid = {
    date: '2024-06-13', startTime: '10:00', endTime: '15:00', kind: 'RÖS-möte', titleSuffix: '',
    place: { type: 'toBeAnnounced' as const }, digitalLink: '', status: 'planned' as const, cancelReason: '', chairId: null, secretaryId: null,
  };
  it('refuses a meeting that ends before it starts or after midnight', () => {
    const result = meetingDetailsSchema.safeParse({ ...valid, startTime: '22:00', endTime: '01:00' });
    expect(fieldErrors(result.error!)).toEqual({ endTime: sv.meetings.fieldErrors.endBeforeStart });
  });
  it('refuses a date that does not exist and a link that is not https', () => {
    const result = meetingDetailsSchema.safeParse({ ...valid, date: '2024-02-30', digitalLink: 'http://example.org' });
    expect(Object.keys(fieldErrors(result.error!)).sort()).toEqual(['date', 'digitalLink']);
  });
  it('asks for a reason when a meeting is cancelled', () => {
    const result = meetingDetailsSchema.safeParse({ ...valid, status: 'cancelled' });
    expect(fieldErrors(result.error!)).toEqual({ cancelReason: sv.meetings.fieldErrors.cancelReason });
  });
});
