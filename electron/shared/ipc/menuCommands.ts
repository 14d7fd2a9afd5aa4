/**
 * The commands the application menu sends to the window (main → renderer, the one message that goes
 * that way), and the small API the preload puts on `window.rosMenu` to listen for them.
 */
export const menuCommands = [
  'newMeeting', 'newMinutes', 'exportWord', 'exportPdf', 'exportWeb', 'exportArchive', 'importArchive', 'importWord', 'search', 'liveMode', 'settings', 'about',
] as const;
export type MenuCommand = (typeof menuCommands)[number];

/** The Electron IPC channel that carries a menu command to the window. */
export const MENU_CHANNEL = 'ros:menu';

export const isMenuCommand = (value: unknown): value is MenuCommand => menuCommands.includes(value as MenuCommand);

export interface RosMenu {
  /** Calls `listener` with each menu command; returns the function that stops listening. */
  onCommand(listener: (command: MenuCommand) => void): () => void;
}

declare global {
  interface Window {
    /** Put there by the preload (or, in tests, by the harness); read only through renderer/api. */
    rosMenu: RosMenu;
  }
}
