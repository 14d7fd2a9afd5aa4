// The save indicator in the header follows every call that changes the store, also one whose promise
// rejects (the bridge to main broke): it must not stay at "Sparar …" for ever, and a later save that
// succeeds must show as saved again. It says "Sparat" only after an `ok` answer: a call main refused or
// could not write shows its Swedish reason, never the time of an earlier save. A minutes change the
// backend sends back for the whole text (BASE_CHANGED) shows nothing until the whole text is saved.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sv } from '../../electron/shared/i18n/sv';
import { call } from '../../renderer/api/ros';
import { saveStatusStore, type SaveStatus } from '../../renderer/api/saveStatus';
import { saveStatusText } from '../../renderer/api/saveStatusText';
import { minutesSaver } from '../../renderer/features/minutes/minutesSaver';
import type { MinutesContent } from '../../electron/shared/minutes/minutes';
import { paragraph } from '../../electron/shared/minutes/richText';

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

describe('a call that returned ok: false', () => {
  const refusals = [
    { code: 'SAVE_FAILED', message: sv.fileErrors.ENOSPC, shown: sv.saveStatus.failed(sv.fileErrors.ENOSPC) },
    { code: 'NOT_FOUND', message: sv.meetings.notFound, shown: sv.saveStatus.refused(sv.meetings.notFound) },
    { code: 'DUPLICATE', message: sv.register.duplicateMember, shown: sv.saveStatus.refused(sv.register.duplicateMember) },
    { code: 'INVALID_INPUT', message: sv.errors.invalidInput, shown: sv.saveStatus.refused(sv.errors.invalidInput) },
    { code: 'STORE_UNAVAILABLE', message: sv.errors.storeUnavailable, shown: sv.saveStatus.refused(sv.errors.storeUnavailable) },
    { code: 'EXTERNAL_CHANGE', message: sv.errors.externalChange, shown: sv.saveStatus.failed(sv.errors.externalChange) },
  ];

  for (const { code, message, shown } of refusals) {
    it(`${code} after a save that succeeded shows its Swedish reason, not "Sparat"`, async () => {
      answer = () => Promise.resolve({ ok: true, value: settings });
      await call('updateSettings', settings);
      expect(saveStatusText(saveStatusStore.get().status, false, true)).toMatch(/^Sparat /);

      answer = () => Promise.resolve({ ok: false, error: { code, message } });
      await call('updateSettings', settings);
      const text = saveStatusText(saveStatusStore.get().status, false, true);
      expect(text).toBe(shown);
      expect(text).not.toMatch(/^Sparat/);
    });
  }

  it('shows saved again once a later call is accepted', async () => {
    answer = () => Promise.resolve({ ok: false, error: { code: 'NOT_FOUND', message: sv.meetings.notFound } });
    await call('updateSettings', settings);
    answer = () => Promise.resolve({ ok: true, value: settings });
    await call('updateSettings', settings);
    expect(saveStatusStore.get().status.kind).toBe('saved');
  });
});

describe('the header text', () => {
  const statuses: SaveStatus[] = [
    { kind: 'idle' }, { kind: 'saving' }, { kind: 'saved', at: new Date(2024, 5, 13, 14, 32) },
    { kind: 'failed', message: sv.fileErrors.ENOSPC }, { kind: 'refused', message: sv.meetings.notFound }, { kind: 'conflict' },
  ];

  it('says "Sparat" only for a save main accepted, and never over unsaved edits', () => {
    for (const status of statuses) {
      for (const unsaved of [false, true]) {
        for (const savingLong of [false, true]) {
          const saysSaved = /^Sparat/.test(saveStatusText(status, unsaved, savingLong));
          expect(saysSaved, `${status.kind}, unsaved: ${unsaved}, saving long: ${savingLong}`).toBe(status.kind === 'saved' && !unsaved);
        }
      }
    }
    // A save in flight: "Osparade ändringar" at first, "Sparar …" once it has taken a while.
    expect(saveStatusText({ kind: 'saving' }, false, false)).toBe(sv.saveStatus.unsaved);
    expect(saveStatusText({ kind: 'saving' }, false, true)).toBe(sv.saveStatus.saving);
    expect(saveStatusText(statuses[2]!, false, true)).toBe(sv.saveStatus.saved('14.32'));
  });
});

describe('a minutes save made against another text than the stored one', () => {
  it('stays "Sparar …" while the whole text is sent again, never shows a refusal, and then says Sparat', async () => {
    const sent: string[] = [];
    const baseChanged = { ok: false, error: { code: 'BASE_CHANGED', message: sv.minutes.baseChanged } };
    const saved = { ok: true, value: { updatedAt: '2026-12-02T10:00:00.000Z' } };
    vi.stubGlobal('window', {
      ros: {
        saveMinutesContent: () => (sent.push('whole'), Promise.resolve(saved)),
        saveMinutesChange: () => (sent.push('change'), Promise.resolve(baseChanged)),
      },
    });
    const shown: string[] = [];
    const unsubscribe = saveStatusStore.subscribe(() => shown.push(saveStatusText(saveStatusStore.get().status, false, true)));
    const save = minutesSaver(crypto.randomUUID());
    const content = (text: string): MinutesContent => ({
      title: 'Anteckningar', form: 'brief', decisions: [], actions: [], body: { type: 'doc', content: [paragraph(text)] },
    });
    expect(await save(content('Första'))).toEqual(saved);
    // The backend started again, say: the next change is refused and the whole text goes at once.
    expect(await save(content('Andra'))).toEqual(saved);
    unsubscribe();
    expect(sent).toEqual(['whole', 'change', 'whole']);
    expect(shown.every((text) => text === sv.saveStatus.saving || /^Sparat /.test(text)), shown.join(' | ')).toBe(true);
    expect(shown.at(-1)).toMatch(/^Sparat /);
  });
});
