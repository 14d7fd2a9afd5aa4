/**
 * The backend as the browser tests and the preview server run it: the app's own built entry
 * (`out/main/backend.js`, the file main.ts starts as a utility process) in a Node child process, supervised by the app's own supervisor, with the
 * recording host answering its dialogs in this process. `control` sets faults (in the backend
 * process, on its fault-injecting file system) and dialog answers; `crash` kills the backend process as
 * a crash would, and the supervisor starts a new one. `checkExports` (the browser tests) holds every
 * exported document to the accessibility rules (checkedExports.ts); `close` fails on any finding.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { forkBackend } from '../../electron/core/backend/nodeChild';
import type { FaultControl } from '../../electron/core/backend/protocol';
import { superviseBackend, type BackendChild } from '../../electron/core/backend/supervisor';
import { exportedFile, fileFindings, findingsMessage } from './checkedExports';
import { createRecordingHost, type HostAnswers } from './recordingHost';

export type ControlMessage = FaultControl | { type: 'answer'; answers: Partial<HostAnswers> } | { type: 'opened' };

export interface BackendClient {
  invoke(channel: string, input: unknown): Promise<unknown>;
  control(message: ControlMessage): Promise<unknown>;
  /** SIGKILL of the backend process, as a crash would; resolves when it is gone (a new one is starting). */
  crash(): Promise<void>;
  /** Ends the backend after the calls under way, and the printer; with `checkExports`, fails on any finding. */
  close(): Promise<void>;
  /** The backend process's id (the bench reads its memory). */
  pid(): number | undefined;
}

const entry = join(import.meta.dirname, '../../out/main/backend.js');
const appVersion = (JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string }).version;

export async function startBackend(
  dataDir: string,
  options: { onRestarted?: () => void; faultInjection?: boolean; onQuit?: () => void; checkExports?: boolean } = {},
): Promise<BackendClient> {
  if (!existsSync(entry)) throw new Error(`${entry} saknas: kör npm run build först.`);
  const host = createRecordingHost(options.onQuit);
  let current: (BackendChild & { pid: number | undefined }) | null = null;
  const supervisor = superviseBackend({
    spawn: () => (current = forkBackend(entry)),
    host,
    onRestarted: options.onRestarted,
    start: {
      dataDir,
      userDataDir: join(dataDir, '..', 'anvandardata'),
      documentsDir: join(dataDir, '..'),
      appVersion,
      faultInjection: options.faultInjection ?? true,
    },
  });
  await supervisor.ready;
  const checks: Array<Promise<string[]>> = [];
  return {
    invoke: async (channel, input) => {
      const result = await supervisor.invoke(channel, input);
      const file = options.checkExports ? await exportedFile(result) : null;
      // A check that cannot run is a finding too, reported at close (never an unhandled rejection).
      if (file) checks.push(fileFindings(file).catch((error: unknown) => [`${file.path}: ${String(error)}`]));
      return result;
    },
    control: async (message) => {
      if (message.type === 'answer') return Object.assign(host.answers, message.answers);
      if (message.type === 'opened') return host.opened;
      return supervisor.fault(message);
    },
    crash: async () => {
      const child = current;
      if (!child?.pid) return;
      const gone = new Promise<void>((resolve) => child.onExit(resolve));
      child.kill();
      await gone;
    },
    close: async () => {
      await supervisor.stop();
      await host.close();
      const findings = (await Promise.all(checks)).flat();
      if (findings.length > 0) throw new Error(findingsMessage(findings));
    },
    pid: () => current?.pid,
  };
}
