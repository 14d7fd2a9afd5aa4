// The application menu in Swedish: Arkiv, Redigera, Visa, Möte, Fönster, Hjälp, with the usual keys,
// and every command it sends to the window one the window knows.
import { describe, expect, it } from 'vitest';
import { menuTemplate, type MenuItemTemplate } from '../../electron/core/app/menuTemplate';
import { menuCommands } from '../../electron/shared/ipc/menuCommands';

const flat = (items: MenuItemTemplate[]): MenuItemTemplate[] => items.flatMap((item) => [item, ...flat(item.submenu ?? [])]);

describe('the application menu', () => {
  it('has the Swedish menus, and the app menu only on macOS', () => {
    expect(menuTemplate('win32').map((m) => m.label)).toEqual(['Arkiv', 'Redigera', 'Visa', 'Möte', 'Fönster', 'Hjälp']);
    expect(menuTemplate('darwin')[0]).toMatchObject({ role: 'appMenu' });
  });

  it('sends every command the window handles, each once, with the usual keys', () => {
    const items = flat(menuTemplate('linux'));
    const commands = items.filter((item) => item.command).map((item) => item.command);
    expect([...commands].sort()).toEqual([...menuCommands].sort());
    const key = (command: string) => items.find((item) => item.command === command)?.accelerator;
    expect([key('newMinutes'), key('newMeeting'), key('exportWord'), key('exportPdf'), key('search'), key('liveMode'), key('settings')]).toEqual([
      'CmdOrCtrl+N', 'CmdOrCtrl+Shift+N', 'CmdOrCtrl+E', 'CmdOrCtrl+P', 'CmdOrCtrl+Shift+F', 'CmdOrCtrl+L', 'CmdOrCtrl+,',
    ]);
    expect(items.filter((item) => item.role).map((item) => item.role)).toEqual(expect.arrayContaining(['quit', 'undo', 'redo', 'copy', 'paste', 'togglefullscreen']));
  });
});
