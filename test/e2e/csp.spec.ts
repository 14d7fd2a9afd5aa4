// The page's Content-Security-Policy in both ways the app is shown: `npm run dev` (the renderer's Vite
// dev server, from the same configuration electron-vite dev uses) shows the app with its styles and
// fonts, and the production build gives the editor ProseMirror's own rules from the app's stylesheet.
// The harness fails every test on any policy violation when it closes the app.
import { expect, test, type Page } from '@playwright/test';
import { sv } from '../../electron/shared/i18n/sv';
import { seedMeetings2024 } from '../support/meetingFixtures';
import { serveDevRenderer } from '../support/devRendererServer';
import { launchApp, type LaunchedApp } from './harness';
import { newDataDir, openSection } from './fixtures';

const t = sv.minutes.ui;

async function computed(page: Page, selector: string, properties: string[]): Promise<Record<string, string>> {
  return page.locator(selector).first().evaluate((element, names) => {
    const style = getComputedStyle(element);
    return Object.fromEntries(names.map((name) => [name, style.getPropertyValue(name)]));
  }, properties);
}

/** Opens new minutes of a meeting made through the backend; returns the editor. */
async function openEditor(app: LaunchedApp) {
  await app.backend.invoke('saveMeeting', { id: null, meeting: seedMeetings2024[0] });
  await openSection(app.page, 'minutes');
  await app.page.getByRole('button', { name: t.create }).click();
  const editor = app.page.getByRole('textbox', { name: t.editorLabel });
  await expect(editor).toBeVisible();
  return editor;
}

/** ProseMirror keeps runs of spaces and trailing spaces while typing (TipTap's `white-space: break-spaces`). */
async function expectProseMirrorRules(app: LaunchedApp) {
  await openEditor(app);
  expect(await computed(app.page, '.ProseMirror', ['white-space-collapse', 'text-wrap-mode', 'font-variant-ligatures']))
    .toEqual({ 'white-space-collapse': 'break-spaces', 'text-wrap-mode': 'wrap', 'font-variant-ligatures': 'none' });
}

test('npm run dev shows the app with its styles and fonts, and no policy violation', async () => {
  const app = await launchApp({ dataDir: newDataDir(), renderer: await serveDevRenderer() });
  const { page } = app;
  const navigation = page.getByRole('navigation', { name: sv.app.navLabel });
  await expect(navigation.getByRole('button', { name: sv.nav.meetings })).toBeVisible();
  expect(await computed(page, '.navigation', ['background-color', 'border-right-style'])).toEqual({
    'background-color': 'rgb(255, 255, 255)', 'border-right-style': 'solid',
  });
  expect(await computed(page, '.app-header', ['background-color', 'color'])).toEqual({
    'background-color': 'rgb(0, 71, 110)', color: 'rgb(255, 255, 255)',
  });
  expect((await computed(page, '.navigation button', ['font-family']))['font-family']).toMatch(/^"Source Sans 3"/);
  expect(await page.evaluate(async () => (await document.fonts.ready, document.fonts.check('17px "Source Sans 3"')))).toBe(true);
  await expectProseMirrorRules(app);
  await app.close();
});

test('the built app gives the editor ProseMirror’s rules from its own stylesheet, with no policy violation', async () => {
  const app = await launchApp({ dataDir: newDataDir() });
  await expectProseMirrorRules(app);
  expect(await app.page.locator('style').count()).toBe(0);
  expect(app.networkRequests).toEqual([]);
  await app.close();
});
