// The IPC boundary: every method of window.ros reaches a handler that answers a valid call with a value its
// output schema allows; every payload is checked in main; a bad one gets a Swedish `ok: false`, never a crash.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/core/ipc/backend';
import { channelNames, isMutating, type ChannelName } from '../../electron/shared/ipc/channels';
import type { ChannelInput } from '../../electron/shared/ipc/contract';
import type { Result } from '../../electron/shared/ipc/result';
import { buildRosApi } from '../../electron/shared/ipc/rosApi';
import type { Minutes } from '../../electron/shared/minutes/minutes';
import { sv } from '../../electron/shared/i18n/sv';
import type { Host } from '../../electron/core/host';
import { checkingOutputs } from '../support/checkedOutputs';
import { agendaItem, seedMeetings2024 } from '../support/meetingFixtures';
import { contentOf, meetingWithMinutes } from '../support/minutesFixtures';
import { createRecordingHost } from '../support/recordingHost';
import { memberInput, organisationInput } from '../support/registerFixtures';
import { withTempDir } from '../support/tempDir';

function recordingHost(chosenFolder: string | null = null) {
  const host = createRecordingHost();
  host.answers.folder = chosenFolder;
  return { host, opened: host.opened };
}

const start = (dir: string, host: Host) =>
  createBackend({ dataDir: join(dir, 'data'), userDataDir: join(dir, 'user'), documentsDir: dir, appVersion: '9.9.9', host });

/** Things made through the backend that valid calls can name. */
interface World {
  organisationId: string;
  memberId: string;
  meetingId: string;
  minutes: Minutes;
}

/** One schema-valid call per channel; the type makes a new channel in the contract need its line here. */
const BODY_VERSION = crypto.randomUUID();

const validCalls: { [K in ChannelName]: (world: World) => ChannelInput<K> } = {
  getAppInfo: () => undefined,
  getStoreStatus: () => undefined,
  waitForStore: () => undefined,
  getSettings: () => undefined,
  updateSettings: () => ({ secretaryName: 'Kim Testsson' }),
  chooseLetterheadLogo: () => undefined,
  saveNow: () => undefined,
  resolveConflict: () => ({ choice: 'keepMine' }),
  listBackups: () => undefined,
  restoreBackup: () => ({ fileName: 'ros-data-2024-06-13T10-00-00-000Z-manual.json' }),
  openDataFolder: () => undefined,
  chooseDataFolder: () => undefined,
  openExternalLink: () => ({ url: 'https://www.vgregion.se/' }),
  quitApp: () => undefined,
  listOrganisations: () => undefined,
  saveOrganisation: (w) => ({ id: w.organisationId, organisation: organisationInput({ name: 'Påhittade förbundet' }) }),
  listMembers: () => undefined,
  listFormerMembers: () => undefined,
  saveMember: (w) => ({ id: w.memberId, member: memberInput({ name: 'Åsa Påhittad' }) }),
  // Before eraseMemberPersonalData, while the member still has an e-mail address.
  createMailDraft: (w) => ({ source: { kind: 'notice', meetingId: w.meetingId }, format: 'docx', recipientIds: [w.memberId], addressing: 'bcc', ownAddress: '', subject: 'Kallelse', body: 'Välkomna!' }),
  eraseMemberPersonalData: (w) => ({ id: w.memberId }),
  getRegisterStats: () => undefined,
  previewImport: () => ({ kind: 'members' }),
  remapImport: () => ({ token: 'okänd', mapping: { name: 0 }, valueMapping: {} }),
  confirmImport: () => ({ token: 'okänd', mapping: { name: 0 }, valueMapping: {} }),
  exportRegister: () => ({ list: 'members', format: 'csv' }),
  listMeetings: () => undefined,
  listFormerMeetings: () => undefined,
  saveMeeting: (w) => ({ id: w.meetingId, meeting: seedMeetings2024[1]! }),
  saveAgenda: (w) => ({ meetingId: w.meetingId, agenda: [agendaItem('Mötet öppnas', true)] }),
  saveAttendance: (w) => ({ meetingId: w.meetingId, attendance: [{ memberId: w.memberId, state: 'present', substituteForId: null }], guests: [] }),
  createNextMeeting: (w) => ({ fromId: w.meetingId, date: '2024-09-18' }),
  exportYearPlan: () => ({ year: 2024, format: 'text' }),
  exportNotice: (w) => ({ meetingId: w.meetingId }),
  exportArchive: () => undefined,
  importArchive: () => ({ target: 'current' }),
  listMinutes: () => undefined,
  getMinutes: (w) => ({ id: w.minutes.id }),
  createMinutes: (w) => ({ meetingId: w.meetingId, form: 'full' }),
  saveMinutesContent: (w) => ({ id: w.minutes.id, content: contentOf(w.minutes), bodyVersion: BODY_VERSION }),
  // Made against the text saveMinutesContent just named: the calls are made in this order.
  saveMinutesChange: (w) => {
    const { body, ...content } = contentOf(w.minutes);
    return { id: w.minutes.id, content, change: { base: BODY_VERSION, version: crypto.randomUUID(), from: 0, removed: 1, inserted: body.content.slice(0, 1) } };
  },
  setMinutesStatus: (w) => ({ id: w.minutes.id, status: 'approved' }),
  unlockMinutes: (w) => ({ id: w.minutes.id, reason: 'Rättelse' }),
  restoreMinutesSnapshot: (w) => ({ id: w.minutes.id, snapshotId: crypto.randomUUID() }),
  listOpenActions: () => ({ beforeMeetingId: null }),
  setActionStatus: (w) => ({ minutesId: w.minutes.id, actionId: crypto.randomUUID(), status: 'done' }),
  searchMinutes: () => ({ query: 'möte' }),
  previewWordImport: () => undefined,
  confirmWordImport: () => ({ token: 'okänd', fileIds: [] }),
  exportMinutes: (w) => ({ id: w.minutes.id, format: 'docx' }),
  previewWebVersion: (w) => ({ id: w.minutes.id }),
  exportWebVersion: (w) => ({ id: w.minutes.id, format: 'docx', undone: [] }),
  openExportedFile: (w) => ({ path: join(w.meetingId, 'inte-exporterad.docx'), reveal: false }),
  checkSpelling: () => ({ words: ['kommmun', 'överenskommelsegruppen'] }),
  spellingSuggestions: () => ({ word: 'kommmun' }),
  addSpellingWord: () => ({ word: 'IOP' }),
  getPlanFollowUp: () => ({ planId: crypto.randomUUID() }),
  exportPlanFollowUp: () => ({ planId: crypto.randomUUID() }),
  deleteMinutes: (w) => ({ id: w.minutes.id }),
  deleteMeeting: (w) => ({ id: w.meetingId, minutes: 'delete' }),
  deleteMember: (w) => ({ id: w.memberId }),
  deleteOrganisation: (w) => ({ id: w.organisationId, unlinkMembers: true }),
};

