// The follow-up of the action plan through the UI: the 2020–2022 plan added as the ready example in
// Inställningar (a wrong period named in Swedish at the field), an agenda item, a decision and an action
// item tagged with a focus area by keyboard alone, the follow-up showing them under the right year and
// area, and its Word export read back; a decision and an action item already in the minutes tagged
// again by keyboard, kept after a reload and counted under the new area.
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { EXAMPLE_ACTION_PLAN } from '../../electron/shared/actionPlans/actionPlan';
import { sv } from '../../electron/shared/i18n/sv';
import type { Meeting } from '../../electron/shared/meetings/meeting';
import type { Minutes } from '../../electron/shared/minutes/minutes';
import { sectionsOf } from '../../electron/shared/minutes/richText';
import { checkDocxStructure } from '../support/docxStructure';
import { docxToText } from '../support/libreoffice';
import { agendaItem, seedMeetings2024 } from '../support/meetingFixtures';
import { launchApp } from './harness';
import { newDataDir, openSection, readStore, seeder } from './fixtures';
import { pressOn, tabTo } from './keyboardSteps';

const s = sv.actionPlans.settings;
const f = sv.actionPlans.followUp;
const studies = EXAMPLE_ACTION_PLAN.areas[1];

test('the example plan, tags set by keyboard, the follow-up per year and area, and its Word export', async () => {
  // A walk through four screens and a Word file read back through LibreOffice.
  test.slow();
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir });
  const { page } = app;
  const call = seeder(app.backend);
  const meeting = await call('saveMeeting', { id: null, meeting: { ...seedMeetings2024[0], date: '2021-04-28', status: 'held' } }) as Meeting;
  await call('saveAgenda', { meetingId: meeting.id, agenda: [agendaItem('Läxhjälp i Angered', false), agendaItem('Övriga frågor', true, 10)] });
  const minutes = await call('createMinutes', { meetingId: meeting.id, form: 'full' }) as Minutes;
  await page.reload();

  // Inställningar: the ready example, and a period that ends before it starts refused in Swedish.
  await openSection(page, 'settings');
  await page.getByRole('button', { name: s.addExample }).click();
  const plan = page.getByRole('region', { name: EXAMPLE_ACTION_PLAN.title });
  await expect(plan.getByLabel(s.areaLabel(2))).toHaveValue(studies);
  await expect.poll(() => readStore(dataDir).settings.actionPlans.map((p) => p.areas.map((a) => a.name))).toEqual([[...EXAMPLE_ACTION_PLAN.areas]]);
  const toYear = plan.getByLabel(s.toYear);
  await toYear.fill('2019');
  await expect(toYear).toHaveAccessibleDescription(sv.actionPlans.fieldErrors.endBeforeStart);
  await toYear.fill('2022');
  await expect(toYear).not.toHaveAttribute('aria-invalid');
  const studiesId = readStore(dataDir).settings.actionPlans[0]!.areas[1]!.id;
  // An action item done earlier, tagged through the backend: the follow-up tells done from open.
  const sectionId = sectionsOf(minutes.body)[0]!.sectionId;
  await call('saveMinutesContent', { id: minutes.id, content: { title: minutes.title, form: 'full', body: minutes.body, decisions: [], actions: [
    { id: crypto.randomUUID(), sectionId, what: 'Kartlägga studieförbunden', responsibleMemberId: null, responsibleText: 'Kansliet', due: '2021-05-15', status: 'done', focusAreaIds: [studiesId] },
  ] } });

  // The agenda item, by keyboard: Ändra, tick the area with Space, Spara.
  await openSection(page, 'meetings');
  for (let year = new Date().getFullYear(); year > 2021; year--) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(sv.meetings.ui.yearHeading(year));
    await page.getByRole('button', { name: sv.meetings.ui.previousYear }).click();
  }
  await page.locator(`[data-meeting-id="${meeting.id}"]`).click();
  await tabTo(page, page.getByRole('button', { name: sv.meetings.ui.editItem('Läxhjälp i Angered') }), 60);
  await pressOn(page, page.getByRole('button', { name: sv.meetings.ui.editItem('Läxhjälp i Angered') }));
  const box = page.getByRole('group', { name: sv.actionPlans.tags.legend }).getByRole('checkbox', { name: studies });
  await tabTo(page, box);
  await pressOn(page, box, 'Space');
  await expect(box).toBeChecked();
  const save = page.locator('.agenda-item-form').getByRole('button', { name: sv.meetings.ui.save, exact: true });
  await tabTo(page, save);
  await pressOn(page, save);
  const agenda = page.getByRole('list', { name: sv.meetings.ui.agendaHeading });
  await expect(agenda.getByRole('list', { name: sv.actionPlans.tags.chipsLabel })).toHaveText(studies);
  await expect.poll(() => readStore(dataDir).meetings[0]!.agenda[0]!.focusAreaIds).toEqual([studiesId]);

  // A decision and an action item in the minutes, by keyboard from their text fields.
  await page.getByRole('button', { name: sv.minutes.ui.writeMinutes }).click();
  /** Types the text in its field, then by keyboard ticks the area in the group and presses the button. */
  const addTagged = async (field: string, text: string, group: string, button: string) => {
    await page.getByRole('textbox', { name: field, exact: true }).focus();
    await page.keyboard.type(text);
    const areaBox = page.getByRole('group', { name: group }).getByRole('checkbox', { name: studies });
    await tabTo(page, areaBox);
    await pressOn(page, areaBox, 'Space');
    await tabTo(page, page.getByRole('button', { name: button }));
    await pressOn(page, page.getByRole('button', { name: button }));
  };
  await addTagged(sv.minutes.ui.decision, 'Gruppen stödjer läxhjälpen', sv.actionPlans.tags.ofDecision, sv.minutes.ui.addDecision);
  await addTagged(sv.minutes.ui.action, 'Bjuda in studieförbunden', sv.actionPlans.tags.ofAction, sv.minutes.ui.addAction);
  await expect(page.getByRole('list', { name: sv.minutes.ui.decisionsHeading }).getByRole('list', { name: sv.actionPlans.tags.chipsLabel })).toHaveText(studies);
  await expect(page.getByRole('table', { name: sv.minutes.ui.actionsHeading }).getByRole('list', { name: sv.actionPlans.tags.chipsLabel })).toHaveText([studies, studies]);
  await expect.poll(() => readStore(dataDir).minutes[0]!.decisions.map((d) => [d.text, d.focusAreaIds])).toEqual([['Gruppen stödjer läxhjälpen', [studiesId]]]);
  await expect.poll(() => readStore(dataDir).minutes[0]!.actions.length).toBe(2);

  // The follow-up: under 2021 and the area, the meeting and item, the decision, done and open actions.
  await openSection(page, 'followUp');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(sv.pages.followUp.title);
  const area2021 = page.getByRole('region', { name: '2021' }).getByRole('region', { name: studies });
  await expect(area2021.getByRole('listitem')).toHaveText([
    f.meetingLine('28 april 2021', 'RÖS-möte', 'Läxhjälp i Angered'),
    f.decisionLine('Gruppen stödjer läxhjälpen', '28 april 2021'),
  ]);
  await expect(area2021.getByRole('table', { name: f.done }).getByRole('row')).toHaveText([/Åtgärd/, /Kartlägga studieförbunden.*Kansliet.*15 maj 2021/]);
  await expect(area2021.getByRole('table', { name: f.open }).getByRole('row')).toHaveText([/Åtgärd/, /Bjuda in studieförbunden/]);
  await expect(page.getByRole('region', { name: '2020' }).getByRole('region', { name: studies })).toHaveText(new RegExp(f.emptyArea(2020)));
  await expect(page.getByRole('region', { name: '2021' }).getByRole('region', { name: EXAMPLE_ACTION_PLAN.areas[0] })).toHaveText(new RegExp(f.emptyArea(2021)));

  const path = join(mkdtempSync(join(tmpdir(), 'ros-e2e-out-')), 'Uppföljning.docx');
  await app.backend.control({ type: 'answer', answers: { savePath: path } });
  await page.getByRole('button', { name: f.export }).click();
  await expect(page.getByText(sv.exports.saved(path))).toBeVisible();
  const bytes = await readFile(path);
  expect((await checkDocxStructure(bytes)).problems).toEqual([]);
  const text = await docxToText(bytes);
  for (const line of ['Läxhjälp i Angered', 'Gruppen stödjer läxhjälpen', 'Kartlägga studieförbunden', 'Bjuda in studieförbunden', f.emptyArea(2020)]) expect(text).toContain(line);
  expect(app.networkRequests).toEqual([]);
  await app.close();
});

