/**
 * The only module that touches `window.ros`, the typed API the preload exposes. Calls to methods that
 * change the store report to the save indicator; results stay values (`ok` or a Swedish error). A call
 * that rejects instead (the bridge to main broke) still lowers the indicator, as a failed save. Only an
 * `ok` answer shows as saved: a call main refused says so with its reason, even when the call wrote
 * nothing (it did not save what the user asked it to).
 */
import type { ChannelName } from '../../electron/shared/ipc/channels';
import { isMutating, type ChannelInput, type ChannelOutput } from '../../electron/shared/ipc/contract';
import type { Result } from '../../electron/shared/ipc/result';
import { sv } from '../../electron/shared/i18n/sv';
import { saveStatusStore } from './saveStatus';

let savesInFlight = 0;

export async function call<K extends ChannelName>(
  name: K,
  ...args: ChannelInput<K> extends undefined ? [] : [input: ChannelInput<K>]
): Promise<Result<ChannelOutput<K>>> {
  const mutating = isMutating(name);
  if (mutating) {
    savesInFlight++;
    saveStatusStore.setStatus({ kind: 'saving' });
  }
  const method = window.ros[name] as (...a: unknown[]) => Promise<Result<ChannelOutput<K>>>;
  let result: Result<ChannelOutput<K>> | null = null;
  try {
    result = await method(...args);
    return result;
  } finally {
    if (mutating) {
      savesInFlight--;
      reportSave(result);
    }
  }
}

/** `null` when the call rejected: nobody can say whether it was saved, so it shows as not saved. */
function reportSave(result: Result<unknown> | null): void {
  if (!result) {
    saveStatusStore.setStatus({ kind: 'failed', message: sv.saveStatus.noAnswer });
  } else if (result.ok) {
    if (savesInFlight === 0) saveStatusStore.setStatus({ kind: 'saved', at: new Date() });
  } else if (result.error.code === 'EXTERNAL_CHANGE') {
    saveStatusStore.setStatus({ kind: 'conflict' });
  } else if (result.error.code === 'SAVE_FAILED') {
    saveStatusStore.setStatus({ kind: 'failed', message: result.error.message });
  } else {
    // Refused before anything was written (invalid input, a duplicate, a missing record, the store not
    // open): what is on disk is whole, but the change the user made is not in it.
    saveStatusStore.setStatus({ kind: 'refused', message: result.error.message });
  }
}
