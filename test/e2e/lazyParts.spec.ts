// The parts of the app whose code is read when first opened (one meeting's page, the other sections):
// if that code cannot be read, the user gets a Swedish message in the part's place, not an empty window,
// and can go on in another part.
import { expect, test } from '@playwright/test';
import { sv } from '../../electron/shared/i18n/sv';
import { launchApp } from './harness';
import { newDataDir, openSection } from './fixtures';

test('a meeting’s page or a section whose code cannot be read says so, and the rest of the app still works', async () => {
  // From the start: the shell reads the parts ahead a second after it is up.
  const app = await launchApp({ dataDir: newDataDir(), beforeLoad: (page) => page.route(/\/assets\/(MeetingPage|MembersPage)-[^/]*\.js$/, (route) => route.abort()) });
  try {
    const { page } = app;
    await expect(page.getByRole('heading', { name: sv.pages.meetings.title })).toBeVisible();

    await page.getByRole('button', { name: sv.meetings.ui.newMeeting }).click();
    await expect(page.getByRole('alert')).toHaveText(sv.lazyParts.loadFailed);
    await expect(page.getByRole('navigation', { name: sv.app.navLabel })).toBeVisible();

    await openSection(page, 'members');
    await expect(page.getByRole('alert')).toHaveText(sv.lazyParts.loadFailed);

    await openSection(page, 'organisations');
    await expect(page.getByRole('heading', { name: sv.pages.organisations.title })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  } finally {
    await app.close();
  }
});
