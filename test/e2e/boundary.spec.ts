// The renderer is untrusted: whatever the page sends, main answers with a Swedish `ok: false` and keeps
// working. And the app never reaches the network: a walk through every section makes no request
// outside the app itself.
import { expect, test } from '@playwright/test';
import { sv } from '../../electron/shared/i18n/sv';
import { launchApp } from './harness';
import { newDataDir, openSection } from './fixtures';

test('bad IPC payloads from the page get INVALID_INPUT in Swedish and the app keeps working', async () => {
  const app = await launchApp({ dataDir: newDataDir() });
  const results = await app.page.evaluate(async () => {
    const ros = window.ros as unknown as Record<string, (input?: unknown) => Promise<unknown>>;
    return [
      await ros.updateSettings!({ secretaryName: 42 }),
      await ros.restoreBackup!({ fileName: '../../etc/passwd' }),
      await ros.openExternalLink!({ url: 'javascript:alert(1)' }),
    ];
  });
  expect(results[0]).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  expect(results[1]).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  expect(results[2]).toEqual({ ok: false, error: { code: 'INVALID_URL', message: sv.errors.invalidUrl } });
  expect((results[0] as { error: { message: string } }).error.message.startsWith(sv.errors.invalidInput)).toBe(true);
  await openSection(app.page, 'settings');
  await expect(app.page.getByLabel(sv.settings.secretaryName)).toBeVisible();
  await app.close();
});

test('a walk through every section makes zero network requests', async () => {
  const app = await launchApp({ dataDir: newDataDir() });
  const seen: string[] = [];
  app.page.on('request', (request) => seen.push(request.url()));
  for (const section of Object.keys(sv.nav) as Array<keyof typeof sv.nav>) {
    await openSection(app.page, section);
    await expect(app.page.getByRole('heading', { level: 1 })).toHaveText(
      section === 'settings' ? sv.settings.title : section === 'meetings' ? sv.meetings.ui.yearHeading(new Date().getFullYear()) : sv.pages[section].title,
    );
  }
  await app.page.reload();
  await expect(app.page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(app.networkRequests).toEqual([]);
  const origin = new URL(app.page.url()).origin;
  expect(seen.length).toBeGreaterThan(0);
  expect(seen.filter((url) => !url.startsWith(origin))).toEqual([]);
  await app.close();
});
