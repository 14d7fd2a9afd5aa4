// Unit and integration tests of the Node side (store, IPC handlers, exports) on real temp folders.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/core/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
