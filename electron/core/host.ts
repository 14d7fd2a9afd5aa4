/**
 * What the core needs from the desktop around it, and nothing more: main.ts implements it with
 * Electron's shell, dialog and app; the browser test harness implements it with a recorder.
 */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface Host {
  /** Shows a folder in the system's file manager. */
  openPath(path: string): Promise<void>;
  /** Opens an already validated https/http/mailto URL in the user's browser or mail program. */
  openExternal(url: string): Promise<void>;
  /** Asks the user for a folder; null when cancelled. */
  chooseFolder(title: string): Promise<string | null>;
  /** Asks the user for a file to open; null when cancelled. */
  chooseOpenFile(title: string, filters: readonly FileFilter[]): Promise<string | null>;
  /** Asks the user where to save a file, proposing a folder and name; null when cancelled. */
  chooseSavePath(title: string, defaultPath: string, filters: readonly FileFilter[]): Promise<string | null>;
  quit(): void;
}