/** Every file of the data folder but its backups, named with its bytes: what a call may have changed. */
async function dataFolderBytes(dataDir: string): Promise<string> {
  const entries = await readdir(dataDir, { withFileTypes: true, recursive: true });
  const files = entries.filter((e) => e.isFile() && !e.parentPath.includes('backups')).map((e) => join(e.parentPath, e.name)).sort();
  return (await Promise.all(files.map(async (file) => `${file}\n${await readFile(file, 'utf8')}`))).join('\n');
}

describe('the IPC contract', () => {
  it('every method the preload puts on window.ros reaches its handler with a valid call and answers what its output schema allows', async () => {
    await withTempDir(async (dir) => {
      const backend = checkingOutputs(await start(dir, recordingHost().host));
      const ros = buildRosApi((name, input) => backend.invoke(name, input)) as unknown as Record<ChannelName, (input: unknown) => Promise<Result<unknown>>>;
      const made = async <T>(result: Promise<Result<unknown>>) => {
        const answer = await result;
        if (!answer.ok) throw new Error(answer.error.message);
        return answer.value as T;
      };
      const organisation = await made<{ id: string }>(ros.saveOrganisation({ id: null, organisation: organisationInput() }));
      const member = await made<{ id: string }>(ros.saveMember({ id: null, member: memberInput() }));
      const { meeting, minutes } = await meetingWithMinutes(backend);
      const world: World = { organisationId: organisation.id, memberId: member.id, meetingId: meeting.id, minutes };

      const unhandled: string[] = [];
      // A call that changed the data folder must be one the save indicator follows (isMutating).
      const unreported: string[] = [];
      for (const channel of Object.keys(validCalls) as ChannelName[]) {
        const before = await dataFolderBytes(join(dir, 'data'));
        const result = await ros[channel](validCalls[channel](world));
        if (!result.ok && ['INVALID_INPUT', 'UNKNOWN_CHANNEL', 'INTERNAL'].includes(result.error.code)) unhandled.push(`${channel}: ${result.error.code} ${result.error.message}`);
        if (!isMutating(channel) && (await dataFolderBytes(join(dir, 'data'))) !== before) unreported.push(channel);
      }
      expect(unhandled).toEqual([]);
      expect(unreported).toEqual([]);
      expect(Object.keys(validCalls).sort()).toEqual([...channelNames].sort());
    });
  });
});

