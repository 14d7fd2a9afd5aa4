// The README's pictures of the main screens, taken by the browser suite on a data folder of invented
// people and organisations, the 2024 year plan and the group's reference minutes. Each screen must show
// what was entered before it is photographed. Pictures go to test-results/screenshots, or to the folder
// in ROS_SCREENSHOTS_DIR (`npm run screenshots` writes docs/screenshots).
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { sv } from '../../electron/shared/i18n/sv';
import { EXAMPLE_ACTION_PLAN } from '../../electron/shared/actionPlans/actionPlan';
import type { Minutes } from '../../electron/shared/minutes/minutes';
import { sectionsOf } from '../../electron/shared/minutes/richText';
import { agendaItem, seedMeetings2024 } from '../support/meetingFixtures';
import { REFERENCE_DATE, REFERENCE_SECTIONS, referenceMinutesDoc } from '../support/referenceMinutes';
import { memberInput, organisationInput } from '../support/registerFixtures';
import { launchApp, type LaunchedApp } from './harness';
import { newDataDir, openSection, seeder } from './fixtures';

const out = process.env.ROS_SCREENSHOTS_DIR ?? join(import.meta.dirname, '../../test-results/screenshots');

const organisations = [
  organisationInput(),
  organisationInput({ name: 'Föreningen Påhittad Gemenskap', orgNumber: '', kind: 'nonProfit', municipality: 'Borås', approvedOn: '2019-05-02' }),
  organisationInput({ name: 'Studieförbundet Låtsas Väst', orgNumber: '252002-0005', kind: 'studyAssociation', municipality: 'Göteborg', approvedOn: '2021-09-14' }),
];

async function seed(app: LaunchedApp): Promise<Minutes> {
  const call = seeder(app.backend);
  const ids: string[] = [];
  for (const organisation of organisations) ids.push((await call('saveOrganisation', { id: null, organisation })).id);
  for (const member of [
    memberInput({ name: 'Åsa Påhittad', role: 'chair' }),
    memberInput({ name: 'Bengt Exempelsson', email: 'bengt@example.se', party: 'Låtsaspartiet' }),
    memberInput({ name: 'Örjan Testare', email: 'orjan@example.se', side: 'civilSociety', party: '', organisationId: ids[0] ?? null, role: 'viceChair' }),
    memberInput({ name: 'Karin Fiktiv', email: 'karin@example.se', side: 'civilSociety', party: '', organisationId: ids[2] ?? null }),
    memberInput({ name: 'Nils Påhitt', email: 'nils@example.se', side: 'regionOfficial', party: '', role: 'processLeader' }),
  ]) await call('saveMember', { id: null, member });
  await call('updateSettings', { secretaryName: 'Alva Påhittad' });
  for (const meeting of seedMeetings2024) await call('saveMeeting', { id: null, meeting });
  const meeting = await call('saveMeeting', { id: null, meeting: { ...seedMeetings2024[0], date: REFERENCE_DATE } });
  // The 2020–2022 plan, with the reference meeting's first item, a decision and two actions tagged.
  const areas = EXAMPLE_ACTION_PLAN.areas.map((name) => ({ id: crypto.randomUUID(), name }));
  await call('updateSettings', { actionPlans: [{ ...EXAMPLE_ACTION_PLAN, id: crypto.randomUUID(), areas }] });
  const iop = [areas[4]!.id];
  const agenda = REFERENCE_SECTIONS.slice(0, 2).map((title, i) => ({ ...agendaItem(title, false), focusAreaIds: i === 0 ? iop : [] }));
  await call('saveAgenda', { meetingId: meeting.id, agenda });
  const minutes = await call('createMinutes', { meetingId: meeting.id, form: 'brief' });
  const sectionIds = sectionsOf(minutes.body).map((s) => s.sectionId);
  const body = referenceMinutesDoc(sectionIds);
  const sectionId = sectionIds[0]!;
  const action = (what: string, responsibleText: string, due: string, status: 'open' | 'done') =>
    ({ id: crypto.randomUUID(), sectionId, what, responsibleMemberId: null, responsibleText, due, status, focusAreaIds: iop });
  await call('saveMinutesContent', { id: minutes.id, content: { title: minutes.title, form: 'brief', body,
    decisions: [{ id: crypto.randomUUID(), sectionId, text: 'Gruppen ställer sig bakom förslaget till IOP-riktlinje.', focusAreaIds: iop }],
    actions: [action('Skicka riktlinjen till referensgruppen', 'Örjan Testare', '2021-05-20', 'done'), action('Samla exempel på partnerskap i kommunerna', 'Karin Fiktiv', '2021-09-30', 'open')] } });
  return minutes;
}

const shoot = (page: Page, file: string) => page.screenshot({ path: join(out, file) });

test('the main screens, photographed for the README with what was entered on them', async () => {
  const app = await launchApp({ dataDir: newDataDir() });
  const { page } = app;
  const minutes = await seed(app);
  await page.reload(); // the screens load what was seeded behind their back

  const t = sv.meetings.ui;
  const heading = page.getByRole('heading', { level: 1 });
  await openSection(page, 'meetings');
  for (let year = new Date().getFullYear(); year > 2024; year--) {
    await expect(heading).toHaveText(t.yearHeading(year));
    await page.getByRole('button', { name: t.previousYear }).click();
  }
  await expect(page.getByText(/13 juni 2024/).first()).toBeVisible();
  await shoot(page, 'moten.png');

  await openSection(page, 'members');
  await expect(page.getByText('Örjan Testare').first()).toBeVisible();
  await shoot(page, 'ledamoter.png');
  await openSection(page, 'organisations');
  await expect(page.getByText('Studieförbundet Låtsas Väst').first()).toBeVisible();
  await shoot(page, 'organisationer.png');
  await openSection(page, 'settings');
  await expect(page.getByLabel(sv.settings.secretaryName)).toHaveValue('Alva Påhittad');
  await shoot(page, 'installningar.png');
  await openSection(page, 'minutes');
  await expect(page.getByRole('button', { name: minutes.title })).toBeVisible();
  await shoot(page, 'anteckningar-lista.png');
  await page.getByRole('button', { name: minutes.title }).click();
  await expect(page.getByRole('textbox', { name: sv.minutes.ui.editorLabel })).toContainText(REFERENCE_SECTIONS[0]!);
  await heading.scrollIntoViewIfNeeded();
  await shoot(page, 'anteckningar.png');

  await openSection(page, 'followUp');
  const year2021 = page.getByRole('region', { name: '2021' });
  await expect(year2021.getByRole('region', { name: EXAMPLE_ACTION_PLAN.areas[4] }).getByRole('table', { name: sv.actionPlans.followUp.open })).toContainText('Karin Fiktiv');
  await year2021.evaluate((section) => section.scrollIntoView({ block: 'start' }));
  await shoot(page, 'uppfoljning.png');

  expect(app.networkRequests).toEqual([]);
  await app.close();
});