test('a decision and an action item already in the minutes are tagged again by keyboard, and the follow-up counts them under the new area', async () => {
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir });
  const { page } = app;
  const call = seeder(app.backend);
  const area = (name: string) => ({ id: crypto.randomUUID(), name });
  const health = area(EXAMPLE_ACTION_PLAN.areas[0]);
  const study = area(studies);
  await call('updateSettings', { actionPlans: [{ id: crypto.randomUUID(), title: EXAMPLE_ACTION_PLAN.title, fromYear: 2020, toYear: 2022, areas: [health, study] }] });
  const meeting = await call('saveMeeting', { id: null, meeting: { ...seedMeetings2024[0], date: '2021-04-28', status: 'held' } }) as Meeting;
  await call('saveAgenda', { meetingId: meeting.id, agenda: [agendaItem('Läxhjälp i Angered', false)] });
  const minutes = await call('createMinutes', { meetingId: meeting.id, form: 'full' }) as Minutes;
  const sectionId = sectionsOf(minutes.body)[0]!.sectionId;
  await call('saveMinutesContent', { id: minutes.id, content: { title: minutes.title, form: 'full', body: minutes.body,
    decisions: [{ id: crypto.randomUUID(), sectionId, text: 'Gruppen stödjer läxhjälpen', focusAreaIds: [health.id] }],
    actions: [{ id: crypto.randomUUID(), sectionId, what: 'Bjuda in studieförbunden', responsibleMemberId: null, responsibleText: 'Kansliet', due: '', status: 'open', focusAreaIds: [health.id] }],
  } });
  await page.reload();
  const tags = sv.actionPlans.tags;
  const openMinutes = async () => {
    await openSection(page, 'minutes');
    await page.getByRole('button', { name: minutes.title }).click();
    await page.getByRole('textbox', { name: sv.minutes.ui.editorLabel }).waitFor();
  };
  const decisionChips = page.getByRole('list', { name: sv.minutes.ui.decisionsHeading }).getByRole('list', { name: tags.chipsLabel });
  const actionChips = page.getByRole('table', { name: sv.minutes.ui.actionsHeading }).getByRole('list', { name: tags.chipsLabel });
  await openMinutes();
  await expect(decisionChips).toHaveText(health.name);

  /** From the field before, Tab to the item's toggle, open it, untick the old area, tick the new one, close it. */
  const retag = async (item: string, legend: string) => {
    const toggle = page.getByRole('button', { name: tags.editOf(item) });
    await tabTo(page, toggle, 60);
    await pressOn(page, toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const group = page.getByRole('group', { name: legend });
    for (const [name, checked] of [[health.name, false], [study.name, true]] as const) {
      const box = group.getByRole('checkbox', { name });
      await tabTo(page, box);
      await pressOn(page, box, 'Space');
      await expect(box).toBeChecked({ checked });
    }
    await tabTo(page, toggle, 10, 'Shift+Tab');
    await pressOn(page, toggle);
    await expect(group).toBeHidden();
  };
  await page.getByRole('textbox', { name: sv.minutes.ui.decision, exact: true }).focus();
  await retag('Gruppen stödjer läxhjälpen', tags.ofThisDecision('Gruppen stödjer läxhjälpen'));
  await expect(decisionChips).toHaveText(study.name);
  await retag('Bjuda in studieförbunden', tags.ofThisAction('Bjuda in studieförbunden'));
  await expect(actionChips).toHaveText(study.name);
  await expect.poll(() => {
    const stored = readStore(dataDir).minutes[0]!;
    return [...stored.decisions, ...stored.actions].map((x) => x.focusAreaIds);
  }).toEqual([[study.id], [study.id]]);

  // Reloaded and opened again: the new areas are what the minutes and the follow-up show.
  await page.reload();
  await openMinutes();
  await expect(decisionChips).toHaveText(study.name);
  await expect(actionChips).toHaveText(study.name);
  await openSection(page, 'followUp');
  const year2021 = page.getByRole('region', { name: '2021' });
  await expect(year2021.getByRole('region', { name: study.name }).getByRole('listitem')).toHaveText([f.decisionLine('Gruppen stödjer läxhjälpen', '28 april 2021')]);
  await expect(year2021.getByRole('region', { name: study.name }).getByRole('table', { name: f.open }).getByRole('row')).toHaveText([/Åtgärd/, /Bjuda in studieförbunden/]);
  await expect(year2021.getByRole('region', { name: health.name })).toHaveText(new RegExp(f.emptyArea(2021)));
  expect(app.networkRequests).toEqual([]);
  await app.close();
});
