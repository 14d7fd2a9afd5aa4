/**
 * Shared steps of the real-Electron tests (Playwright's `_electron` against the built app): fresh temp
 * folders per test (the data folder through ROS_DATA_DIR; preferences, the window's place and the
 * single-instance lock through the user-data folder), the application menu read and clicked in main,
 * quitting the way a user does, a second start of the app, and collectors of what must never happen:
 * CSP violations and requests that leave the app. On a failure the windows, main's output and the
 * folders are kept under test-results/ for the workflow to upload.
 *
 * These tests run on GitHub Actions (.github/workflows/electron.yml); the development machines cannot
 * download Electron's binary. Everything else about the app is covered by the browser suite (test/e2e).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, expect, test as base, type ElectronApplication, type Locator, type Page } from '@playwright/test';
import { sv } from '../../electron/shared/i18n/sv';

/** The app as `npm run build` leaves it: package.json's "main" is out/main/main.js. */
const APP_ROOT = resolve(import.meta.dirname, '../..');
const MAIN_ENTRY = JSON.parse(readFileSync(join(APP_ROOT, 'package.json'), 'utf8')).main as string;
const CSP_MARK = 'securitypolicyviolation';

export interface Folders {
  root: string;
  /** ROS_DATA_DIR: not made beforehand, the app makes it. */
  dataDir: string;
  /** Electron's user data (preferences, window place, single-instance lock); it must exist for app.setPath. */
  userDataDir: string;
}

export interface LaunchedApp {
  electron: ElectronApplication;
  /** The app's window. */
  window: Page;
  folders: Folders;
  /** Every request any window made, with the window it came from. */
  requests: Array<{ url: string; page: Page | null }>;
  /** securitypolicyviolation events and console messages about the Content-Security-Policy, from any window. */
  cspViolations: string[];
  /** What main wrote to stdout and stderr. */
  output: string[];
  /** The app's process has ended. */
  closed: boolean;
}

function newFolders(): Folders {
  const root = mkdtempSync(join(tmpdir(), 'ros-electron-'));
  const userDataDir = join(root, 'user-data');
  mkdirSync(userDataDir);
  return { root, dataDir: join(root, 'data'), userDataDir };
}

/** The environment the app starts with: the test's folders, and nothing that would point it at a dev server. */
function appEnv(folders: Folders): Record<string, string> {
  const env = Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined));
  delete env.ELECTRON_RENDERER_URL;
  delete env.ELECTRON_RUN_AS_NODE;
  return { ...env, ROS_DATA_DIR: folders.dataDir, ROS_USER_DATA_DIR: folders.userDataDir };
}

/**
 * The app's own arguments: its folder (Electron reads package.json there: name, version, main) and
 * Chromium's --user-data-dir, which Electron also uses for app.getPath('userData'); main.ts honouring
 * ROS_USER_DATA_DIR makes that independent of Electron's version.
 */
const appArgs = (folders: Folders) => [APP_ROOT, `--user-data-dir=${folders.userDataDir}`];

const samePath = (a: string, b: string) => existsSync(a) && existsSync(b) && realpathSync.native(a) === realpathSync.native(b);

/** Logs each securitypolicyviolation event to the console, where the collectors see it (runs before the page's scripts). */
function reportCspViolations(mark: string): void {
  window.addEventListener(
    'securitypolicyviolation',
    (event) => console.error(`${mark}: ${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} in ${event.sourceFile}:${event.lineNumber}`),
    true,
  );
}

async function launchApp(folders: Folders): Promise<LaunchedApp> {
  if (!existsSync(join(APP_ROOT, MAIN_ENTRY))) throw new Error(`${MAIN_ENTRY} is missing: run \`npm run build\` before \`npm run test:electron\`.`);
  const electron = await _electron.launch({ args: appArgs(folders), env: appEnv(folders), cwd: APP_ROOT, timeout: 60_000 });
  const seen: Omit<LaunchedApp, 'electron' | 'window' | 'folders'> = { requests: [], cspViolations: [], output: [], closed: false };
  electron.on('close', () => (seen.closed = true));
  electron.process().stdout?.on('data', (chunk: Buffer) => seen.output.push(chunk.toString()));
  electron.process().stderr?.on('data', (chunk: Buffer) => seen.output.push(chunk.toString()));
  // Listening on the whole context from the start catches the window's first load as well as later windows.
  const context = electron.context();
  context.on('console', (message) => {
    const text = message.text();
    if (text.includes(CSP_MARK) || /Content[- ]Security[- ]Policy/i.test(text)) seen.cspViolations.push(text);
  });
  context.on('request', (request) => {
    let page: Page | null = null;
    try {
      page = request.frame().page();
    } catch {
      // A service worker's request has no frame; none of the app's windows made it.
    }
    seen.requests.push({ url: request.url(), page });
  });
  await context.addInitScript(reportCspViolations, CSP_MARK);
  let window: Page;
  try {
    window = await electron.firstWindow({ timeout: 60_000 });
  } catch (error) {
    await electron.close().catch(() => undefined);
    throw new Error(`the app opened no window:\n${seen.output.join('')}`, { cause: error });
  }
  // The same object the listeners above fill in, now with the window.
  return Object.assign(seen, { electron, folders, window });
}

