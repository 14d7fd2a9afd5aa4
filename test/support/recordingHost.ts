/**
 * The desktop as tests (and the preview server) see it: records what the app asked the system to open,
 * and answers file and folder dialogs with paths a test has set beforehand (null: the user cancelled).
 */
import type { Host } from '../../electron/core/host';

export interface HostAnswers {
  folder: string | null;
  openFile: string | null;
  savePath: string | null;
}

export interface RecordingHost extends Host {
  readonly opened: string[];
  readonly answers: HostAnswers;
}

export function createRecordingHost(onQuit: () => void = () => undefined): RecordingHost {
  const opened: string[] = [];
  const answers: HostAnswers = { folder: null, openFile: null, savePath: null };
  return {
    opened,
    answers,
    openPath: async (path) => void opened.push(`path:${path}`),
    openExternal: async (url) => void opened.push(`url:${url}`),
    chooseFolder: async () => answers.folder,
    chooseOpenFile: async () => answers.openFile,
    chooseSavePath: async () => answers.savePath,
    quit: () => {
      opened.push('quit');
      onQuit();
    },
  };
}
