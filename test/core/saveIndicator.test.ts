// The save indicator in the header follows every call that changes the store, also one whose promise
// rejects (the bridge to main broke): it must not stay at "Sparar …" for ever, and a later save that
// succeeds must show as saved again.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sv } from '../../electron/shared/i18n/sv';
import { call } from '../../renderer/api/ros';
import { saveStatusStore } from '../../renderer/api/saveStatus';

const settings = { secretaryName: 'Kim' };
let answer: () => Promise<unknown>;

beforeEach(() => {
  vi.stubGlobal('window', { ros: { updateSettings: () => answer() } });
  saveStatusStore.setStatus({ kind: 'idle' });
});
afterEach(() => vi.unstubAllGlobals());

describe('the save indicator', () => {
  it('shows a failed save, not "saving", when a changing call rejects', async () => {
    answer = () => Promise.reject(new Error('The IPC bridge is gone'));
    const pending = call('updateSettings', settings);
    expect(saveStatusStore.get().status).toEqual({ kind: 'saving' });
    await expect(pending).rejects.toThrow('The IPC bridge is gone');
    expect(saveStatusStore.get().status).toEqual({ kind: 'failed', message: sv.saveStatus.noAnswer });
  });

  it('shows saved after a rejected call once the next change is on disk', async () => {
    answer = () => Promise.reject(new Error('The IPC bridge is gone'));
    await expect(call('updateSettings', settings)).rejects.toThrow();
    answer = () => Promise.resolve({ ok: true, value: settings });
    await call('updateSettings', settings);
    expect(saveStatusStore.get().status.kind).toBe('saved');
  });
});
