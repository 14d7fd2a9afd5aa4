/**
 * The preload: puts the contract's methods on `window.ros`, each a plain ipcRenderer.invoke, and the
 * menu's commands on `window.rosMenu`.
 * No logic lives here; it is bundled to one CommonJS file because the renderer is sandboxed.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { ipcChannel } from './shared/ipc/channels';
import { buildRosApi } from './shared/ipc/rosApi';
import { isMenuCommand, MENU_CHANNEL, type RosMenu } from './shared/ipc/menuCommands';

contextBridge.exposeInMainWorld(
  'ros',
  buildRosApi((name, input) => ipcRenderer.invoke(ipcChannel(name), input)),
);

const menu: RosMenu = {
  onCommand(listener) {
    const forward = (_event: IpcRendererEvent, command: unknown) => isMenuCommand(command) && listener(command);
    ipcRenderer.on(MENU_CHANNEL, forward);
    return () => void ipcRenderer.removeListener(MENU_CHANNEL, forward);
  },
};
contextBridge.exposeInMainWorld('rosMenu', menu);
