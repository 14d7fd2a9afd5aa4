/**
 * The Electron shell: one window with secure defaults, a Swedish menu, the single-instance lock, the
 * backend in a utility process of its own (supervised by the core) with every IPC channel of the
 * contract forwarded to it, and the close handshake that saves the page before the window goes.
 * No business logic lives here.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell, utilityProcess } from 'electron';
import type { MenuItemConstructorOptions, OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import { superviseBackend, type BackendChild, type Supervisor } from './core/backend/supervisor';
import type { PrintMargins } from './core/host';
import { createCloseGuard } from './core/app/closeGuard';
import { resolveDataDir } from './core/app/dataFolder';
import { menuTemplate, type MenuItemTemplate } from './core/app/menuTemplate';
import { MENU_CHANNEL } from './shared/ipc/menuCommands';
import { FLUSH_REPLY_CHANNEL, FLUSH_REQUEST_CHANNEL, NOTICE_CHANNEL } from './shared/ipc/windowMessages';
import { readPreferences, updatePreferences } from './core/app/preferences';
import { restoredWindowState, type WindowState } from './core/app/windowState';
import { nodeFileSystem } from './core/store/fileSystem';
import { isTrustedSenderUrl } from './core/security/trustedSender';
import { APP_INDEX_URL, APP_SCHEME, appFileResponse } from './core/security/appProtocol';
import { isAllowedRequest } from './core/security/requestFilter';
import { writePrivateTempFile } from './core/app/privateTempFile';
import { channelNames, ipcChannel } from './shared/ipc/channels';
import { fail } from './shared/ipc/result';
import { sv } from './shared/i18n/sv';

/** The dev server's URL under `npm run dev`; the packaged app never loads a page from elsewhere. */
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const rendererUrl = devServerUrl ?? APP_INDEX_URL;
/** The built page, served as ros://app/… (core/security/appProtocol.ts). */
const rendererDir = join(import.meta.dirname, '../renderer');
/** The file: URLs of pages being printed to PDF: the only file: URLs any request may reach. */
const printPages = new Set<string>();
let mainWindow: BrowserWindow | null = null;
/** The window's place when it closed, remembered in the preferences before the app quits. */
let lastPlace: WindowState | null = null;
/** Set when the app is quitting (Avsluta, Ctrl+Q, the system): after the handshake the quit goes on. */
let quitting = false;
const CLOSE_TIMEOUT_MS = 5000;

function createWindow(place: WindowState): BrowserWindow {
  const window = new BrowserWindow({
    x: place.x,
    y: place.y,
    width: place.width,
    height: place.height,
    minWidth: 900,
    minHeight: 600,
    title: sv.app.name,
    show: false,
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  if (place.maximized) window.maximize();
  const guard = createCloseGuard({ sendRequest: (id) => window.webContents.send(FLUSH_REQUEST_CHANNEL, id), timeoutMs: CLOSE_TIMEOUT_MS });
  ipcMain.on(FLUSH_REPLY_CHANNEL, (event, id: unknown, outcome: unknown) => event.sender === window.webContents && guard.reply(id, outcome));
  window.on('close', (event) => {
    lastPlace = { ...window.getNormalBounds(), maximized: window.isMaximized() };
    if (guard.allowed || window.webContents.isCrashed()) return;
    event.preventDefault();
    void guard.requestClose().then((decision) => {
      if (decision === 'stay') quitting = false;
      else if (quitting) app.quit();
      else window.close();
    });
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(rendererUrl);
  return window;
}

function openDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue> {
  return mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options);
}

function firstPath(picked: OpenDialogReturnValue): string | null {
  return picked.canceled ? null : (picked.filePaths[0] ?? null);
}

/** Prints the core's self-contained page in a hidden window without script, loaded from a private temp folder. */
async function printToPdf(html: string, { headerHtml, footerHtml }: PrintMargins): Promise<Uint8Array> {
  const page = await writePrivateTempFile(app.getPath('temp'), 'ros-utskrift-', 'utskrift.html', html);
  const pageUrl = pathToFileURL(page.path).href;
  printPages.add(pageUrl);
  const printer = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, disableBlinkFeatures: 'Auxclick' },
  });
  try {
    await printer.loadURL(pageUrl);
    return await printer.webContents.printToPDF({
      displayHeaderFooter: true, headerTemplate: headerHtml, footerTemplate: footerHtml, preferCSSPageSize: true, generateTaggedPDF: true, generateDocumentOutline: true,
    });
  } finally {
    printer.destroy();
    printPages.delete(pageUrl);
    await page.remove();
  }
}

/** The menu's data with each command sent to the window when chosen. */
function withClicks(items: MenuItemTemplate[]): MenuItemConstructorOptions[] {
  return items.map(({ command, submenu, ...item }) => ({
    ...item,
    ...(command ? { click: () => mainWindow?.webContents.send(MENU_CHANNEL, command) } : {}),
    ...(submenu ? { submenu: withClicks(submenu) } : {}),
  }));
}

