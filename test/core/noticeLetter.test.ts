// The kallelse's covering letter from its template: the `{fält}` of the standard phrases plus the OSA
// date (in Swedish, also under TZ=America/Los_Angeles and Asia/Tokyo), the refreshments, the link and
// the secretary's name; a line whose field the meeting leaves empty is left out; unknown fields are
// named so Inställningar can report them.
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../electron/shared/meetings/meeting';
import {
  fillTemplate, letterParagraphs, NOTICE_FIELDS, noticeFields, TEMPLATE_FIELDS, unknownFields,
} from '../../electron/shared/minutes/templates';
import { SETTINGS_ADDED_IN_VERSION_7 } from '../../electron/shared/store/schema';
import { seedMeetings2024 } from '../support/meetingFixtures';

const meeting = (patch: Partial<Meeting> = {}): Meeting => ({
  ...seedMeetings2024[0], rsvpDate: '', refreshments: '', id: crypto.randomUUID(), agenda: [], attendance: [], guests: [],
  createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', ...patch,
}) as Meeting;

/** The letter as a reader sees it: paragraphs of lines. */
const letter = (m: Meeting, secretary = 'Sekreterare Påhittad') =>
  letterParagraphs(SETTINGS_ADDED_IN_VERSION_7.noticeLetterTemplate, noticeFields(m, null, secretary))
    .map((lines) => lines.map((parts) => parts.map((p) => p.text).join('')));

describe('the kallelse letter', () => {
  it('fills the default template with time, place, OSA date, refreshments, link and signature', () => {
    const full = meeting({ rsvpDate: '2024-06-03', refreshments: 'Lunch serveras från 12.00', digitalLink: 'https://möte.exempel.se/rös' });
    expect(letter(full)).toEqual([
      ['Hej!'],
      ['Härmed kallas du till RÖS-möte torsdag 13 juni 2024 kl. 10.00–15.00.', 'Plats: Viskadalens Folkhögskola', 'Lunch serveras från 12.00'],
      ['Meddela senast 3 juni 2024 om du kommer, och om du behöver specialkost.', 'Du som deltar på distans ansluter via länken https://möte.exempel.se/rös'],
      ['Dagordningen finns nedan. Varmt välkommen!'],
      ['Med vänliga hälsningar', 'Sekreterare Påhittad'],
    ]);
  });

  it('leaves out a line whose field the meeting leaves empty, and a paragraph left empty', () => {
    expect(letter(meeting(), '')).toEqual([
      ['Hej!'],
      ['Härmed kallas du till RÖS-möte torsdag 13 juni 2024 kl. 10.00–15.00.', 'Plats: Viskadalens Folkhögskola'],
      ['Dagordningen finns nedan. Varmt välkommen!'],
      ['Med vänliga hälsningar'],
    ]);
  });

  it('marks the link as the field it came from, so the Word file can make it a link', () => {
    const [, , osa] = letterParagraphs(SETTINGS_ADDED_IN_VERSION_7.noticeLetterTemplate, noticeFields(meeting({ rsvpDate: '2024-06-03', digitalLink: 'https://möte.exempel.se/rös' }), null, ''));
    expect(osa![1]!.at(-1)).toEqual({ text: 'https://möte.exempel.se/rös', field: 'länk' });
  });

  it('keeps an unknown field as written, and names it', () => {
    const fields = noticeFields(meeting(), null, 'Sekreterare Påhittad');
    expect(fillTemplate('Välkommen {Datum}, {dautm}. {sekreterare}', fields)).toBe('Välkommen 13 juni 2024, {dautm}. Sekreterare Påhittad');
    expect(unknownFields('Välkommen {Datum}, {dautm} och {dautm}, {OSA senast}', NOTICE_FIELDS)).toEqual(['{dautm}']);
    expect(unknownFields('Nästa möte {länk}', TEMPLATE_FIELDS)).toEqual(['{länk}']);
    expect(unknownFields(SETTINGS_ADDED_IN_VERSION_7.noticeLetterTemplate, NOTICE_FIELDS)).toEqual([]);
  });
});
