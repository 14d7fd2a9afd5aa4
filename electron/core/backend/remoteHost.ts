/**
 * The `Host` as the backend process sees it: every dialog, shell action and print is a request to the
 * supervising process (Electron's main in the app), answered over the same port the IPC calls use.
 */
import type { Host } from '../host';
import type { FromBackend, HostMethod } from './protocol';

export interface RemoteHost {
  host: Host;
  /** Delivers the supervisor's answer to the request with this id. */
  settle(id: number, reply: { ok: true; value: unknown } | { ok: false; message: string }): void;
}

export function createRemoteHost(send: (message: FromBackend) => void): RemoteHost {
  const waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let nextId = 1;
  const ask = <T>(method: HostMethod, ...args: unknown[]) =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      send({ type: 'host', id, method, args });
    });
  const host: Host = {
    openPath: (path) => ask('openPath', path),
    showInFolder: (path) => ask('showInFolder', path),
    printToPdf: (html, margins) => ask('printToPdf', html, margins),
    openExternal: (url) => ask('openExternal', url),
    chooseFolder: (title) => ask('chooseFolder', title),
    chooseOpenFile: (title, filters) => ask('chooseOpenFile', title, filters),
    chooseOpenFiles: (title, filters) => ask('chooseOpenFiles', title, filters),
    chooseSavePath: (title, defaultPath, filters) => ask('chooseSavePath', title, defaultPath, filters),
    quit: () => void ask('quit'),
  };
  return {
    host,
    settle(id, reply) {
      const request = waiting.get(id);
      waiting.delete(id);
      if (!request) return;
      if (reply.ok) request.resolve(reply.value);
      else request.reject(new Error(reply.message));
    },
  };
}
