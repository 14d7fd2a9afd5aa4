// The Swedish spelling check in the minutes editor: a misspelt word is marked once it is typed (not
// while the cursor is still at its end), the group's own words, an organisation's name and compounds
// are not; a right-click offers suggestions and picking one fixes the word in one step of undo;
// Alt+F7 goes to the next misspelt word by keyboard, and "Lägg till i ordlistan" keeps the word on disk
// and in Inställningar.
import { expect, test, type Page } from '@playwright/test';
import { sv } from '../../electron/shared/i18n/sv';
import { seedMeetings2024 } from '../support/meetingFixtures';
import { organisationInput } from '../support/registerFixtures';
import { launchApp, type LaunchedApp } from './harness';
import { newDataDir, openSection, readStore, seeder } from './fixtures';

const t = sv.minutes.ui;
const editor = (page: Page) => page.getByRole('textbox', { name: t.editorLabel });
const marked = (page: Page) => editor(page).locator('[aria-invalid="spelling"]');

/** New minutes of a meeting, the group's list holding "IOP" and the register an organisation, the cursor in the text. */
async function writeMinutes(app: LaunchedApp): Promise<void> {
  const seed = seeder(app.backend);
  await seed('saveMeeting', { id: null, meeting: seedMeetings2024[0] });
  await seed('saveOrganisation', { id: null, organisation: organisationInput({ name: 'Föreningen Xylofonvännerna' }) });
  await seed('updateSettings', { spellingWords: ['IOP'] });
  await openSection(app.page, 'minutes');
  await app.page.getByRole('button', { name: t.create }).click();
  await editor(app.page).getByRole('heading', { name: 'Övriga frågor' }).click();
  await app.page.keyboard.press('End');
  await app.page.keyboard.press('ArrowDown');
}

test('a misspelt word is marked once typed, the group’s words are not, and a suggestion fixes it in one undo step', async () => {
  const app = await launchApp({ dataDir: newDataDir() });
  const { page } = app;
  await writeMinutes(app);
  await page.keyboard.type('Xylofonvännerna och IOP:s civilsamhällesrepresentanter möttes i en felstavadd kommmun', { delay: 5 });
  // The earlier misspelling is marked; the word at the cursor is still being written.
  await expect(marked(page)).toHaveText(['felstavadd']);
  await page.keyboard.type('. ');
  await expect(marked(page)).toHaveText(['felstavadd', 'kommmun']);

  await marked(page).filter({ hasText: 'kommmun' }).click({ button: 'right' });
  const menu = page.getByRole('menu', { name: sv.spelling.menuLabel('kommmun') });
  await menu.getByRole('menuitem', { name: 'kommun', exact: true }).click();
  await expect(editor(page)).toContainText('en felstavadd kommun.');
  await expect(marked(page)).toHaveText(['felstavadd']);
  await expect(menu).toBeHidden();

  await page.keyboard.press('Control+z');
  await expect(editor(page)).toContainText('en felstavadd kommmun.');
  await app.close();
});

test('Alt+F7 opens the next misspelt word’s menu by keyboard, and "Lägg till i ordlistan" keeps the word on disk', async () => {
  const dataDir = newDataDir();
  const app = await launchApp({ dataDir });
  const { page } = app;
  await writeMinutes(app);
  await page.keyboard.type('Vi besökte Sensus lokaler. ', { delay: 5 });
  await expect(marked(page)).toHaveText(['Sensus']);

  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Alt+F7');
  const menu = page.getByRole('menu', { name: sv.spelling.menuLabel('Sensus') });
  await expect(menu.getByRole('menuitem', { name: 'Konsensus' })).toBeVisible();
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem', { name: sv.spelling.addToList })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(marked(page)).toHaveCount(0);
  await expect(editor(page)).toBeFocused();
  await expect.poll(() => readStore(dataDir).settings.spellingWords).toEqual(['IOP', 'Sensus']);

  await openSection(page, 'settings');
  await expect(page.getByLabel(sv.spelling.listLabel)).toHaveValue('IOP\nSensus');
  await app.close();
});
