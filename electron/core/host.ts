/**
 * What the core needs from the desktop around it, and nothing more: main.ts implements it with
 * Electron's shell, dialog and app; the browser test harness implements it with a recorder.
 */
export interface FileFilter {
  name: string;
  extensions: string[];
}

/** What Chromium prints in the margins of every page: its header and footer templates. */
export interface PrintMargins {
  headerHtml: string;
  footerHtml: string;
}

export interface Host {
  /** Opens a folder in the system's file manager, or a file in its own program (Word for a .docx). */
  openPath(path: string): Promise<void>;
  /** Shows a file selected in its folder in the system's file manager. */
  showInFolder(path: string): Promise<void>;
  /**
   * Prints a self-contained HTML page to an A4 PDF in Chromium (Electron's printToPDF in the app),
   * with the margins' templates (Chromium's header/footer templates) at the head and foot of every page.
   */
  printToPdf(html: string, margins: PrintMargins): Promise<Uint8Array>;
  /** Opens an already validated https/http/mailto URL in the user's browser or mail program. */
  openExternal(url: string): Promise<void>;
  /** Asks the user for a folder; null when cancelled. */
  chooseFolder(title: string): Promise<string | null>;
  /** Asks the user for a file to open; null when cancelled. */
  chooseOpenFile(title: string, filters: readonly FileFilter[]): Promise<string | null>;
  /** Asks the user for one or more files to open; null when cancelled. */
  chooseOpenFiles(title: string, filters: readonly FileFilter[]): Promise<string[] | null>;
  /** Asks the user where to save a file, proposing a folder and name; null when cancelled. */
  chooseSavePath(title: string, defaultPath: string, filters: readonly FileFilter[]): Promise<string | null>;
  quit(): void;
}
