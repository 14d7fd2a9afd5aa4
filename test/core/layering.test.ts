// The layers hold by lint and by the compiler, not by habit: a file outside the shell that imports
// 'electron', a renderer file that reaches into the core, a shared module that imports anything but zod,
// date-fns, libphonenumber-js and itself, the store importing the IPC contract, node code using
// `window`, a promise nobody awaits or handles: each fails `npm run lint`, shown here on a small sample.
// The core's own tsconfig has no DOM types, so `document` there fails `npm run typecheck`.
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import ts from 'typescript';

const root = join(import.meta.dirname, '..', '..');
/** Paths that exist only in these tests: linted with type information from the root tsconfig's options. */
const samples = ['electron/core/sample.ts', 'electron/core/store/sample.ts', 'electron/core/ipc/sample.ts', 'electron/shared/sample.ts',
  'electron/shared/register/sample.ts', 'renderer/features/sample.tsx'];
const eslint = new ESLint({ cwd: root, overrideConfig: { languageOptions: { parserOptions: { projectService: { allowDefaultProject: samples } } } } });

const ruleIds = async (code: string, filePath: string) => {
  const { messages } = (await eslint.lintText(code, { filePath }))[0]!;
  // A sample that does not even parse (or is outside every project) would pass every `not.toContain`.
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages.map((m) => m.ruleId);
};

describe('the layering rules', { timeout: 180_000 }, () => {
  it('let only main.ts and preload.ts import electron', async () => {
    const code = "import { app } from 'electron';\nexport const name = app.getName();\n";
    expect(await ruleIds(code, 'electron/main.ts')).not.toContain('no-restricted-imports');
    expect(await ruleIds(code, 'electron/preload.ts')).not.toContain('no-restricted-imports');
    expect(await ruleIds(code, 'electron/core/store/sample.ts')).toContain('no-restricted-imports');
    expect(await ruleIds(code, 'electron/shared/sample.ts')).toContain('layers/allowed-imports');
    expect(await ruleIds(code, 'renderer/features/sample.tsx')).toContain('no-restricted-imports');
  });

  it('keep the renderer out of the core and Node out of the shared layer', async () => {
    const core = "import { StoreSession } from '../../electron/core/store/storeSession';\nexport const s = StoreSession;\n";
    expect(await ruleIds(core, 'renderer/features/sample.tsx')).toContain('no-restricted-imports');
    const node = "import { readFile } from 'node:fs/promises';\nexport const r = readFile;\n";
    expect(await ruleIds(node, 'electron/shared/sample.ts')).toContain('layers/allowed-imports');
    expect(await ruleIds(node, 'electron/core/sample.ts')).not.toContain('no-restricted-imports');
  });

  it('let the shared layer import only zod, date-fns, libphonenumber-js and itself', async () => {
    const allowed = [
      "import { z } from 'zod';",
      "import { format } from 'date-fns';",
      "import { sv } from 'date-fns/locale';",
      "import { parsePhoneNumberFromString } from 'libphonenumber-js';",
      "import { backupReasons } from '../store/status';",
      "import { normalisePhone } from './phone';",
    ];
    for (const line of allowed) expect(await ruleIds(`${line}\n`, 'electron/shared/register/sample.ts'), line).not.toContain('layers/allowed-imports');
    const refused = [
      "import { z } from 'zod-extra';",
      "import { format } from 'date-fns-tz';",
      "import React from 'react';",
      "import { Backups } from '../../core/store/backups';",
      "export { Backups } from '../../core/store/backups';",
      "import { sv } from '../../../renderer/zod';",
      "export type Stats = import('node:fs').Stats;",
      "export const load = () => import('node:fs');",
    ];
    for (const line of refused) expect(await ruleIds(`${line}\n`, 'electron/shared/register/sample.ts'), line).toContain('layers/allowed-imports');
  });

  it('keep the store from importing the IPC contract', async () => {
    const ipc = "import { contract } from '../../shared/ipc/contract';\nexport const c = contract;\n";
    expect(await ruleIds(ipc, 'electron/core/store/sample.ts')).toContain('no-restricted-imports');
    expect(await ruleIds(ipc, 'electron/core/ipc/sample.ts')).not.toContain('no-restricted-imports');
    const shape = "import { backupFileNameSchema } from '../../shared/store/backupFileName';\nexport const s = backupFileNameSchema;\n";
    expect(await ruleIds(shape, 'electron/core/store/sample.ts')).not.toContain('no-restricted-imports');
  });

  it('keep window and document out of the node code', async () => {
    const code = 'export const title = () => `${window.name} ${document.title}`;\n';
    expect((await ruleIds(code, 'electron/core/sample.ts')).filter((id) => id === 'no-restricted-globals')).toHaveLength(2);
    expect(await ruleIds(code, 'electron/shared/sample.ts')).toContain('no-restricted-globals');
    expect(await ruleIds(code, 'renderer/features/sample.tsx')).not.toContain('no-restricted-globals');
  });
});

