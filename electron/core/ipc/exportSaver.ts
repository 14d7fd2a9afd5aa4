/**
 * Saving an exported file where the user chooses: the save dialog proposes a name in the folder used
 * last (the Documents folder at first), and the file is written durably. Null when the user cancels.
 */
import { dirname, join } from 'node:path';
import { AppError } from '../appError';
import type { FileFilter, Host } from '../host';
import { atomicWriteFile } from '../store/atomicWrite';
import { describeFileError } from '../store/fileErrors';
import type { FileSystem } from '../store/fileSystem';

export type ExportSaver = (
  title: string,
  fileName: string,
  filter: FileFilter,
  content: () => Promise<string | Uint8Array> | string | Uint8Array,
) => Promise<{ path: string } | null>;

export function createExportSaver(host: Host, fs: FileSystem, documentsDir: string): ExportSaver {
  let lastDir = documentsDir;
  return async (title, fileName, filter, content) => {
    const path = await host.chooseSavePath(title, join(lastDir, fileName), [filter]);
    if (!path) return null;
    try {
      await atomicWriteFile(fs, path, await content());
    } catch (error) {
      throw new AppError('SAVE_FAILED', describeFileError(error));
    }
    lastDir = dirname(path);
    return { path };
  };
}

export const wordFilter: FileFilter = { name: 'Word-dokument', extensions: ['docx'] };
export const csvFilter: FileFilter = { name: 'CSV för Excel', extensions: ['csv'] };
export const calendarFilter: FileFilter = { name: 'Kalender', extensions: ['ics'] };
