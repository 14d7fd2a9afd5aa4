// Build of the three Electron bundles. Main and preload bundle their dependencies (lowdb is ESM-only,
// and a sandboxed preload cannot require anything but 'electron'), so the package holds only built files.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      externalizeDeps: false,
      // The backend is a second entry: main starts it as a utility process from out/main/backend.js.
      rollupOptions: { input: { main: resolve('electron/main.ts'), backend: resolve('electron/backend.ts') }, external: ['electron'] },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: resolve('electron/preload.ts'),
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    base: './',
    plugins: [react()],
    build: {
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
});
