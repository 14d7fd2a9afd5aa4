/**
 * The round trip of one IPC call through the backend process, as main makes it: supervisor → the built
 * backend in a child process → the handler → back, for a call that does no store work (getAppInfo), on
 * the stress store. The floor is the same message echoed by a child that does nothing else, over the
 * same channel (Node's IPC with structured clone). In the app, main reaches the backend over Electron's
 * utility-process port instead, which cannot run here; the renderer → main hop is Electron's, not ours.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBackend } from '../../test/support/backendClient';
import { time, type Timing } from './measure';

async function echoFloor(calls: number): Promise<Timing> {
  const script = join(mkdtempSync(join(tmpdir(), 'ros-echo-')), 'echo.mjs');
  writeFileSync(script, "process.on('message', (message) => process.send(message));\n");
  const child = fork(script, [], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let answer: (() => void) | null = null;
  child.on('message', () => answer?.());
  try {
    return await time(calls, (id) => new Promise<void>((resolve) => {
      answer = resolve;
      child.send({ type: 'invoke', id, channel: 'getAppInfo', input: undefined });
    }));
  } finally {
    child.kill();
  }
}

export async function ipcRoundTrip(dataDir: string, calls = 2000): Promise<{ backend: Timing; floor: Timing }> {
  const backend = await startBackend(dataDir, { faultInjection: false });
  try {
    await time(200, () => backend.invoke('getAppInfo', undefined));
    const through = await time(calls, () => backend.invoke('getAppInfo', undefined));
    return { backend: through, floor: await echoFloor(calls) };
  } finally {
    await backend.close();
  }
}
