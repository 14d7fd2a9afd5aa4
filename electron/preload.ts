/**
 * The preload: puts the contract's methods on `window.ros`, each a plain ipcRenderer.invoke.
 * No logic lives here; it is bundled to one CommonJS file because the renderer is sandboxed.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { ipcChannel } from './shared/ipc/channels';
import { buildRosApi } from './shared/ipc/rosApi';

contextBridge.exposeInMainWorld(
  'ros',
  buildRosApi((name, input) => ipcRenderer.invoke(ipcChannel(name), input)),
);
