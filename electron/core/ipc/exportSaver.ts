/**
 * Saving an exported file where the user chooses: the save dialog proposes a name in the folder used
 * last (remembered between sessions; the Documents folder at first), and the file is written durably.
 * It also knows which files it wrote in this session: only those may be opened from the app afterwards.
 */
import { dirname, join } from 'node:path';
import { sv } from '../../shared/i18n/sv';
import { AppError } from '../appError';
import { readPreferences, updatePreferences } from '../app/preferences';
import type { FileFilter, Host } from '../host';
import { atomicWriteFile } from '../store/atomicWrite';
import { describeFileError } from '../store/fileErrors';
import type { FileSystem } from '../store/fileSystem';

export interface ExportSaver {
  /** Null when the user cancels the dialog. */
  save(
    title: string,
    fileName: string,
    filter: FileFilter,
    content: () => Promise<string | Uint8Array> | string | Uint8Array,
  ): Promise<{ path: string } | null>;
  wasExported(path: string): boolean;
}

export function createExportSaver(host: Host, fs: FileSystem, folders: { documentsDir: string; userDataDir: string }): ExportSaver {
  const exported = new Set<string>();
  return {
    async save(title, fileName, filter, content) {
      const lastDir = (await readPreferences(fs, folders.userDataDir)).exportDir ?? folders.documentsDir;
      const path = await host.chooseSavePath(title, join(lastDir, fileName), [filter]);
      if (!path) return null;
      try {
        await atomicWriteFile(fs, path, await content());
      } catch (error) {
        throw new AppError('SAVE_FAILED', describeFileError(error));
      }
      exported.add(path);
      await updatePreferences(fs, folders.userDataDir, { exportDir: dirname(path) }).catch(() => undefined);
      return { path };
    },
    wasExported: (path) => exported.has(path),
  };
}

export const wordFilter: FileFilter = { name: sv.fileFilters.word, extensions: ['docx'] };
export const pdfFilter: FileFilter = { name: sv.fileFilters.pdf, extensions: ['pdf'] };
export const csvFilter: FileFilter = { name: sv.fileFilters.csv, extensions: ['csv'] };
export const calendarFilter: FileFilter = { name: sv.fileFilters.calendar, extensions: ['ics'] };
