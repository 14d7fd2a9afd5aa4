/**
 * The Swedish application menu as plain data (Electron's menu roles with our labels), so main.ts only
 * hands it to `Menu.buildFromTemplate` and the wording lives with the other Swedish strings.
 */
import { sv } from '../../shared/i18n/sv';
import type { MenuCommand } from '../../shared/ipc/menuCommands';

type MenuRole =
  | 'quit' | 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll' | 'zoomIn' | 'zoomOut'
  | 'resetZoom' | 'togglefullscreen' | 'minimize' | 'appMenu';

export interface MenuItemTemplate {
  label?: string;
  role?: MenuRole;
  type?: 'separator';
  accelerator?: string;
  /** Sent to the window when chosen (main.ts turns it into a click handler). */
  command?: MenuCommand;
  submenu?: MenuItemTemplate[];
}

export function menuTemplate(platform: NodeJS.Platform): MenuItemTemplate[] {
  const m = sv.menu;
  const appMenu: MenuItemTemplate[] = platform === 'darwin' ? [{ role: 'appMenu', label: sv.app.name }] : [];
  return [
    ...appMenu,
    {
      label: m.file,
      submenu: [
        { label: m.newMinutes, accelerator: 'CmdOrCtrl+N', command: 'newMinutes' },
        { type: 'separator' },
        { label: m.exportWord, accelerator: 'CmdOrCtrl+E', command: 'exportWord' },
        { label: m.exportPdf, accelerator: 'CmdOrCtrl+P', command: 'exportPdf' },
        { label: sv.webVersion.menuItem, command: 'exportWeb' },
        { type: 'separator' },
        { label: m.exportArchive, command: 'exportArchive' },
        { label: m.importArchive, command: 'importArchive' },
        { label: sv.wordImport.menuItem, command: 'importWord' },
        { type: 'separator' },
        { label: m.settings, accelerator: 'CmdOrCtrl+,', command: 'settings' },
        { type: 'separator' },
        { role: 'quit', label: m.quit },
      ],
    },
    {
      label: m.edit,
      submenu: [
        { role: 'undo', label: m.undo },
        { role: 'redo', label: m.redo },
        { type: 'separator' },
        { role: 'cut', label: m.cut },
        { role: 'copy', label: m.copy },
        { role: 'paste', label: m.paste },
        { role: 'selectAll', label: m.selectAll },
        { type: 'separator' },
        { label: m.search, accelerator: 'CmdOrCtrl+Shift+F', command: 'search' },
      ],
    },
    {
      label: m.view,
      submenu: [
        { role: 'zoomIn', label: m.zoomIn },
        { role: 'zoomOut', label: m.zoomOut },
        { role: 'resetZoom', label: m.resetZoom },
        { type: 'separator' },
        { role: 'togglefullscreen', label: m.fullScreen },
      ],
    },
    {
      label: m.meeting,
      submenu: [
        { label: m.newMeeting, accelerator: 'CmdOrCtrl+Shift+N', command: 'newMeeting' },
        { label: m.liveMode, accelerator: 'CmdOrCtrl+L', command: 'liveMode' },
      ],
    },
    { label: m.window, submenu: [{ role: 'minimize', label: m.minimize }] },
    { label: m.help, submenu: [{ label: m.about, command: 'about' }] },
  ];
}
