/**
 * The preload: puts the contract's methods on `window.ros`, each a plain ipcRenderer.invoke, the
 * menu's commands on `window.rosMenu`, and main's flush requests and notices on `window.rosWindow`.
 * No logic lives here; it is bundled to one CommonJS file because the renderer is sandboxed.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { ipcChannel } from './shared/ipc/channels';
import { buildRosApi } from './shared/ipc/rosApi';
import { isMenuCommand, MENU_CHANNEL, type RosMenu } from './shared/ipc/menuCommands';
import { FLUSH_REPLY_CHANNEL, FLUSH_REQUEST_CHANNEL, isWindowNotice, NOTICE_CHANNEL, type RosWindow } from './shared/ipc/windowMessages';

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

const rosWindow: RosWindow = {
  onFlushRequest(save) {
    const answer = (_event: IpcRendererEvent, id: unknown) =>
      void save().then((outcome) => ipcRenderer.send(FLUSH_REPLY_CHANNEL, id, outcome));
    ipcRenderer.on(FLUSH_REQUEST_CHANNEL, answer);
    return () => void ipcRenderer.removeListener(FLUSH_REQUEST_CHANNEL, answer);
  },
  onNotice(listener) {
    const forward = (_event: IpcRendererEvent, notice: unknown) => isWindowNotice(notice) && listener(notice);
    ipcRenderer.on(NOTICE_CHANNEL, forward);
    return () => void ipcRenderer.removeListener(NOTICE_CHANNEL, forward);
  },
};
contextBridge.exposeInMainWorld('rosWindow', rosWindow);
