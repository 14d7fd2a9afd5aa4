// Lint rules, including the layering of the code: only electron/main.ts and electron/preload.ts may
// import 'electron'; the shared layer imports only zod, date-fns, libphonenumber-js (the phone field's
// rule, pure code that runs in the browser and in Node alike) and itself: an allow-list, so Node, the
// core and anything else fail; the core never imports the renderer, its store not the IPC
// contract, and nothing under electron/ but the preload uses the browser's `window` or `document`;
// the renderer reaches main only through the typed API (electron/shared), never the core. The promise
// rules use type information from the three tsconfig files (electron/, the root, renderer/).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import { allowedImports } from './eslint-rules/allowedImports.js';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
const electronOnlyInShell = { name: 'electron', message: 'Bara electron/main.ts och electron/preload.ts får importera electron.' };
const noNode = nodeBuiltins.map((name) => ({ name, message: 'Det här lagret körs också i webbläsaren: inga Node-moduler.' }));
const noCore = { group: ['**/core/**', '**/electron/core'], message: 'Rendraren och det delade lagret når kärnan bara via IPC-kontraktet.' };
const noRenderer = { group: ['**/renderer/**'], message: 'Kärnan och det delade lagret känner inte till rendraren.' };
const noShell = { group: ['**/main', '**/preload', '**/main.ts', '**/preload.ts'], message: 'Skalet importeras inte av andra moduler.' };
const noIpc = { group: ['**/shared/ipc', '**/shared/ipc/**'], message: 'Lagringen känner inte till IPC-kontraktet: delade former hör hemma i electron/shared/store.' };
const noBrowserGlobals = ['window', 'document'].map((name) => ({ name, message: 'Koden under electron/ körs i Node: inget webbläsarfönster.' }));
const tipTapFocus = 'Anropa editor.view.focus(): TipTaps focus-kommando flyttar fokus först i nästa bildruta, och tangenter som trycks under tiden går förlorade.';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [electronOnlyInShell], patterns: [noShell] }],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    files: ['electron/main.ts', 'electron/preload.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/preload.ts'],
    rules: { 'no-restricted-globals': ['error', ...noBrowserGlobals] },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronOnlyInShell], patterns: [noRenderer, noShell] }] },
  },
  {
    files: ['electron/core/store/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronOnlyInShell], patterns: [noRenderer, noShell, noIpc] }] },
  },
  {
    files: ['electron/shared/**/*.ts'],
    plugins: { layers: { rules: { 'allowed-imports': allowedImports } } },
    rules: {
      'no-restricted-imports': 'off',
      'layers/allowed-imports': [
        'error',
        {
          folder: 'electron/shared',
          packages: ['zod', 'date-fns', 'libphonenumber-js'],
          message: 'Det delade lagret får bara importera zod, date-fns, libphonenumber-js och sig självt.',
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [electronOnlyInShell, ...noNode], patterns: [noCore, noShell] }],
      // TipTap's focus command moves the focus a frame later: a key pressed in between reached no element and was lost.
      'no-restricted-syntax': ['error',
        { selector: 'MemberExpression[property.name="focus"][object.callee.property.name="chain"]', message: tipTapFocus },
        { selector: 'MemberExpression[property.name="focus"][object.property.name="commands"]', message: tipTapFocus },
      ],
    },
  },
);
