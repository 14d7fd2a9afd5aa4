/**
 * The only module that touches `window.ros`, the typed API the preload exposes. Calls to methods that
 * change the store report to the save indicator; results stay values (`ok` or a Swedish error). A call
 * that rejects instead (the bridge to main broke) still lowers the indicator, as a failed save. Only an
 * `ok` answer shows as saved: a call main refused says so with its reason, even when the call wrote
 * nothing (it did not save what the user asked it to).
 */
import { isMutating, type ChannelName } from '../../electron/shared/ipc/channels';
import type { ChannelInput, ChannelOutput } from '../../electron/shared/ipc/contract';
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

/**
 * What a change's answer means for the user: saved; stopped by another program's change (a conflict to
 * settle); not written because the disk failed; or refused before anything was written (invalid input, a
 * duplicate, a missing record, the store not open), so what is on disk is whole but the change is not in
 * it. `null` (the call rejected): nobody can say whether it was saved, so it counts as failed.
 */
export type SaveOutcome = 'saved' | 'conflict' | 'failed' | 'refused';

export function saveOutcome(result: Result<unknown> | null): SaveOutcome {
  if (!result) return 'failed';
  if (result.ok) return 'saved';
  if (result.error.code === 'EXTERNAL_CHANGE') return 'conflict';
  if (result.error.code === 'SAVE_FAILED') return 'failed';
  return 'refused';
}

function reportSave(result: Result<unknown> | null): void {
  // A change made against another text than the stored one: its caller sends the whole text at once
  // (`minutesSaver.ts`), and that answer is the one to show.
  if (result && !result.ok && result.error.code === 'BASE_CHANGED') return;
  const outcome = saveOutcome(result);
  if (outcome === 'saved') {
    if (savesInFlight === 0) saveStatusStore.setStatus({ kind: 'saved', at: new Date() });
  } else if (outcome === 'conflict') {
    saveStatusStore.setStatus({ kind: 'conflict' });
  } else {
    const message = result && !result.ok ? result.error.message : sv.saveStatus.noAnswer;
    saveStatusStore.setStatus({ kind: outcome, message });
  }
}
