/**
 * The backend as a Node child process (`fork`), for everything that runs the app without Electron:
 * the browser tests' harness, the preview server and the bench. Messages cross by structured clone,
 * as they do to Electron's utility process.
 */
import { fork } from 'node:child_process';
import type { BackendChild } from './supervisor';
import type { FromBackend } from './protocol';

/** Forks `entry`, the built backend (out/main/backend.js); `stderr: 'ignore'` for a test that expects it to fail. */
export function forkBackend(entry: string, stderr: 'inherit' | 'ignore' = 'inherit'): BackendChild & { pid: number | undefined } {
  // Plain Node on the built file, as Electron runs it: not the parent's loaders (tsx, the test runner's),
  // which fork passes on by default and which made the backend start twice as slowly with twice the memory.
  const child = fork(entry, [], { execArgv: [], serialization: 'advanced', stdio: ['ignore', 'inherit', stderr, 'ipc'] });
  return {
    pid: child.pid,
    postMessage: (message) => {
      if (child.connected) child.send(message);
    },
    onMessage: (listener) => void child.on('message', (message) => listener(message as FromBackend)),
    onExit: (listener) => void child.once('exit', () => listener()),
    kill: () => void child.kill('SIGKILL'),
  };
}
