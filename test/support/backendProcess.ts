/**
 * The backend of the browser tests, in a child process of its own (so a test can kill it like a power
 * cut): the very `createBackend` main.ts uses, on a fault-injecting file system, answering
 * `{ id, channel, input }` messages and taking control messages (faults, dialog answers, records).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createBackend } from '../../electron/core/ipc/backend';
import { FaultyFileSystem } from './faultyFileSystem';
import { createRecordingHost, type HostAnswers } from './recordingHost';

export type ControlMessage =
  | { type: 'failNth'; failAt: number; code: string; mode: 'once' | 'forever' }
  | { type: 'failAll'; code: string }
  | { type: 'heal' }
  | { type: 'answer'; answers: Partial<HostAnswers> }
  | { type: 'opened' };

export type BackendRequest = { id: number; channel: string; input: unknown } | { id: number; control: ControlMessage };

const dataDir = process.env.ROS_DATA_DIR;
if (!dataDir || !process.send) throw new Error('backendProcess needs ROS_DATA_DIR and an IPC channel');

const version = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')).version as string;
const fs = new FaultyFileSystem();
const host = createRecordingHost();
const backend = await createBackend({
  dataDir,
  userDataDir: join(dataDir, '..', 'anvandardata'),
  documentsDir: join(dataDir, '..'),
  appVersion: version,
  host,
  fs,
});

function control(message: ControlMessage): unknown {
  switch (message.type) {
    case 'failNth':
      return fs.failNth(message.failAt, message.code, message.mode);
    case 'failAll':
      return fs.failAll(message.code);
    case 'heal':
      return fs.heal();
    case 'answer':
      return Object.assign(host.answers, message.answers);
    case 'opened':
      return host.opened;
  }
}

process.on('message', async (request: BackendRequest) => {
  const result = 'control' in request ? control(request.control) ?? null : await backend.invoke(request.channel, request.input);
  process.send!({ id: request.id, result });
});
process.send({ ready: true });
