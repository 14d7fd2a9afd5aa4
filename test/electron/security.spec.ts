// The real window keeps to its Content-Security-Policy and to itself: from a load watched from its
// first request, through every section and the minutes editor (TipTap), no securitypolicyviolation,
// no console message about the policy, and no request to anything but the app's own files.
import { sv } from '../../electron/shared/i18n/sv';
import { createMeetingAndMinutes, expect, expectFirstScreen, openSection, requestsOutsideApp, test } from './app';

const headings: Record<keyof typeof sv.nav, string> = {
  meetings: sv.meetings.ui.yearHeading(new Date().getFullYear()),
  minutes: sv.pages.minutes.title,
  members: sv.pages.members.title,
  organisations: sv.pages.organisations.title,
  settings: sv.settings.title,
  followUp: sv.pages.followUp.title,
};

test('no CSP violation and no request outside the app, on every screen and in the editor', async ({ desktop }) => {
  const app = await desktop.launch(desktop.folders());
  await expectFirstScreen(app.window);
  // The collectors were in place before the window existed, but a load watched from its first request
  // leaves no doubt: load the page again with everything listening.
  await app.window.reload();
  await expectFirstScreen(app.window);

  for (const section of Object.keys(headings) as Array<keyof typeof sv.nav>) {
    await openSection(app.window, section);
    await expect(app.window.getByRole('heading', { level: 1 })).toHaveText(headings[section]);
  }
  const editor = await createMeetingAndMinutes(app.window);
  await editor.locator('p').first().click();
  await app.window.getByRole('button', { name: sv.minutes.ui.bold, exact: true }).click();
  await app.window.keyboard.type('Fet text i redigeraren');
  await expect(editor.locator('strong')).toHaveText('Fet text i redigeraren');

  expect(app.requests.filter((request) => request.page === app.window), 'the window’s own files were seen loading').not.toEqual([]);
  expect(app.cspViolations).toEqual([]);
  expect(requestsOutsideApp(app)).toEqual([]);
});
