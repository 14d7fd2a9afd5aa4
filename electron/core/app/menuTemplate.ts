/**
 * The Swedish application menu as plain data (Electron's menu roles with our labels), so main.ts only
 * hands it to `Menu.buildFromTemplate` and the wording lives with the other Swedish strings.
 */
import { sv } from '../../shared/i18n/sv';

type MenuRole =
  | 'quit' | 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll' | 'zoomIn' | 'zoomOut'
  | 'resetZoom' | 'togglefullscreen' | 'minimize' | 'about' | 'appMenu';

export interface MenuItemTemplate {
  label?: string;
  role?: MenuRole;
  type?: 'separator';
  submenu?: MenuItemTemplate[];
}

export function menuTemplate(platform: NodeJS.Platform): MenuItemTemplate[] {
  const m = sv.menu;
  const appMenu: MenuItemTemplate[] = platform === 'darwin' ? [{ role: 'appMenu', label: sv.app.name }] : [];
  return [
    ...appMenu,
    { label: m.file, submenu: [{ role: 'quit', label: m.quit }] },
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
    { label: m.window, submenu: [{ role: 'minimize', label: m.minimize }] },
    { label: m.help, submenu: [{ role: 'about', label: m.about }] },
  ];
}
