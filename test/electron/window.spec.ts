// The real window: a fresh start shows RÖS Sekreterare with its Swedish menu and Möten, working in the
// data folder it was given; a second start hands over to the first window and ends; the window opens
// again where the user left it.
import { sv } from '../../electron/shared/i18n/sv';
import { chooseMenuItem, expect, expectFirstScreen, menuLabels, quitWithMenu, startSecondInstance, test, windowState } from './app';

const m = sv.menu;

test('a first start shows the Swedish window, menu and Möten, on the data folder it was given', async ({ desktop }) => {
  const folders = desktop.folders();
  const app = await desktop.launch(folders);
  await expectFirstScreen(app.window);
  expect(await app.electron.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((window) => window.getTitle()))).toEqual([sv.app.name]);

  const menus = [m.file, m.edit, m.view, m.meeting, m.window, m.help];
  // On macOS the first menu is the application's own (named after the app), before Arkiv.
  expect(await menuLabels(app)).toEqual(process.platform === 'darwin' ? [sv.app.name, ...menus] : menus);

  // Hjälp → Om: the data file is in the folder the app was started on, not the user's own.
  await chooseMenuItem(app, [m.help, m.about]);
  const about = app.window.getByRole('dialog', { name: m.about });
  await expect(about).toContainText(folders.dataDir);
  await about.getByRole('button', { name: m.close }).click();
  await expect(about).toBeHidden();
});

test('a second start hands over to the first window and ends at once', async ({ desktop }) => {
  const folders = desktop.folders();
  const first = await desktop.launch(folders);
  await expectFirstScreen(first.window);
  await first.electron.evaluate(({ app }) => {
    const seen = globalThis as { secondStarts?: number };
    seen.secondStarts = 0;
    app.on('second-instance', () => (seen.secondStarts = (seen.secondStarts ?? 0) + 1));
  });
  // Another window is in front, as when the user starts the app again from the desktop.
  await first.electron.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.blur());
  const lostFocus = !(await windowState(first)).focused;

  const second = await startSecondInstance(first);
  expect(second.exitCode, second.output).toBe(0);
  await expect.poll(() => first.electron.evaluate(() => (globalThis as { secondStarts?: number }).secondStarts)).toBe(1);
  await expect.poll(async () => {
    const { windows, visible, minimized } = await windowState(first);
    return { windows, visible, minimized };
  }).toEqual({ windows: 1, visible: true, minimized: false });
  if (lostFocus) {
    await expect.poll(async () => (await windowState(first)).focused, 'the first window has the focus again').toBe(true);
  } else {
    test.info().annotations.push({ type: 'focus not checked', description: 'this desktop did not let the window lose the focus (blur), so getting it back cannot be seen' });
  }
  await expectFirstScreen(first.window);
});

test('the window opens again where it was left', async ({ desktop }) => {
  const folders = desktop.folders();
  const first = await desktop.launch(folders);
  await expectFirstScreen(first.window);
  // A place inside the main screen's work area that is neither the default size nor centred.
  const place = await first.electron.evaluate(({ screen }) => {
    const area = screen.getPrimaryDisplay().workArea;
    return { x: area.x + 24, y: area.y + 24, width: Math.max(900, Math.min(area.width - 64, 1000)), height: Math.max(600, Math.min(area.height - 64, 660)) };
  });
  expect((await windowState(first)).bounds).not.toEqual(place);
  await first.electron.evaluate(({ BrowserWindow }, bounds) => BrowserWindow.getAllWindows()[0]?.setBounds(bounds), place);
  await expect.poll(async () => (await windowState(first)).bounds).toEqual(place);
  await quitWithMenu(first);

  const again = await desktop.launch(folders);
  await expectFirstScreen(again.window);
  await expect.poll(async () => (await windowState(again)).bounds).toEqual(place);
});