describe('the promise rules', { timeout: 180_000 }, () => {
  const declarations = 'const save = async (): Promise<void> => {};\n';

  it('refuse a promise left floating, in the core and in the renderer', async () => {
    const floating = `${declarations}export function onClose(): void {\n  save();\n}\n`;
    expect(await ruleIds(floating, 'electron/core/sample.ts')).toContain('@typescript-eslint/no-floating-promises');
    expect(await ruleIds(floating, 'renderer/features/sample.tsx')).toContain('@typescript-eslint/no-floating-promises');
    const chained = `${declarations}export function onClose(): void {\n  save().then(() => undefined);\n}\n`;
    expect(await ruleIds(chained, 'renderer/features/sample.tsx')).toContain('@typescript-eslint/no-floating-promises');
    const deliberate = `${declarations}export function onClose(): void {\n  void save();\n}\n`;
    expect(await ruleIds(deliberate, 'electron/core/sample.ts')).not.toContain('@typescript-eslint/no-floating-promises');
  });

  it('refuse a promise where a void callback is expected', async () => {
    const misused = `${declarations}export const listen = (on: (listener: () => void) => void) => on(save);\n`;
    expect(await ruleIds(misused, 'electron/core/sample.ts')).toContain('@typescript-eslint/no-misused-promises');
    const handled = `${declarations}export const listen = (on: (listener: () => void) => void) => on(() => void save());\n`;
    expect(await ruleIds(handled, 'electron/core/sample.ts')).not.toContain('@typescript-eslint/no-misused-promises');
    const listener = `${declarations}export const whenLeaving = () => window.addEventListener('pagehide', save);\n`;
    expect(await ruleIds(listener, 'renderer/features/sample.tsx')).toContain('@typescript-eslint/no-misused-promises');
  });

  it('refuse awaiting what is not a promise', async () => {
    const code = 'export async function count(): Promise<number> {\n  return await 42;\n}\n';
    expect(await ruleIds(code, 'electron/core/sample.ts')).toContain('@typescript-eslint/await-thenable');
  });
});

describe("the core's tsconfig", () => {
  const diagnosticsOf = (configFile: string, code: string) => {
    const { config } = ts.readConfigFile(join(root, configFile), ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(config, ts.sys, dirname(join(root, configFile)));
    const sample = join(root, 'electron/core/sample.ts');
    const host = ts.createCompilerHost(options);
    const readFile = host.readFile.bind(host);
    const getSourceFile = host.getSourceFile.bind(host);
    host.fileExists = (name) => name === sample || ts.sys.fileExists(name);
    host.readFile = (name) => (name === sample ? code : readFile(name));
    host.getSourceFile = (name, version) => (name === sample ? ts.createSourceFile(name, code, version) : getSourceFile(name, version));
    const program = ts.createProgram([sample], options, host);
    return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  };

  it('has no DOM types, while Node and the language are there', () => {
    const code = 'export const title = (): string => document.title;\nexport const id = (): string => crypto.randomUUID();\nexport const d = new TextDecoder();\n';
    const core = diagnosticsOf('electron/tsconfig.json', code);
    expect(core).toHaveLength(1);
    expect(core[0]).toContain("Cannot find name 'document'");
    // The same sample compiles where DOM types belong, so the failure above is the missing DOM alone.
    expect(diagnosticsOf('renderer/tsconfig.json', code)).toEqual([]);
  });
});
