/**
 * The IPC methods of "Importera anteckningar från Word": choose .docx files and preview what each would
 * become (nothing written), then import the files the secretary chose from that preview. The files read
 * are kept for the preview's token until the next preview; a file that cannot be read is named with its
 * reason and does not stop the others.
 */
import { randomUUID } from 'node:crypto';
import { sv } from '../../shared/i18n/sv';
import { AppError } from '../appError';
import { describeFileError } from '../store/fileErrors';
import type { ReadWordFile } from '../minutes/wordImport/planWordImport';
import type { channelFamilies } from '../../shared/ipc/channels';
import type { HandlerContext, Handlers } from './handlers';
import { wordFilter } from './exportSaver';

type WordImportChannels = (typeof channelFamilies.wordImport)[number];

export function createWordImportHandlers(ctx: HandlerContext): Pick<Handlers, WordImportChannels> {
  let pending: { token: string; files: ReadWordFile[] } | null = null;
  // mammoth and htmlparser2, loaded when a Word file is first imported (the backend's start does not pay for them).
  const wordImport = () => import('../minutes/wordImport/planWordImport');

  const readFile = async (path: string): Promise<ReadWordFile> => {
    try {
      return await (await wordImport()).readWordFile(path, await ctx.fs.readFile(path));
    } catch (error) {
      return { id: randomUUID(), fileName: path.split(/[\\/]/).at(-1) ?? path, reading: { error: sv.wordImport.fileErrors.unreadable(describeFileError(error)) } };
    }
  };

  return {
    previewWordImport: async () => {
      const paths = await ctx.host.chooseOpenFiles(sv.wordImport.chooseFiles, [wordFilter]);
      if (!paths) return null;
      const files: ReadWordFile[] = [];
      // One at a time: a 5,000-word document is read in a fraction of a second, and memory stays low.
      for (const path of paths) files.push(await readFile(path));
      pending = { token: randomUUID(), files };
      return { token: pending.token, files: (await wordImport()).planWordImport(files, ctx.session().data).map((plan) => plan.preview) };
    },
    confirmWordImport: async ({ token, fileIds }) => {
      if (!pending || pending.token !== token) throw new AppError('NOT_FOUND', sv.wordImport.expired);
      const result = await (await wordImport()).applyWordImport(ctx.session(), pending.files, new Set(fileIds));
      pending = null;
      return result;
    },
  };
}
