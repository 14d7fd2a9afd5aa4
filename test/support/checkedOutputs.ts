/**
 * Holds every handler's answer to its channel's output schema in the contract: a value that does not
 * match is named with its channel and zod's message. The output schemas otherwise only give types, so
 * a handler could return something the renderer does not expect and no test would notice.
 */
import type { Backend } from '../../electron/core/ipc/backend';
import { channelNames, type ChannelName } from '../../electron/shared/ipc/channels';
import { contract } from '../../electron/shared/ipc/contract';

const known: ReadonlySet<string> = new Set(channelNames);

/** Null when the result is a failure or its value matches the channel's output schema; else what is wrong. */
export function outputMismatch(channel: string, result: { ok: boolean; value?: unknown }): string | null {
  if (!result.ok || !known.has(channel)) return null;
  const parsed = contract[channel as ChannelName].output.safeParse(result.value);
  return parsed.success ? null : `${channel} answered a value its output schema refuses: ${parsed.error.message}`;
}

/** The backend, with every successful answer parsed against its output schema (a mismatch throws). */
export function checkingOutputs(backend: Backend): Backend {
  return {
    async invoke(channel, input) {
      const result = await backend.invoke(channel, input);
      const mismatch = outputMismatch(channel, result);
      if (mismatch) throw new Error(mismatch);
      return result;
    },
  };
}
