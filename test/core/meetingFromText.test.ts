// The meeting imported minutes name: the date in the title or the first lines (Swedish month names with
// date-fns, or yyyy-MM-dd; an impossible date is none), the kind the title names, the time of the Tid
// line. Also run under TZ=America/Los_Angeles and Asia/Tokyo: a calendar date never moves a day.
import { describe, expect, it } from 'vitest';
import { dateIn, meetingKindIn, meetingTimesIn } from '../../electron/core/minutes/wordImport/meetingFromText';

describe('the meeting in the text', () => {
  it('reads Swedish and ISO dates, the kind from the title and the time of the Tid line', () => {
    expect(dateIn('Anteckningar från sammanträde 28 april 2021')).toBe('2021-04-28');
    expect(dateIn('Onsdag den 3 Maj 2022 kl. 10')).toBe('2022-05-03');
    expect(dateIn('Kortfattade anteckningar 2010-01-15')).toBe('2010-01-15');
    expect(dateIn('31 februari 2021')).toBeNull();
    expect(dateIn('Inga datum här')).toBeNull();
    const kinds = ['RÖS-möte', 'Dialogmöte', 'RÖS-möte + dialogmöte'];
    expect(meetingKindIn('Anteckningar RÖS-möte + dialogmöte 2021-04-28', kinds)).toBe('RÖS-möte + dialogmöte');
    expect(meetingKindIn('Minnesanteckningar dialogmöte 2021', kinds)).toBe('Dialogmöte');
    expect(meetingKindIn('Anteckningar', kinds)).toBe('RÖS-möte');
    expect(meetingTimesIn('onsdag 28 april 2021 kl. 10.00–15.00')).toEqual({ startTime: '10:00', endTime: '15:00' });
    expect(meetingTimesIn('kl. 9.30-12.00')).toEqual({ startTime: '09:30', endTime: '12:00' });
  });
});