function lockDownSession(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  protocol.handle(APP_SCHEME, (request) => appFileResponse(request.url, rendererDir));
  session.defaultSession.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedRequest(details.url, { devServerUrl, printPages }) }));
}

/** Electron's utility process as the supervisor's child: the built `backend.js` beside main.js. */
function spawnBackend(): BackendChild {
  const child = utilityProcess.fork(join(import.meta.dirname, 'backend.js'), [], { serviceName: 'RÖS Sekreterare (data)' });
  return {
    postMessage: (message) => child.postMessage(message),
    onMessage: (listener) => void child.on('message', listener),
    onExit: (listener) => void child.once('exit', listener),
    kill: () => void child.kill(),
  };
}

function registerIpc(backend: Supervisor): void {
  for (const name of channelNames) {
    ipcMain.handle(ipcChannel(name), (event, input: unknown) =>
      isTrustedSenderUrl(event.senderFrame?.url ?? '', rendererUrl)
        ? backend.invoke(name, input)
        : fail('FORBIDDEN', sv.errors.forbidden),
    );
  }
}

let stopBackend = (): Promise<void> => Promise.resolve();

async function start(): Promise<void> {
  await app.whenReady();
  lockDownSession();
  const userDataDir = app.getPath('userData');
  const [dataDir, preferences] = await Promise.all([
    resolveDataDir(nodeFileSystem, process.env, userDataDir),
    readPreferences(nodeFileSystem, userDataDir),
  ]);
  const backend = superviseBackend({
    spawn: spawnBackend,
    onRestarted: () => mainWindow?.webContents.send(NOTICE_CHANNEL, 'backendRestarted'),
    start: {
      dataDir,
      userDataDir,
      documentsDir: app.getPath('documents'),
      appVersion: app.getVersion(),
    },
    host: {
      openPath: async (path) => void (await shell.openPath(path)),
      showInFolder: async (path) => shell.showItemInFolder(path),
      printToPdf,
      openExternal: (url) => shell.openExternal(url),
      chooseFolder: async (title) =>
        firstPath(await openDialog({ title, properties: ['openDirectory', 'createDirectory'] })),
      chooseOpenFile: async (title, filters) =>
        firstPath(await openDialog({ title, filters: [...filters], properties: ['openFile'] })),
      chooseOpenFiles: async (title, filters) => {
        const picked = await openDialog({ title, filters: [...filters], properties: ['openFile', 'multiSelections'] });
        return picked.canceled || picked.filePaths.length === 0 ? null : picked.filePaths;
      },
      chooseSavePath: async (title, defaultPath, filters) => {
        const options = { title, defaultPath, filters: [...filters] };
        const picked = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
        return picked.canceled ? null : (picked.filePath ?? null);
      },
      quit: () => app.quit(),
    },
  });
  stopBackend = () => backend.stop();
  registerIpc(backend);
  Menu.setApplicationMenu(Menu.buildFromTemplate(withClicks(menuTemplate(process.platform))));
  // The window loads while the backend reads the store (the page's calls wait for it in the supervisor),
  // so the first screen costs the longer of the two, not their sum. A backend that cannot start still
  // ends the app with the message below.
  mainWindow = createWindow(restoredWindowState(preferences.window, screen.getAllDisplays().map((display) => display.workArea)));
  await backend.ready;
}

// Swedish date pickers and number formats whatever language the computer is set to.
app.commandLine.appendSwitch('lang', 'sv-SE');
// The app's own scheme, like https: to the page (a real origin, a secure context), before the app is ready.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
]);

// Tests and portable installs keep preferences, the window's place and the single-instance lock in a
// folder of their own; the lock is per user-data folder, so this comes before it.
const userDataOverride = process.env.ROS_USER_DATA_DIR?.trim();
if (userDataOverride) {
  mkdirSync(userDataOverride, { recursive: true });
  app.setPath('userData', userDataOverride);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('before-quit', () => (quitting = true));
  app.on('window-all-closed', () => app.quit());
  // Electron does not emit window-all-closed when the app quits (Avsluta, Ctrl+Q): the window's place is
  // remembered and the backend ended (after the calls under way) here, once, for every way of quitting.
  let finished = false;
  app.on('will-quit', (event) => {
    if (finished) return;
    event.preventDefault();
    const place = lastPlace ? updatePreferences(nodeFileSystem, app.getPath('userData'), { window: lastPlace }) : Promise.resolve();
    void Promise.allSettled([place, stopBackend()]).finally(() => {
      finished = true;
      app.quit();
    });
  });
  void start().catch((error: unknown) => {
    dialog.showErrorBox(sv.app.name, `${sv.errors.backendGone}\n\n${error instanceof Error ? error.message : String(error)}`);
    app.quit();
  });
}
