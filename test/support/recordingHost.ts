/**
 * The desktop as tests (and the preview server) see it: records what the app asked the system to open,
 * answers file and folder dialogs with paths a test has set beforehand (null: the user cancelled), and
 * prints to PDF in Chromium — the engine Electron's printToPDF uses — with the same options (tagged,
 * with the headings as its outline).
 */
import type { Browser } from '@playwright/test';
import type { Host } from '../../electron/core/host';
import { launchChromium } from './chromium';

export interface HostAnswers {
  folder: string | null;
  openFile: string | null;
  /** What the dialog for several files answers (Importera anteckningar från Word). */
  openFiles: string[] | null;
  savePath: string | null;
}

export interface RecordingHost extends Host {
  readonly opened: string[];
  readonly answers: HostAnswers;
  /** The paths the save dialog proposed, in order. */
  readonly proposed: string[];
  /** Closes the browser used for printing, if any. */
  close(): Promise<void>;
}

export function createRecordingHost(onQuit: () => void = () => undefined): RecordingHost {
  const opened: string[] = [];
  const answers: HostAnswers = { folder: null, openFile: null, openFiles: null, savePath: null };
  const proposed: string[] = [];
  let printer: Promise<Browser> | null = null;
  return {
    opened,
    answers,
    proposed,
    openPath: async (path) => void opened.push(`path:${path}`),
    showInFolder: async (path) => void opened.push(`folder:${path}`),
    openExternal: async (url) => void opened.push(`url:${url}`),
    chooseFolder: async () => answers.folder,
    chooseOpenFile: async () => answers.openFile,
    chooseOpenFiles: async () => answers.openFiles,
    chooseSavePath: async (_title, defaultPath) => {
      proposed.push(defaultPath);
      return answers.savePath;
    },
    printToPdf: async (html, { headerHtml, footerHtml }) => {
      printer ??= launchChromium();
      const page = await (await printer).newPage({ javaScriptEnabled: false });
      try {
        await page.setContent(html);
        return await page.pdf({ displayHeaderFooter: true, headerTemplate: headerHtml, footerTemplate: footerHtml, preferCSSPageSize: true, tagged: true, outline: true });
      } finally {
        await page.close();
      }
    },
    quit: () => {
      opened.push('quit');
      onQuit();
    },
    close: async () => {
      const open = printer;
      printer = null;
      if (open) await (await open).close();
    },
  };
}
