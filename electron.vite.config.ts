// Build of the three Electron bundles. Main and preload bundle their dependencies (lowdb is ESM-only,
// and a sandboxed preload cannot require anything but 'electron'), so the package holds only built files.
// The renderer's strict CSP is eased under `npm run dev` only, for the tags Vite's dev server writes.
// hunspell-asm and its loader are taken from their CommonJS builds: their ES builds call a CommonJS
// module's namespace as a function.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { devContentSecurityPolicy } from './scripts/vite/devContentSecurityPolicy';

export default defineConfig({
  main: {
    resolve: { alias: [{ find: /^(hunspell-asm|emscripten-wasm-loader)$/, replacement: resolve('node_modules/$1/dist/cjs/index.js') }] },
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
    plugins: [react(), devContentSecurityPolicy()],
    // zod without compiled parsers, set before any schema is made (the CSP allows no eval).
    resolve: { alias: [{ find: /^zod$/, replacement: resolve('renderer/zod.ts') }] },
    build: {
      // electron-vite leaves the renderer unminified: the page would parse twice the code before Möten shows.
      minify: true,
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
});
