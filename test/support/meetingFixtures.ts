/**
 * The six meetings of 2024 from the group's public web page (reference text 002), as meeting details,
 * and the lines the page shows for them.
 */
import type { AgendaItem, MeetingDetails } from '../../electron/shared/meetings/meeting';

export const SEED_LINES_2024 = [
  '13 juni 10-15, RÖS-möte, Viskadalens Folkhögskola',
  '19 augusti 10-15.30, RÖS-möte, Regionens hus, Göteborg',
  '18 september 10-17, RÖS-möte + Dialogmöte med underskrivare, återkommer om plats',
  '25 oktober 10-15, RÖS-möte, återkommer om plats',
  '29 november 10-15.30, RÖS-möte + dialogmöte med Sociala ekonomins råd, Regionens hus, Göteborg',
  '10 december 10-15, RÖS-möte, återkommer om plats',
];

const base = { titleSuffix: '', digitalLink: '', status: 'planned' as const, cancelReason: '', chairId: null, secretaryId: null };
const tba = { type: 'toBeAnnounced' as const };

export const seedMeetings2024: Array<MeetingDetails & { place: NonNullable<MeetingDetails['place']> }> = [
  { ...base, date: '2024-06-13', startTime: '10:00', endTime: '15:00', kind: 'RÖS-möte', place: { type: 'venue', venue: 'Viskadalens Folkhögskola', address: '' } },
  { ...base, date: '2024-08-19', startTime: '10:00', endTime: '15:30', kind: 'RÖS-möte', place: { type: 'venue', venue: 'Regionens hus', address: 'Göteborg' } },
  { ...base, date: '2024-09-18', startTime: '10:00', endTime: '17:00', kind: 'RÖS-möte + Dialogmöte', titleSuffix: 'med underskrivare', place: tba },
  { ...base, date: '2024-10-25', startTime: '10:00', endTime: '15:00', kind: 'RÖS-möte', place: tba },
  { ...base, date: '2024-11-29', startTime: '10:00', endTime: '15:30', kind: 'RÖS-möte + dialogmöte', titleSuffix: 'med Sociala ekonomins råd', place: { type: 'venue', venue: 'Regionens hus', address: 'Göteborg' } },
  { ...base, date: '2024-12-10', startTime: '10:00', endTime: '15:00', kind: 'RÖS-möte', place: tba },
];

export const agendaItem = (title: string, standing: boolean, minutes = 30): AgendaItem => ({
  id: crypto.randomUUID(), title, kind: 'discussion' as const, presenterMemberId: null, presenterText: 'Ordföranden',
  plannedMinutes: minutes, notes: '', standing, focusAreaIds: [],
});
