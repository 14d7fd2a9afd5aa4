// The backend process under its supervisor, as the app runs it (the built entry, a real child process):
// calls answered across the process boundary, the host's dialogs answered by the parent, a killed
// backend replaced on the same data folder with everything acknowledged still there, and a backend
// that cannot start reported instead of restarted for ever.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { forkBackend } from '../../electron/core/backend/nodeChild';
import { superviseBackend, type BackendChild } from '../../electron/core/backend/supervisor';
import { sv } from '../../electron/shared/i18n/sv';
import { createRecordingHost } from '../support/recordingHost';
import type { Host } from '../../electron/core/host';

const entry = join(import.meta.dirname, '../../out/main/backend.js');

const newDataDir = () => join(mkdtempSync(join(tmpdir(), 'ros-supervisor-')), 'data');

function supervised(dataDir: string, host: Host = createRecordingHost()) {
  const children: BackendChild[] = [];
  let restarts = 0;
  const waiting: Array<() => void> = [];
  const supervisor = superviseBackend({
    spawn: () => {
      const child = forkBackend(entry);
      children.push(child);
      return child;
    },
    host,
    onRestarted: () => {
      restarts++;
      for (const resolve of waiting.splice(0)) resolve();
    },
    start: { dataDir, userDataDir: join(dataDir, '..', 'anvandardata'), documentsDir: join(dataDir, '..'), appVersion: '0.0.0-test' },
  });
  /** Resolves at the next restart (however long a busy machine takes to start the new process). */
  const nextRestart = () => new Promise<void>((resolve) => waiting.push(resolve));
  return { supervisor, host, children, restarts: () => restarts, nextRestart };
}

describe('the supervised backend process', () => {
  beforeAll(() => {
    if (!existsSync(entry)) throw new Error('out/main/backend.js saknas: kör npm run build först.');
  });

  it('answers calls, asks the parent for dialogs, and after a crash opens the same folder again', async () => {
    const dataDir = newDataDir();
    const host = createRecordingHost();
    const { supervisor, children, restarts, nextRestart } = supervised(dataDir, host);
    await supervisor.ready;
    const saved = await supervisor.invoke('updateSettings', { secretaryName: 'Kim Testsson' });
    expect(saved).toMatchObject({ ok: true });

    host.answers.savePath = join(dataDir, '..', 'Ledamöter.docx');
    const exported = await supervisor.invoke('exportRegister', { list: 'members', format: 'docx' });
    expect(exported).toMatchObject({ ok: true });
    expect(existsSync(join(dataDir, '..', 'Ledamöter.docx'))).toBe(true);

    const restarted = nextRestart();
    children[0]!.kill();
    await restarted;
    expect(restarts()).toBe(1);
    const afterCrash = await supervisor.invoke('getSettings', undefined);
    expect(afterCrash).toMatchObject({ ok: true, value: { secretaryName: 'Kim Testsson' } });
    expect(children).toHaveLength(2);
    expect(JSON.parse(readFileSync(join(dataDir, 'ros-data.json'), 'utf8')).settings.secretaryName).toBe('Kim Testsson');
    await supervisor.stop();
  });

  it('answers a call cut off by a crash with a Swedish error instead of leaving it hanging', async () => {
    let markAsked: () => void = () => undefined;
    const asked = new Promise<void>((resolve) => (markAsked = resolve));
    const host: Host = { ...createRecordingHost(), chooseSavePath: () => (markAsked(), new Promise<string | null>(() => undefined)) };
    const { supervisor, children } = supervised(newDataDir(), host);
    await supervisor.ready;
    const call = supervisor.invoke('exportRegister', { list: 'members', format: 'docx' });
    // The backend is inside the call, waiting on the parent's save dialog (however long that took to reach).
    await asked;
    children[0]!.kill();
    expect(await call).toEqual({ ok: false, error: { code: 'INTERNAL', message: sv.errors.backendRestarted } });
    await supervisor.stop();
  });

  it('gives up with a Swedish message when the backend cannot start', async () => {
    const supervisor = superviseBackend({
      spawn: () => forkBackend(join(import.meta.dirname, 'finns-inte.js'), 'ignore'),
      host: createRecordingHost(),
      maxRestarts: 2,
      start: { dataDir: '/nonexistent', userDataDir: '/nonexistent', documentsDir: '/nonexistent', appVersion: '0' },
    });
    await expect(supervisor.ready).rejects.toThrow(sv.errors.backendGone);
    await expect.poll(() => supervisor.invoke('getSettings', undefined)).toEqual({ ok: false, error: { code: 'INTERNAL', message: sv.errors.backendGone } });
  });
});
