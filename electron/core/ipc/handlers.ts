/**
 * What each IPC method does, one function per channel of the contract, on top of the open store
 * session. Inputs arrive already validated by `dispatch`; failures are thrown as `AppError`.
 */
import type { z } from 'zod';
import type { ChannelName, } from '../../shared/ipc/channels';
import type { ChannelOutput, Contract } from '../../shared/ipc/contract';
import { sv } from '../../shared/i18n/sv';
import { AppError } from '../appError';
import type { Host } from '../host';
import { checkExternalUrl } from '../../shared/links/externalUrl';
import type { StoreSession } from '../store/storeSession';
import type { FileSystem } from '../store/fileSystem';
import { createRegisterHandlers } from './registerHandlers';
import { createMeetingHandlers } from './meetingHandlers';
import { createMinutesHandlers } from './minutesHandlers';
import { createArchiveHandlers } from './archiveHandlers';
import { createSpellingHandlers } from './spellingHandlers';
import { createWebVersionHandlers } from './webVersionHandlers';
import { createActionPlanHandlers } from './actionPlanHandlers';
import { createWordImportHandlers } from './wordImportHandlers';
import type { SpellingService } from '../spelling/spellingService';
import type { ExportSaver } from './exportSaver';
import { readChosenFile } from './chosenFile';
import { imageFilter, logoFromFile } from '../documents/letterheadLogo';

export type Handlers = {
  [K in ChannelName]: (input: z.output<Contract[K]['input']>) => Promise<ChannelOutput<K>>;
};

export interface HandlerContext {
  appVersion: string;
  host: Host;
  session(): StoreSession;
  dataDir(): string;
  /**
   * Asks for another data folder, runs `prepare` on it (e.g. writes an archive's data file there),
   * opens it and remembers it; returns false when the user cancelled.
   */
  switchDataFolder(title: string, prepare?: (folder: string) => Promise<void>): Promise<boolean>;
  fs: FileSystem;
  exports: ExportSaver;
  spelling: SpellingService;
}

export function createHandlers(ctx: HandlerContext): Handlers {
  return {
    ...createRegisterHandlers(ctx),
    ...createMeetingHandlers(ctx),
    ...createMinutesHandlers(ctx),
    ...createArchiveHandlers(ctx),
    ...createSpellingHandlers(ctx),
    ...createWebVersionHandlers(ctx),
    ...createActionPlanHandlers(ctx),
    ...createWordImportHandlers(ctx),
    getAppInfo: async () => ({
      version: ctx.appVersion,
      dataDir: ctx.dataDir(),
      dataFile: ctx.session().dataFile,
      backupsDir: ctx.session().backups.folder,
    }),
    getStoreStatus: async () => ctx.session().status(),
    waitForStore: async () => ctx.session().status(),
    getSettings: async () => ctx.session().data.settings,
    updateSettings: async (patch) => {
      const session = ctx.session();
      await session.update((data) => {
        data.settings = { ...data.settings, ...patch };
      });
      return session.data.settings;
    },
    chooseLetterheadLogo: async () => {
      const bytes = await readChosenFile(ctx.host, ctx.fs, sv.settings.chooseLogoTitle, [imageFilter]);
      if (!bytes) return null;
      const session = ctx.session();
      const logo = logoFromFile(bytes, session.data.settings.letterheadLogo?.altText ?? sv.settings.defaultLogoAlt);
      await session.update((data) => {
        data.settings.letterheadLogo = logo;
      });
      return session.data.settings;
    },
    saveNow: async () => {
      await ctx.session().save();
      return null;
    },
    resolveConflict: async ({ choice }) => {
      await ctx.session().resolveConflict(choice);
      return ctx.session().status();
    },
    listBackups: async () => ctx.session().listBackups(),
    restoreBackup: async ({ fileName }) => {
      await ctx.session().restore(fileName);
      return ctx.session().status();
    },
    openDataFolder: async () => {
      await ctx.host.openPath(ctx.dataDir());
      return null;
    },
    chooseDataFolder: async () => {
      const changed = await ctx.switchDataFolder(sv.settings.chooseDataFolder);
      return { changed, status: ctx.session().status() };
    },
    openExternalLink: async ({ url }) => {
      const checked = checkExternalUrl(url);
      if (!checked.ok) throw new AppError('INVALID_URL', checked.reason === 'local' ? sv.errors.localUrl : sv.errors.invalidUrl);
      await ctx.host.openExternal(checked.url.href);
      return null;
    },
    quitApp: async () => {
      ctx.host.quit();
      return null;
    },
  };
}
