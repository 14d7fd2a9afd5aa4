/**
 * Starts `backendProcess.ts` as a child process and talks to it: `invoke` for IPC calls, `control`
 * for faults and dialog answers, `kill` for a power cut.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { BackendRequest, ControlMessage } from './backendProcess';

export interface BackendClient {
  invoke(channel: string, input: unknown): Promise<unknown>;
  control(message: ControlMessage): Promise<unknown>;
  /** SIGKILL, as a crash or power cut would. */
  kill(): Promise<void>;
}

export async function startBackend(dataDir: string): Promise<BackendClient> {
  const child: ChildProcess = fork(join(import.meta.dirname, 'backendProcess.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, ROS_DATA_DIR: dataDir },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiting = new Map<number, (result: unknown) => void>();
  let nextId = 1;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`Testbackend avslutades (kod ${code})`)));
    child.on('message', (message: { ready?: true; id?: number; result?: unknown }) => {
      if (message.ready) resolve();
      else if (message.id !== undefined) {
        waiting.get(message.id)?.(message.result);
        waiting.delete(message.id);
      }
    });
  });
  const send = (request: Omit<BackendRequest, 'id'>) =>
    new Promise<unknown>((resolve, reject) => {
      if (!child.connected) return reject(new Error('Testbackend körs inte'));
      const id = nextId++;
      waiting.set(id, resolve);
      child.send({ ...request, id });
    });
  return {
    invoke: (channel, input) => send({ channel, input }),
    control: (message) => send({ control: message }),
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
