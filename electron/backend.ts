/**
 * The backend process's entry: the store, the IPC handlers and the exports run here, in a process of
 * their own (Electron's utility process in the app, a Node child in the browser tests: the same file),
 * so heavy work never freezes the window and a crash here is a restart, not a dead app.
 */
import { portOfThisProcess, runBackendProcess } from './core/backend/backendProcess';

runBackendProcess(portOfThisProcess());
