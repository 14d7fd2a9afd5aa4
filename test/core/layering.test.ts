// The layers hold by lint, not by habit: a file outside the shell that imports 'electron', a renderer
// file that reaches into the core, or a shared module that uses Node fails `npm run lint`.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint();
const ruleIds = async (code: string, filePath: string) =>
  (await eslint.lintText(code, { filePath }))[0]!.messages.map((m) => m.ruleId);

describe('the layering rules', () => {
  it('let only main.ts and preload.ts import electron', async () => {
    const code = "import { app } from 'electron';\nexport const name = app.getName();\n";
    expect(await ruleIds(code, 'electron/main.ts')).not.toContain('no-restricted-imports');
    expect(await ruleIds(code, 'electron/preload.ts')).not.toContain('no-restricted-imports');
    expect(await ruleIds(code, 'electron/core/store/anything.ts')).toContain('no-restricted-imports');
    expect(await ruleIds(code, 'electron/shared/anything.ts')).toContain('no-restricted-imports');
    expect(await ruleIds(code, 'renderer/features/anything.tsx')).toContain('no-restricted-imports');
  });

  it('keep the renderer out of the core and Node out of the shared layer', async () => {
    const core = "import { StoreSession } from '../../electron/core/store/storeSession';\nexport const s = StoreSession;\n";
    expect(await ruleIds(core, 'renderer/features/anything.tsx')).toContain('no-restricted-imports');
    const node = "import { readFile } from 'node:fs/promises';\nexport const r = readFile;\n";
    expect(await ruleIds(node, 'electron/shared/anything.ts')).toContain('no-restricted-imports');
    expect(await ruleIds(node, 'electron/core/anything.ts')).not.toContain('no-restricted-imports');
  });

  it('keep the store from importing the IPC contract', async () => {
    const ipc = "import { contract } from '../../shared/ipc/contract';\nexport const c = contract;\n";
    expect(await ruleIds(ipc, 'electron/core/store/anything.ts')).toContain('no-restricted-imports');
    expect(await ruleIds(ipc, 'electron/core/ipc/anything.ts')).not.toContain('no-restricted-imports');
    const shape = "import { backupFileNameSchema } from '../../shared/store/backupFileName';\nexport const s = backupFileNameSchema;\n";
    expect(await ruleIds(shape, 'electron/core/store/anything.ts')).not.toContain('no-restricted-imports');
  });
});
