/**
 * Builds the object that becomes `window.ros` from the channel list and one transport function,
 * so the preload (ipcRenderer) and the test harness (page binding) expose exactly the contract.
 */
import { channelNames, type ChannelName } from './channels';
import type { RosApi } from './contract';

export type Transport = (name: ChannelName, input: unknown) => Promise<unknown>;

export function buildRosApi(transport: Transport): RosApi {
  const api: Record<string, (input?: unknown) => Promise<unknown>> = {};
  for (const name of channelNames) api[name] = (input?: unknown) => transport(name, input);
  return api as unknown as RosApi;
}
