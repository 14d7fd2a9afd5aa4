// Real Electron tests (test/electron): Playwright's _electron.launch against the built app, one app at a
// time and no retry, since each test starts, quits and restarts the app. They run on GitHub Actions
// (.github/workflows/electron.yml): the development machines cannot download Electron's binary.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'test/electron',
  testMatch: '**/*.spec.ts',
  workers: 1,
  retries: 0,
  timeout: 120_000,
  // A cold start of Electron on a CI runner takes seconds; what the user sees is waited for this long.
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list'], ['github']] : 'list',
  forbidOnly: !!process.env.CI,
  outputDir: 'test-results/electron',
});