/** The app keeps its preferences, window place and single-instance lock in the test's folder, not the runner's own. */
async function expectOwnUserData(app: LaunchedApp): Promise<void> {
  const userData = await app.electron.evaluate(({ app: electronApp }) => electronApp.getPath('userData'));
  expect(samePath(userData, app.folders.userDataDir),
    `the app keeps its user data in ${userData}, not in the test's folder: main.ts must call app.setPath('userData', process.env.ROS_USER_DATA_DIR) before the single-instance lock`,
  ).toBe(true);
}

/** What a user sees first: the window's title, and Möten with this year's meetings. */
export async function expectFirstScreen(window: Page): Promise<void> {
  await expect(window).toHaveTitle(sv.app.name);
  const nav = window.getByRole('navigation', { name: sv.app.navLabel });
  await expect(nav.getByRole('button', { name: sv.nav.meetings })).toHaveAttribute('aria-current', 'page');
  await expect(window.getByRole('heading', { level: 1 })).toHaveText(sv.meetings.ui.yearHeading(new Date().getFullYear()));
}

export async function openSection(window: Page, section: keyof typeof sv.nav): Promise<void> {
  await window.getByRole('navigation', { name: sv.app.navLabel }).getByRole('button', { name: sv.nav[section] }).click();
}

export const editorOf = (window: Page): Locator => window.getByRole('textbox', { name: sv.minutes.ui.editorLabel });

/** Through the screens, as a secretary does: Möten → Nytt möte → Spara, then Anteckningar → Skapa anteckningar. */
export async function createMeetingAndMinutes(window: Page): Promise<Locator> {
  const m = sv.meetings.ui;
  await openSection(window, 'meetings');
  await window.getByRole('button', { name: m.newMeeting }).click();
  await window.getByLabel(m.date).fill('2031-03-12');
  await window.getByLabel(m.startTime).fill('09:30');
  await window.getByLabel(m.endTime).fill('14:30');
  await window.getByLabel(m.kind).fill('Dialogmöte');
  await window.getByRole('radio', { name: m.placeToBeAnnounced, exact: true }).check();
  await window.getByRole('button', { name: m.save }).click();
  await expect(window.getByRole('status').filter({ hasText: m.saved })).toBeVisible();
  await openSection(window, 'minutes');
  await window.getByRole('button', { name: sv.minutes.ui.create }).click();
  await expect(editorOf(window)).toBeVisible();
  return editorOf(window);
}

/** Clicks into the first section's empty paragraph (under its heading) and types there. */
export async function typeInFirstSection(window: Page, text: string): Promise<void> {
  await editorOf(window).locator('p').first().click();
  await window.keyboard.type(text);
}

/** Anteckningar → the only minutes in the list → the editor. */
export async function openTheMinutes(window: Page): Promise<Locator> {
  await openSection(window, 'minutes');
  await window.getByRole('table', { name: sv.minutes.ui.tableLabel }).getByRole('button').first().click();
  await expect(editorOf(window)).toBeVisible();
  return editorOf(window);
}

/** The application menu's top-level labels, as main built it. */
export function menuLabels(app: LaunchedApp): Promise<string[]> {
  return app.electron.evaluate(({ Menu }) => (Menu.getApplicationMenu()?.items ?? []).map((item) => item.label));
}

/**
 * Chooses a menu item by its labels (e.g. Arkiv → Avsluta) as a click on it does: main runs the item's
 * click. The click runs just after this call returns, so a click that ends the app cannot cut the call off.
 */
export async function chooseMenuItem(app: LaunchedApp, labels: readonly string[]): Promise<void> {
  const found = await app.electron.evaluate(({ Menu }, path) => {
    let items = Menu.getApplicationMenu()?.items ?? [];
    let chosen: (typeof items)[number] | undefined;
    for (const label of path) {
      chosen = items.find((item) => item.label === label);
      if (!chosen) return false;
      items = chosen.submenu?.items ?? [];
    }
    const item = chosen;
    if (!item) return false;
    setImmediate(() => item.click());
    return true;
  }, labels);
  expect(found, `the menu has ${labels.join(' → ')}`).toBe(true);
}

/** Arkiv → Avsluta, then waits until the app's process has ended. */
export async function quitWithMenu(app: LaunchedApp): Promise<void> {
  const closed = app.electron.waitForEvent('close', { timeout: 30_000 });
  await chooseMenuItem(app, [sv.menu.file, sv.menu.quit]);
  await closed;
}

/** Answers the next save dialogs main shows (every save dialog of the app is main's) with `path`. */
export async function answerSaveDialog(app: LaunchedApp, path: string): Promise<void> {
  await app.electron.evaluate(({ dialog }, filePath) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
  }, path);
}

export interface WindowState {
  windows: number;
  bounds: { x: number; y: number; width: number; height: number };
  visible: boolean;
  minimized: boolean;
  focused: boolean;
}

