/**
 * The messages between the backend process (store, handlers, exports) and the process that supervises
 * it: Electron's main process in the app, the test harness in the browser tests. Both sides are this
 * app's own code, so the shapes are types; the renderer's payloads inside `invoke` are still validated
 * by the backend against the IPC contract. Messages cross by structured clone (Electron's utility
 * process, Node's `fork` with `serialization: 'advanced'`), so bytes stay bytes.
 */
import type { Result } from '../../shared/ipc/result';
import type { Host } from '../host';
import type { FaultMode } from '../store/faultyFileSystem';

/** What the backend needs to open the data folder; sent with `start`, and again on a restart. */
export interface BackendStartOptions {
  dataDir: string;
  userDataDir: string;
  documentsDir: string;
  appVersion: string;
  /** Puts the fault-injecting file system in front of the disk. Only the tests ask for it. */
  faultInjection?: boolean;
}

/** The tests' control of the injected faults (honoured only when started with `faultInjection`). */
export type FaultControl =
  | { type: 'failNth'; failAt: number; code: string; mode: FaultMode }
  | { type: 'failAll'; code: string }
  | { type: 'heal' };

export type HostMethod = Exclude<keyof Host, 'quit'> | 'quit';

export type ToBackend =
  | { type: 'start'; options: BackendStartOptions }
  | { type: 'invoke'; id: number; channel: string; input: unknown }
  | { type: 'fault'; id: number; control: FaultControl }
  | { type: 'hostReply'; id: number; ok: true; value: unknown }
  | { type: 'hostReply'; id: number; ok: false; message: string };

export type FromBackend =
  | { type: 'ready' }
  | { type: 'startFailed'; message: string }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'faultDone'; id: number; ok: boolean }
  | { type: 'host'; id: number; method: HostMethod; args: unknown[] }
  /** The user chose another data folder: a restart must open that one. */
  | { type: 'dataDir'; path: string };
