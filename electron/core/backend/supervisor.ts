/**
 * Runs the backend in a child process and keeps it running: starts it on the data folder, forwards each
 * IPC call to it and its answer back, answers its dialog, shell and print requests with the real `Host`,
 * and when the process dies unexpectedly starts a new one on the same data folder. Plain Node: main.ts
 * gives it Electron's `utilityProcess`, the test harness Node's `fork` of the very same entry.
 *
 * A call under way when the process died is answered with a Swedish error (for a call that changes
 * data, SAVE_FAILED: the screens say it was not saved, and the minutes' autosave tries again). It is not
 * sent again by itself: it may have been a dialog the user already answered. Every call the backend had
 * answered was already on disk, so nothing acknowledged is lost.
 */
import { sv } from '../../shared/i18n/sv';
import { fail, type Result } from '../../shared/ipc/result';
import { isMutating, type ChannelName } from '../../shared/ipc/channels';
import type { Host } from '../host';
import type { BackendStartOptions, FaultControl, FromBackend, HostMethod, ToBackend } from './protocol';

export interface BackendChild {
  postMessage(message: ToBackend): void;
  onMessage(listener: (message: FromBackend) => void): void;
  onExit(listener: () => void): void;
  kill(): void;
}

export interface SupervisorOptions {
  spawn(): BackendChild;
  host: Host;
  start: BackendStartOptions;
  /** Told after the backend died and a new one has opened the data folder. */
  onRestarted?(): void;
  /** Restarts allowed within `crashWindowMs` before the supervisor gives up (a backend that cannot start). */
  maxRestarts?: number;
  crashWindowMs?: number;
}

export interface Supervisor {
  /** Resolves when the first backend has opened the data folder; rejects if it cannot start. */
  readonly ready: Promise<void>;
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  /** The tests' fault injection; false when the backend was not started with it. */
  fault(control: FaultControl): Promise<boolean>;
  /** Waits for the calls under way, then ends the backend for good. */
  stop(): Promise<void>;
}

interface Generation {
  child: BackendChild;
  ready: Promise<void>;
  exited: Promise<void>;
}

export function superviseBackend(options: SupervisorOptions): Supervisor {
  const maxRestarts = options.maxRestarts ?? 3;
  const crashWindowMs = options.crashWindowMs ?? 60_000;
  const start = { ...options.start };
  const calls = new Map<number, { channel: string; resolve(result: Result<unknown>): void }>();
  const faults = new Map<number, (done: boolean) => void>();
  const crashes: number[] = [];
  let nextId = 1;
  let stopping = false;
  let gaveUp: string | null = null;
  let current = launch();

  function launch(): Generation {
    const child = options.spawn();
    let markReady!: () => void;
    let markFailed!: (error: Error) => void;
    const ready = new Promise<void>((resolve, reject) => {
      markReady = resolve;
      markFailed = reject;
    });
    const exited = new Promise<void>((resolve) => child.onExit(() => resolve()));
    child.onMessage((message) => {
      switch (message.type) {
        case 'ready':
          return markReady();
        case 'startFailed':
          return markFailed(new Error(message.message));
        case 'result':
          calls.get(message.id)?.resolve(message.result);
          calls.delete(message.id);
          return;
        case 'faultDone':
          faults.get(message.id)?.(message.ok);
          faults.delete(message.id);
          return;
        case 'dataDir':
          start.dataDir = message.path;
          return;
        case 'host':
          return void answerHost(child, message.id, message.method, message.args);
      }
    });
    void exited.then(() => {
      markFailed(new Error(sv.errors.backendGone));
      if (current.child === child) died();
    });
    child.postMessage({ type: 'start', options: start });
    return { child, ready, exited };
  }

  async function answerHost(child: BackendChild, id: number, method: HostMethod, args: unknown[]): Promise<void> {
    try {
      const value = await (options.host[method] as (...a: unknown[]) => unknown)(...args);
      child.postMessage({ type: 'hostReply', id, ok: true, value });
    } catch (error) {
      child.postMessage({ type: 'hostReply', id, ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  }

  function died(): void {
    for (const [id, settle] of faults) {
      faults.delete(id);
      settle(false);
    }
    const now = Date.now();
    crashes.push(now);
    while (crashes.length && now - crashes[0]! > crashWindowMs) crashes.shift();
    if (!stopping && crashes.length > maxRestarts) gaveUp = sv.errors.backendGone;
    const restart = !stopping && !gaveUp;
    if (restart) {
      current = launch();
      current.ready.then(() => options.onRestarted?.(), () => undefined);
    }
    for (const [id, call] of calls) {
      calls.delete(id);
      call.resolve(fail(isMutating(call.channel as ChannelName) ? 'SAVE_FAILED' : 'INTERNAL', gaveUp ?? sv.errors.backendRestarted));
    }
  }

  async function send(generation: Generation, message: ToBackend): Promise<void> {
    await generation.ready;
    generation.child.postMessage(message);
  }

  return {
    ready: current.ready,
    invoke(channel, input) {
      if (gaveUp || stopping) return Promise.resolve(fail('INTERNAL', gaveUp ?? sv.errors.backendGone));
      const id = nextId++;
      return new Promise<Result<unknown>>((resolve) => {
        calls.set(id, { channel, resolve });
        // A process that never starts answers nothing: `died` answers the call.
        send(current, { type: 'invoke', id, channel, input }).catch(() => undefined);
      });
    },
    fault(control) {
      const id = nextId++;
      return new Promise<boolean>((resolve) => {
        faults.set(id, resolve);
        send(current, { type: 'fault', id, control }).catch(() => faults.delete(id) && resolve(false));
      });
    },
    async stop() {
      stopping = true;
      await Promise.all([...calls.values()].map((call) => new Promise<void>((resolve) => {
        const settle = call.resolve;
        call.resolve = (result) => {
          settle(result);
          resolve();
        };
      })));
      current.child.kill();
      await current.exited;
    },
  };
}
