// Nothing typed is lost by quitting: a sentence typed into new minutes, Arkiv → Avsluta chosen a moment
// later (well inside the autosave's wait): the data folder has it when the app has ended, and the next
// start shows it.
import { sv } from '../../electron/shared/i18n/sv';
import { chooseMenuItem, createMeetingAndMinutes, expect, expectFirstScreen, jsonFilesContaining, openTheMinutes, test, typeInFirstSection } from './app';

const sentence = 'Lokalfrågan för nätverksmötet i Vänersborg bereds till nästa möte';

test('a sentence typed just before Arkiv → Avsluta is there after the next start', async ({ desktop }) => {
  const folders = desktop.folders();
  const first = await desktop.launch(folders);
  await expectFirstScreen(first.window);
  await createMeetingAndMinutes(first.window);

  await typeInFirstSection(first.window, sentence);
  const lastKey = performance.now();
  const closed = first.electron.waitForEvent('close', { timeout: 30_000 });
  await chooseMenuItem(first, [sv.menu.file, sv.menu.quit]);
  expect(performance.now() - lastKey, 'ms from the last key to Avsluta').toBeLessThan(300);
  await closed;
  expect(jsonFilesContaining(folders.dataDir, sentence), `a .json file in ${folders.dataDir} with the sentence`).not.toEqual([]);

  const again = await desktop.launch(folders);
  await expectFirstScreen(again.window);
  await expect(await openTheMinutes(again.window)).toContainText(sentence);
});
