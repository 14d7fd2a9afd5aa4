/**
 * Reading a file the user picks in an open dialog (an import, an archive, a logo): null when the dialog
 * is cancelled, and a file that cannot be read becomes a Swedish NOT_FOUND. The counterpart of
 * `ExportSaver` for files coming in.
 */
import { AppError } from '../appError';
import type { FileFilter, Host } from '../host';
import { describeFileError } from '../store/fileErrors';
import type { FileSystem } from '../store/fileSystem';

export async function readChosenFile(host: Host, fs: FileSystem, title: string, filters: readonly FileFilter[]): Promise<Buffer | null> {
  const path = await host.chooseOpenFile(title, filters);
  if (!path) return null;
  try {
    return await fs.readFile(path);
  } catch (error) {
    throw new AppError('NOT_FOUND', describeFileError(error));
  }
}
