/**
 * The backend's life inside its own process: waits for `start`, opens the data folder with
 * `createBackend`, answers each `invoke` with its `Result`, and passes the host requests of the
 * handlers up to the supervisor. A port is whatever this process was started with: Electron's
 * `process.parentPort` in the app (a utility process), Node's `process.send` under the tests' `fork`.
 */
import { sv } from '../../shared/i18n/sv';
import { fail } from '../../shared/ipc/result';
import { createBackend, type Backend } from '../ipc/backend';
import { FaultyFileSystem } from '../store/faultyFileSystem';
import { nodeFileSystem } from '../store/fileSystem';
import type { DictionaryFiles } from '../spelling/spellChecker';
import type { FaultControl, FromBackend, ToBackend } from './protocol';
import { createRemoteHost } from './remoteHost';

export interface ParentPort {
  send(message: FromBackend): void;
  onMessage(listener: (message: ToBackend) => void): void;
}

/** Electron's utility-process port, declared here so the core never imports Electron. */
interface ElectronParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}

/** The port of this process: Electron's parentPort when it is a utility process, else Node's IPC channel. */
export function portOfThisProcess(): ParentPort {
  const electronPort = (process as unknown as { parentPort?: ElectronParentPort }).parentPort;
  if (electronPort) {
    return {
      send: (message) => electronPort.postMessage(message),
      onMessage: (listener) => electronPort.on('message', (event) => listener(event.data as ToBackend)),
    };
  }
  if (!process.send) throw new Error('The backend process was started without a channel to its parent.');
  return {
    send: (message) => void process.send!(message),
    onMessage: (listener) => void process.on('message', (message) => listener(message as ToBackend)),
  };
}

/** `spellingDictionary`: the Swedish dictionary's files as the build placed them beside the backend. */
export function runBackendProcess(port: ParentPort, spellingDictionary?: DictionaryFiles): void {
  const remote = createRemoteHost((message) => port.send(message));
  let backend: Promise<Backend> | null = null;
  let faults: FaultyFileSystem | null = null;

  const applyFault = (control: FaultControl): boolean => {
    if (!faults) return false;
    if (control.type === 'failNth') faults.failNth(control.failAt, control.code, control.mode);
    else if (control.type === 'failAll') faults.failAll(control.code);
    else faults.heal();
    return true;
  };

  port.onMessage((message) => {
    switch (message.type) {
      case 'start': {
        if (backend) return;
        const { faultInjection, ...options } = message.options;
        faults = faultInjection ? new FaultyFileSystem() : null;
        backend = createBackend({
          ...options,
          host: remote.host,
          fs: faults ?? nodeFileSystem,
          spellingDictionary,
          onDataDirChanged: (path) => port.send({ type: 'dataDir', path }),
        });
        backend.then(
          () => port.send({ type: 'ready' }),
          (error: unknown) => port.send({ type: 'startFailed', message: error instanceof Error ? error.message : String(error) }),
        );
        return;
      }
      case 'invoke': {
        const { id, channel, input } = message;
        const answer = backend ? backend.then((b) => b.invoke(channel, input)) : Promise.resolve(fail('INTERNAL', sv.errors.internal));
        void answer.then((result) => port.send({ type: 'result', id, result }));
        return;
      }
      case 'fault':
        port.send({ type: 'faultDone', id: message.id, ok: applyFault(message.control) });
        return;
      case 'hostReply':
        remote.settle(message.id, message);
        return;
    }
  });
}
