/**
 * The starting point of the carry-over tests: a meeting held on Tuesday 25 February 2025, six weeks
 * after the one before it, whose minutes have two open action items (one with a member from the
 * register and a date, one with a typed name), and the steps to open it in Möten.
 */
import { expect, type Page } from '@playwright/test';
import { sv } from '../../electron/shared/i18n/sv';
import type { Meeting } from '../../electron/shared/meetings/meeting';
import type { Minutes } from '../../electron/shared/minutes/minutes';
import { sectionsOf } from '../../electron/shared/minutes/richText';
import type { Member } from '../../electron/shared/register/member';
import { agendaItem, seedMeetings2024 } from '../support/meetingFixtures';
import { memberInput } from '../support/registerFixtures';
import type { LaunchedApp } from './harness';
import { openSection, seeder } from './fixtures';

/** The open action items as the follow-up lists them: what – who, by when. */
export const CARRIED = ['Skicka reviderad aktivitetsplan – Berit Påhittad, senast 15 mars 2025', 'Boka lokal till hösten – kansliet'];

/** The next meeting "Skapa nästa möte" proposes, six weeks on. */
export const NEXT_MEETING = 'RÖS-möte, tisdag 8 april 2025 kl. 10.00–15.00';

/** Seeds the held meeting and its minutes through the backend; reload the page to see them. */
export async function seedHeldMeetingWithOpenActions(app: LaunchedApp): Promise<Meeting> {
  const call = seeder(app.backend);
  const berit = await call('saveMember', { id: null, member: memberInput({ name: 'Berit Påhittad', email: 'berit@example.se' }) }) as Member;
  await call('saveMeeting', { id: null, meeting: { ...seedMeetings2024[0], date: '2025-01-14', status: 'held' } });
  const held = await call('saveMeeting', { id: null, meeting: { ...seedMeetings2024[0], date: '2025-02-25', status: 'held' } }) as Meeting;
  await call('saveAgenda', { meetingId: held.id, agenda: [agendaItem('Aktivitetsplanen', false), agendaItem('Övriga frågor', true, 10)] });
  const minutes = await call('createMinutes', { meetingId: held.id, form: 'full' }) as Minutes;
  const sectionId = sectionsOf(minutes.body)[0]!.sectionId;
  const action = (what: string, patch: object) => ({ id: crypto.randomUUID(), sectionId, what, responsibleMemberId: null, responsibleText: '', due: '', status: 'open', ...patch });
  await call('saveMinutesContent', { id: minutes.id, content: {
    title: minutes.title, form: 'full', body: minutes.body, decisions: [],
    actions: [action('Skicka reviderad aktivitetsplan', { responsibleMemberId: berit.id, due: '2025-03-15' }), action('Boka lokal till hösten', { responsibleText: 'kansliet' })],
  } });
  return held;
}

/** Opens Möten, goes back year by year to 2025 and opens `meeting`. */
export async function openHeldMeeting(page: Page, meeting: Meeting): Promise<void> {
  await openSection(page, 'meetings');
  const heading = page.getByRole('heading', { level: 1 });
  for (let year = new Date().getFullYear(); year > 2025; year--) {
    await expect(heading).toHaveText(sv.meetings.ui.yearHeading(year));
    await page.getByRole('button', { name: sv.meetings.ui.previousYear }).click();
  }
  await page.locator(`[data-meeting-id="${meeting.id}"]`).click();
}
