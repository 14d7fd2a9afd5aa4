/**
 * The names of every IPC method, with nothing else, so the sandboxed preload can build `window.ros`
 * from this list without bundling zod. `contract.ts` checks that it names exactly these channels.
 */
export const channelNames = [
  'getAppInfo',
  'getStoreStatus',
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
  'listOrganisations',
  'saveOrganisation',
  'deleteOrganisation',
  'listMembers',
  'saveMember',
  'deleteMember',
  'eraseMemberPersonalData',
  'getRegisterStats',
  'previewImport',
  'remapImport',
  'confirmImport',
  'exportRegister',
  'listMeetings',
  'saveMeeting',
  'deleteMeeting',
  'saveAgenda',
  'saveAttendance',
  'createNextMeeting',
  'exportYearPlan',
  'exportNotice',
  'listMinutes',
  'getMinutes',
  'createMinutes',
  'saveMinutesContent',
  'setMinutesStatus',
  'unlockMinutes',
  'restoreMinutesSnapshot',
  'deleteMinutes',
  'listOpenActions',
  'setActionStatus',
  'searchMinutes',
  'exportMinutes',
  'openExportedFile',
] as const;

export type ChannelName = (typeof channelNames)[number];

/** The Electron IPC channel string that carries a method. */
export function ipcChannel(name: ChannelName): string {
  return `ros:${name}`;
}