describe('a bad payload', () => {
  it.each([
    ['updateSettings', { secretaryName: 42 }],
    ['updateSettings', { secretaryName: 'x', evil: true }],
    ['updateSettings', 'inte ett objekt'],
    ['updateSettings', { letterheadTitle: '' }],
    ['restoreBackup', { fileName: '../../etc/passwd' }],
    ['restoreBackup', {}],
    ['resolveConflict', { choice: 'delete-everything' }],
    ['getSettings', { unexpected: 1 }],
  ])('to %s (%j) gets INVALID_INPUT in Swedish and changes nothing', async (channel, input) => {
    await withTempDir(async (dir) => {
      const backend = await start(dir, recordingHost().host);
      const before = await readFile(join(dir, 'data', 'ros-data.json'), 'utf8');
      const result = await backend.invoke(channel, input);
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      expect(!result.ok && result.error.message.startsWith(sv.errors.invalidInput)).toBe(true);
      expect(await readFile(join(dir, 'data', 'ros-data.json'), 'utf8')).toBe(before);
      expect(await backend.invoke('getSettings', undefined)).toMatchObject({ ok: true });
    });
  });

  it('to an unknown channel gets UNKNOWN_CHANNEL', async () => {
    await withTempDir(async (dir) => {
      const backend = await start(dir, recordingHost().host);
      expect(await backend.invoke('deleteAllFiles', undefined)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
      expect(await backend.invoke('__proto__', undefined)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    });
  });
});

describe('settings through the backend', () => {
  it('are saved and read back, trimmed', async () => {
    await withTempDir(async (dir) => {
      const backend = await start(dir, recordingHost().host);
      const saved = await backend.invoke('updateSettings', { secretaryName: '  Kim Testsson ' });
      expect(saved).toMatchObject({ ok: true, value: { secretaryName: 'Kim Testsson' } });
      const onDisk = JSON.parse(await readFile(join(dir, 'data', 'ros-data.json'), 'utf8'));
      expect(onDisk.settings.secretaryName).toBe('Kim Testsson');
    });
  });
});

describe('links and folders', () => {
  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'ftp://example.org', 'vbscript:x', 'https://', 'mailto:', 'inte en länk'])(
    'refuses to open %s',
    async (url) => {
      await withTempDir(async (dir) => {
        const { host, opened } = recordingHost();
        const backend = await start(dir, host);
        expect(await backend.invoke('openExternalLink', { url })).toEqual({
          ok: false,
          error: { code: 'INVALID_URL', message: sv.errors.invalidUrl },
        });
        expect(opened).toEqual([]);
      });
    },
  );

  it('refuses a link to this computer or the local network with its own message, and opens a mailto link without attachments', async () => {
    await withTempDir(async (dir) => {
      const { host, opened } = recordingHost();
      const backend = await start(dir, host);
      expect(await backend.invoke('openExternalLink', { url: 'http://192.168.1.1/admin' })).toEqual({
        ok: false,
        error: { code: 'INVALID_URL', message: sv.errors.localUrl },
      });
      await backend.invoke('openExternalLink', { url: 'mailto:sekreterare@example.org?subject=Hej&attach=/etc/passwd' });
      expect(opened).toEqual(['url:mailto:sekreterare@example.org?subject=Hej']);
    });
  });

  it('opens https and mailto links', async () => {
    await withTempDir(async (dir) => {
      const { host, opened } = recordingHost();
      const backend = await start(dir, host);
      await backend.invoke('openExternalLink', { url: 'https://www.vgregion.se/' });
      await backend.invoke('openExternalLink', { url: 'mailto:sekreterare@example.org' });
      expect(opened).toEqual(['url:https://www.vgregion.se/', 'url:mailto:sekreterare@example.org']);
    });
  });

  it('switches to a chosen data folder and remembers it', async () => {
    await withTempDir(async (dir) => {
      const other = join(dir, 'annan-mapp');
      const backend = await start(dir, recordingHost(other).host);
      const result = await backend.invoke('chooseDataFolder', undefined);
      expect(result).toMatchObject({ ok: true, value: { changed: true, status: { state: 'ready' } } });
      expect(await backend.invoke('getAppInfo', undefined)).toMatchObject({
        ok: true,
        value: { dataDir: other, dataFile: join(other, 'ros-data.json'), version: '9.9.9' },
      });
      expect(JSON.parse(await readFile(join(dir, 'user', 'preferences.json'), 'utf8'))).toEqual({ dataDir: other });
    });
  });
});
