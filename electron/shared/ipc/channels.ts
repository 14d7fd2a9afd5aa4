/**
 * The names of every IPC method and which of them change the store, with no schema, so the sandboxed
 * preload can build `window.ros` from this list without bundling zod, and the first screen can follow
 * saves without loading the contract. `contract.ts` checks that it names exactly these channels.
 */
/** The channels by family: each family has its own handler module in electron/core/ipc. */
export const channelFamilies = {
  app: [
    'getAppInfo',
    'getStoreStatus',
    'waitForStore',
    'getSettings',
    'updateSettings',
    'chooseLetterheadLogo',
    'saveNow',
    'resolveConflict',
    'listBackups',
    'restoreBackup',
    'openDataFolder',
    'chooseDataFolder',
    'openExternalLink',
    'quitApp',
  ],
  register: [
    'listOrganisations',
    'saveOrganisation',
    'deleteOrganisation',
    'listMembers',
    'listFormerMembers',
    'saveMember',
    'deleteMember',
    'eraseMemberPersonalData',
    'getRegisterStats',
    'previewImport',
    'remapImport',
    'confirmImport',
    'exportRegister',
  ],
  meetings: [
    'listMeetings',
    'listFormerMeetings',
    'saveMeeting',
    'deleteMeeting',
    'saveAgenda',
    'saveAttendance',
    'createNextMeeting',
    'exportYearPlan',
    'exportNotice',
    'createMailDraft',
  ],
  archive: [
    'exportArchive',
    'importArchive',
  ],
  minutes: [
    'listMinutes',
    'getMinutes',
    'createMinutes',
    'saveMinutesContent',
    'saveMinutesChange',
    'setMinutesStatus',
    'unlockMinutes',
    'restoreMinutesSnapshot',
    'deleteMinutes',
    'listOpenActions',
    'setActionStatus',
    'searchMinutes',
    'exportMinutes',
    'openExportedFile',
  ],
  publishing: [
    'previewWebVersion',
    'exportWebVersion',
  ],
  wordImport: [
    'previewWordImport',
    'confirmWordImport',
  ],
  spelling: [
    'checkSpelling',
    'spellingSuggestions',
    'addSpellingWord',
  ],
  actionPlans: [
    'getPlanFollowUp',
    'exportPlanFollowUp',
  ],
} as const;
export type ChannelFamily = keyof typeof channelFamilies;

export const channelNames = Object.values(channelFamilies).flat();

export type ChannelName = { [F in ChannelFamily]: (typeof channelFamilies)[F][number] }[ChannelFamily];

/**
 * The methods that change the store: the header's save indicator follows their answers, and a call cut
 * off by a crash of the backend is answered as a failed save.
 */
const storeChanging: ReadonlySet<ChannelName> = new Set<ChannelName>([
  'updateSettings', 'chooseLetterheadLogo', 'saveNow',
  'saveOrganisation', 'deleteOrganisation', 'saveMember', 'deleteMember', 'eraseMemberPersonalData', 'confirmImport',
  'saveMeeting', 'deleteMeeting', 'saveAgenda', 'saveAttendance', 'createNextMeeting',
  'importArchive',
  'createMinutes', 'saveMinutesContent', 'saveMinutesChange', 'setMinutesStatus', 'unlockMinutes', 'restoreMinutesSnapshot',
  'deleteMinutes', 'setActionStatus',
  'confirmWordImport',
  'addSpellingWord',
]);

export function isMutating(name: ChannelName): boolean {
  return storeChanging.has(name);
}

/** The Electron IPC channel string that carries a method. */
export function ipcChannel(name: ChannelName): string {
  return `ros:${name}`;
}
