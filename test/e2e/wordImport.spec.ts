// Importera anteckningar från Word through the menu and the screen: two .docx files (one the app exported, one made
// by hand with a list, bold, a link and a table) chosen at once, the preview of each, the import, the
// imported minutes opened, and a word of the hand-made file found at once by the minutes search.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sv } from '../../electron/shared/i18n/sv';
import type { Minutes } from '../../electron/shared/minutes/minutes';
import { sectionsOf } from '../../electron/shared/minutes/richText';
import { HAND_MADE_DATE, HAND_MADE_TITLE, HAND_MADE_WORD, handMadeDocx } from '../support/handMadeDocx';
import { seedMeetings2024 } from '../support/meetingFixtures';
import { referenceMinutesDoc } from '../support/referenceMinutes';
import { launchApp } from './harness';
import { newDataDir, openSection, readStore, seeder } from './fixtures';

const w = sv.wordImport;
const t = sv.minutes.ui;

test('two Word files are previewed, imported, opened and found by the search', async () => {
  const dataDir = newDataDir();
  const out = mkdtempSync(join(tmpdir(), 'ros-word-'));
  const app = await launchApp({ dataDir });
  const { page } = app;
  const call = seeder(app.backend);

  // Minutes the app exported, removed again so that their meeting waits for them.
  const meeting = await call('saveMeeting', { id: null, meeting: { ...seedMeetings2024[0], date: '2021-04-28', status: 'held' } });
  const minutes = await call('createMinutes', { meetingId: meeting.id, form: 'brief' }) as Minutes;
  const body = referenceMinutesDoc(['a', 'b', 'c']);
  await call('saveMinutesContent', { id: minutes.id, content: { title: minutes.title, form: 'brief', body, decisions: [], actions: [] } });
  const exported = join(out, 'Kortfattade anteckningar RÖS 2021-04-28.docx');
  await app.backend.control({ type: 'answer', answers: { savePath: exported } });
  await call('exportMinutes', { id: minutes.id, format: 'docx' });
  await call('deleteMinutes', { id: minutes.id });
  const handMade = join(out, 'Anteckningar mars 2019.docx');
  writeFileSync(handMade, await handMadeDocx());
  await app.backend.control({ type: 'answer', answers: { openFiles: [exported, handMade] } });

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /^Möten/ })).toBeVisible();
  // Arkiv → Importera anteckningar från Word … from another screen opens Anteckningar with the preview;
  // Avbryt leaves it with nothing saved, and the button on the screen starts it again.
  await app.menu('importWord');
  await expect(page.getByRole('heading', { name: w.lead })).toBeFocused();
  await page.getByRole('button', { name: w.cancel }).click();
  await expect(page.getByRole('button', { name: w.button })).toBeFocused();
  await page.getByRole('button', { name: w.button }).click();

  const exportedFile = page.getByRole('article', { name: 'Kortfattade anteckningar RÖS 2021-04-28.docx' });
  const handMadeFile = page.getByRole('article', { name: 'Anteckningar mars 2019.docx' });
  await expect(page.getByRole('heading', { name: w.lead })).toBeFocused();
  await expect(exportedFile).toContainText(minutes.title);
  await expect(exportedFile).toContainText(w.meetingFound('28 april 2021, RÖS-möte'));
  await expect(exportedFile).toContainText(sectionsOf(body).map((s) => s.title).join(' · '));
  await expect(handMadeFile).toContainText(HAND_MADE_TITLE);
  await expect(handMadeFile).toContainText(w.meetingCreated('RÖS-möte'));
  await expect(handMadeFile.getByRole('listitem').filter({ hasText: w.notes.table(2) })).toBeVisible();
  await expect(handMadeFile.getByRole('checkbox', { name: w.include('Anteckningar mars 2019.docx') })).toBeChecked();
  const axe = await new AxeBuilder({ page }).include('.word-import-preview').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  // Nothing is saved before the secretary chooses.
  expect(readStore(dataDir).minutes).toEqual([]);

  await page.getByRole('button', { name: w.importChosen(2) }).click();
  await expect(page.getByRole('status').filter({ hasText: w.imported(2) })).toBeFocused();
  const stored = readStore(dataDir);
  expect(stored.minutes.map((m) => m.title).sort()).toEqual([HAND_MADE_TITLE, minutes.title].sort());
  expect(stored.meetings.map((m) => m.date).sort()).toEqual([HAND_MADE_DATE, '2021-04-28']);
  await expect(page.getByRole('table', { name: t.tableLabel })).toContainText(HAND_MADE_TITLE);

  await page.getByRole('button', { name: w.open(HAND_MADE_TITLE) }).click();
  const editor = page.getByRole('textbox', { name: t.editorLabel });
  await expect(editor).toContainText(`Ordföranden hälsade alla välkomna, särskilt ${HAND_MADE_WORD} som var ny.`);
  await expect(editor.locator('strong', { hasText: HAND_MADE_WORD })).toBeVisible();
  await expect(editor.getByRole('link', { name: 'rapportsidan' })).toHaveAttribute('href', 'https://exempel.se/rapport?a=1&b=två');
  await expect(editor.locator('li li')).toHaveText('Borås och Skövde');

  await openSection(page, 'members');
  await page.keyboard.press('Control+Shift+F');
  const search = page.getByRole('searchbox', { name: t.searchAll });
  await expect(search).toBeFocused();
  await search.fill(HAND_MADE_WORD);
  await expect(page.getByText(t.searchResults(1))).toBeVisible();
  await app.close();
});
