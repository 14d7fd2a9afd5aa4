// Browser tests of the built renderer in Chromium (see test/e2e/harness.ts); `npm test` builds first.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  workers: 2,
  // One retry on CI machines, where two browsers share few cores; a retried test is reported as flaky.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: 'list',
  forbidOnly: !!process.env.CI,
});