/** The app's window as main sees it (the app has one window; `windows` says if there are more). */
export async function windowState(app: LaunchedApp): Promise<WindowState> {
  return app.electron.evaluate(({ BrowserWindow }) => {
    const all = BrowserWindow.getAllWindows();
    const window = all[0];
    if (!window) throw new Error('the app has no window');
    return { windows: all.length, bounds: window.getBounds(), visible: window.isVisible(), minimized: window.isMinimized(), focused: window.isFocused() };
  });
}

/**
 * Starts the app a second time on the same folders, with the same Electron binary the first one runs,
 * and waits for it to end by itself; if it is still running after `timeoutMs` it is stopped and this fails.
 */
export async function startSecondInstance(app: LaunchedApp, timeoutMs = 20_000): Promise<{ exitCode: number | null; output: string }> {
  const executable = await app.electron.evaluate(() => process.execPath);
  // Like Playwright's own launch: the runners' Linux has no setuid sandbox helper for Electron.
  const args = [...(process.platform === 'linux' ? ['--no-sandbox'] : []), ...appArgs(app.folders)];
  const child = spawn(executable, args, { env: appEnv(app.folders), cwd: APP_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`the second start was still running after ${timeoutMs} ms (it should hand over to the first and end):\n${output}`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (exitCode) => {
      clearTimeout(timer);
      resolvePromise({ exitCode, output });
    });
  });
}

/** Where the window's page comes from: the folder of its file: URL, or its custom scheme and host. */
function ownPrefix(pageUrl: string): string {
  const url = new URL(pageUrl);
  url.hash = '';
  url.search = '';
  if (url.protocol === 'file:') return url.href.slice(0, url.href.lastIndexOf('/') + 1);
  return `${url.protocol}//${url.host}/`;
}

const ALWAYS_LOCAL = ['data:', 'blob:', 'devtools:'];

/** Requests of the app's window to anything but the app's own files, data:, blob: and devtools:. */
export function requestsOutsideApp(app: LaunchedApp): string[] {
  const own = ownPrefix(app.window.url());
  return app.requests
    .filter((request) => request.page === app.window)
    .map((request) => request.url)
    .filter((url) => !url.startsWith(own) && !ALWAYS_LOCAL.some((scheme) => url.startsWith(scheme)));
}

function filesUnder(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => join(dir, name)) : [];
}

/** Every string value in a JSON document. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/**
 * The .json files anywhere in the data folder with `text` in one of their strings: read without knowing
 * the store's layout, which may change.
 */
export function jsonFilesContaining(dataDir: string, text: string): string[] {
  return filesUnder(dataDir).filter((file) => {
    if (!file.endsWith('.json')) return false;
    const raw = readFileSync(file, 'utf8');
    try {
      return stringsIn(JSON.parse(raw)).some((value) => value.includes(text));
    } catch {
      return raw.includes(text);
    }
  });
}

/** Keeps what explains a failure in the test's output folder: each window, main's output, the collectors, the folders. */
async function keepEvidence(app: LaunchedApp, index: number, outputPath: (...parts: string[]) => string): Promise<void> {
  const name = `app-${index + 1}`;
  if (!app.closed) {
    for (const [i, page] of app.electron.windows().entries()) {
      await page.screenshot({ path: outputPath(`${name}-window-${i + 1}.png`) }).catch(() => undefined);
    }
  }
  mkdirSync(outputPath(), { recursive: true });
  writeFileSync(outputPath(`${name}-main-output.txt`), app.output.join(''));
  writeFileSync(outputPath(`${name}-csp-violations.txt`), app.cspViolations.join('\n'));
  writeFileSync(outputPath(`${name}-requests.txt`), app.requests.map((request) => request.url).join('\n'));
  if (existsSync(app.folders.dataDir)) cpSync(app.folders.dataDir, outputPath(`${name}-data`), { recursive: true });
  const preferences = join(app.folders.userDataDir, 'preferences.json');
  if (existsSync(preferences)) cpSync(preferences, outputPath(`${name}-preferences.json`));
}

interface Desktop {
  /** Fresh temp folders, removed after the test. */
  folders(): Folders;
  /** Starts the built app on the folders, checked to use them; the test's end closes it if the test did not. */
  launch(folders: Folders): Promise<LaunchedApp>;
}

export const test = base.extend<{ desktop: Desktop }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; there are none
  desktop: async ({}, use, testInfo) => {
    const launched: LaunchedApp[] = [];
    const made: Folders[] = [];
    await use({
      folders: () => {
        const folders = newFolders();
        made.push(folders);
        return folders;
      },
      launch: async (folders) => {
        const app = await launchApp(folders);
        launched.push(app);
        await expectOwnUserData(app);
        return app;
      },
    });
    const failed = testInfo.status !== testInfo.expectedStatus;
    for (const [index, app] of launched.entries()) {
      if (failed) await keepEvidence(app, index, (...parts) => testInfo.outputPath(...parts));
      if (!app.closed) await app.electron.close().catch(() => undefined);
    }
    for (const folders of made) {
      try {
        rmSync(folders.root, { recursive: true, force: true, maxRetries: 5 });
      } catch {
        // Windows may still hold a file of an app that has just ended; the system clears its temp folder.
      }
    }
  },
});

export { expect };
