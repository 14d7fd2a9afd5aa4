/**
 * The IPC methods of the archive: export everything as one .zip, and import one into this data folder
 * (the current file is backed up first) or into a new, empty folder that then opens.
 */
import { join } from 'node:path';
import { todayIso } from '../../shared/format/isoDate';
import { sv } from '../../shared/i18n/sv';
import type { channelFamilies } from '../../shared/ipc/channels';
import { AppError } from '../appError';
import { decodeStoreOrRefuse } from '../store/storeCodec';
import type { FileFilter } from '../host';
import { atomicWriteFile } from '../store/atomicWrite';
import { describeFileError } from '../store/fileErrors';
import { errorCode } from '../store/fileSystem';
import { DATA_FILE_NAME } from '../store/storeSession';
import { readChosenFile } from './chosenFile';
import type { HandlerContext, Handlers } from './handlers';

type ArchiveChannels = (typeof channelFamilies.archive)[number];
const t = sv.archive;
const zipFilter: FileFilter = { name: t.filterName, extensions: ['zip'] };

export function createArchiveHandlers(ctx: HandlerContext): Pick<Handlers, ArchiveChannels> {
  const hasDataFile = async (folder: string) => {
    try {
      await ctx.fs.stat(join(folder, DATA_FILE_NAME));
      return true;
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return false;
      throw new AppError('SAVE_FAILED', describeFileError(error));
    }
  };
  return {
    exportArchive: async () => {
      const session = ctx.session();
      const [newest] = await session.listBackups();
      const backup = newest ? { fileName: newest.fileName, bytes: await session.backups.read(newest.fileName) } : null;
      return ctx.exports.save(sv.register.exports.saveTitle, t.fileName(todayIso()), zipFilter, async () => (await import('../archive/archive')).buildArchive(session.data, backup, new Date()));
    },
    importArchive: async ({ target }) => {
      const bytes = await readChosenFile(ctx.host, ctx.fs, t.chooseArchive, [zipFilter]);
      if (!bytes) return null;
      const { readArchive, refuseDamaged } = await import('../archive/archive');
      const dataFile = await readArchive(bytes);
      if (target === 'current') {
        await ctx.session().replaceWith(dataFile, refuseDamaged);
        return ctx.session().status();
      }
      decodeStoreOrRefuse(dataFile, refuseDamaged);
      const opened = await ctx.switchDataFolder(t.chooseNewFolder, async (folder) => {
        if (await hasDataFile(folder)) throw new AppError('IN_USE', t.folderHasData);
        await ctx.fs.mkdir(folder);
        await atomicWriteFile(ctx.fs, join(folder, DATA_FILE_NAME), dataFile);
      });
      return opened ? ctx.session().status() : null;
    },
  };
}
