// Browser tests of the built renderer in Chromium (see test/e2e/harness.ts); `npm test` builds first.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  workers: 2,
  // No retry anywhere: a test that fails once has a cause to fix, and a retry would report it green.
  retries: 0,
  timeout: 60_000,
  // What the user would see, waited for up to 10 s: on a busy 2-core machine a first Word export in a
  // new backend process (which loads the document builders then) can take longer than the default 5 s.
  expect: { timeout: 10_000 },
  reporter: 'list',
  forbidOnly: !!process.env.CI,
});
