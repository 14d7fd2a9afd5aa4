// Every screen checked with axe-core as a screen-reader user meets it: the year plan, a meeting with
// agenda and attendance, the minutes list and search, the editor in both forms and in meeting mode, the
// register with its forms, Inställningar, and the follow-up of the action plan with a decision and
// action items under its areas. No serious or critical violation may remain.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { EXAMPLE_ACTION_PLAN } from '../../electron/shared/actionPlans/actionPlan';
import { todayIso } from '../../electron/shared/format/isoDate';
import { sv } from '../../electron/shared/i18n/sv';
import type { Minutes } from '../../electron/shared/minutes/minutes';
import { sectionsOf } from '../../electron/shared/minutes/richText';
import { agendaItem, seedMeetings2024 } from '../support/meetingFixtures';
import { REFERENCE_SECTIONS, referenceMinutesDoc } from '../support/referenceMinutes';
import { memberInput, organisationInput } from '../support/registerFixtures';
import { launchApp, type LaunchedApp } from './harness';
import { newDataDir, openSection, seeder } from './fixtures';

/** The serious and critical violations on the page as it is now, each as "rule: target". */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.passes.length, 'axe ran its rules').toBeGreaterThan(10);
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
}

async function seed(app: LaunchedApp): Promise<Minutes> {
  const call = seeder(app.backend);
  const org = await call('saveOrganisation', { id: null, organisation: organisationInput() });
  const chair = await call('saveMember', { id: null, member: memberInput({ name: 'Åsa Påhittad', role: 'chair' }) });
  await call('saveMember', { id: null, member: memberInput({ name: 'Örjan Testare', email: 'orjan@example.se', side: 'civilSociety', party: '', organisationId: org.id }) });
  const year = Number(todayIso().slice(0, 4));
  const areas = EXAMPLE_ACTION_PLAN.areas.map((name) => ({ id: crypto.randomUUID(), name }));
  const focusAreaIds = [areas[1]!.id];
  await call('updateSettings', { actionPlans: [{ id: crypto.randomUUID(), title: EXAMPLE_ACTION_PLAN.title, fromYear: year, toYear: year + 1, areas }] });
  const meeting = await call('saveMeeting', { id: null, meeting: { ...seedMeetings2024[0], date: `${year}-12-10`, chairId: chair.id } });
  await call('saveAgenda', { meetingId: meeting.id, agenda: REFERENCE_SECTIONS.slice(0, 2).map((title) => ({ ...agendaItem(title, false), focusAreaIds })) });
  const minutes = await call('createMinutes', { meetingId: meeting.id, form: 'full' });
  const sectionIds = sectionsOf(minutes.body).map((s) => s.sectionId);
  const body = referenceMinutesDoc(sectionIds);
  const action = (what: string, status: 'open' | 'done') =>
    ({ id: crypto.randomUUID(), sectionId: sectionIds[0]!, what, responsibleMemberId: chair.id, responsibleText: '', due: `${year}-12-31`, status, focusAreaIds });
  await call('saveMinutesContent', { id: minutes.id, content: { title: minutes.title, form: 'full', body,
    decisions: [{ id: crypto.randomUUID(), sectionId: sectionIds[0]!, text: 'Gruppen stödjer läxhjälpen.', focusAreaIds }],
    actions: [action('Bjuda in studieförbunden', 'open'), action('Kartlägga läxhjälpen', 'done')] } });
  return minutes;
}

/** Opens the app on seeded data; `check` records the violations of the screen shown now. */
async function openSeeded() {
  const app = await launchApp({ dataDir: newDataDir() });
  const { page } = app;
  const minutes = await seed(app);
  await page.reload(); // the screens load what was seeded behind their back
  const found: Record<string, string[]> = {};
  const check = async (screen: string) => {
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    found[screen] = await violations(page);
  };
  const finish = async () => {
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((screen) => [screen, []])));
    expect(app.networkRequests).toEqual([]);
    await app.close();
  };
  return { app, page, minutes, check, finish };
}

// Three tests, not one: nine full axe analyses in one test ran past its time on a busy machine.
test('the year plan and a meeting have no serious or critical accessibility violation', async () => {
  const { page, check, finish } = await openSeeded();
  await openSection(page, 'meetings');
  await check('Möten');
  await page.getByRole('button', { name: /RÖS-möte/ }).first().click();
  await page.getByRole('heading', { name: sv.meetings.ui.attendanceHeading }).waitFor();
  await check('Mötet');
  await finish();
});

test('the minutes list with hits, the editor and meeting mode have no serious or critical accessibility violation', async () => {
  const { page, minutes, check, finish } = await openSeeded();
  await openSection(page, 'minutes');
  await page.getByRole('searchbox', { name: sv.minutes.ui.searchAll }).fill('Nära vård');
  await expect(page.getByRole('list', { name: /träff/ })).toBeVisible();
  await check('Anteckningar med sökträffar');
  await page.getByRole('button', { name: minutes.title }).click();
  await page.getByRole('textbox', { name: sv.minutes.ui.editorLabel }).waitFor();
  await page.getByRole('button', { name: sv.minutes.ui.editAttendance }).click();
  await check('Anteckningarna');
  await page.getByRole('button', { name: sv.minutes.ui.liveMode }).click();
  await check('Mötesläge');
  await finish();
});

test('the register with its form and Inställningar have no serious or critical accessibility violation', async () => {
  const { page, check, finish } = await openSeeded();
  await openSection(page, 'members');
  await check('Ledamöter');
  await page.getByRole('button', { name: sv.register.ui.newMember }).click();
  await check('Ny ledamot');
  await openSection(page, 'organisations');
  await check('Organisationer');
  await openSection(page, 'settings');
  await check('Inställningar');
  await finish();
});

test('the follow-up of the action plan has no serious or critical accessibility violation', async () => {
  const { page, check, finish } = await openSeeded();
  await openSection(page, 'followUp');
  await expect(page.getByRole('table', { name: sv.actionPlans.followUp.open })).toBeVisible();
  await expect(page.getByRole('table', { name: sv.actionPlans.followUp.done })).toBeVisible();
  await check('Uppföljning av handlingsplanen');
  await finish();
});
