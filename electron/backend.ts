/**
 * The backend process's entry: the store, the IPC handlers and the exports run here, in a process of
 * their own (Electron's utility process in the app, a Node child in the browser tests: the same file),
 * so heavy work never freezes the window and a crash here is a restart, not a dead app. The build copies
 * the Swedish dictionary's two files beside this file (electron-vite's `?asset`) for the spelling check.
 */
/// <reference types="electron-vite/node" />
import { portOfThisProcess, runBackendProcess } from './core/backend/backendProcess';
import aff from '../node_modules/dictionary-sv/index.aff?asset';
import dic from '../node_modules/dictionary-sv/index.dic?asset';

runBackendProcess(portOfThisProcess(), { aff, dic });
