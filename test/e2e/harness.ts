/**
 * Opens the built renderer in Chromium with `window.ros` routed, through `page.exposeBinding` (or, with
 * `transport: 'worker'`, through a Worker as cheap on the page's thread as Electron's IPC), to the
 * app's own backend process (`electron/backend.ts`, supervised as main.ts supervises it) on the store
 * in `dataDir`. It plays main's other parts too: menu commands, the close handshake's flush request and
 * the notice after a backend restart. Every request the page makes off its own origin is blocked and
 * counted.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { launchChromium } from '../support/chromium';
import { channelNames } from '../../electron/shared/ipc/channels';
import { startBackend, type BackendClient } from '../support/backendClient';
import { serveRenderer, type RendererServer } from '../support/rendererServer';
import { SHELL_STAND_INS } from '../support/shellStandIns';
import { watchCspViolations } from '../support/cspViolations';
import { createRelay, workerApiScript } from '../support/workerTransport';
import type { MenuCommand } from '../../electron/shared/ipc/menuCommands';
import type { FlushOutcome } from '../../electron/shared/ipc/windowMessages';

export interface LaunchedApp {
  page: Page;
  close(): Promise<void>;
  backend: BackendClient;
  /** Plays a choice in the application menu, as main.ts sends it to the window. */
  menu(command: MenuCommand): Promise<void>;
  /** Plays main's close request: the page's answer (null when nothing answered). */
  requestClose(): Promise<FlushOutcome | null>;
  /** URLs the page tried to reach outside the app itself (blocked). */
  networkRequests: string[];
}

let browser: Promise<Browser> | null = null;
function sharedBrowser(): Promise<Browser> {
  browser ??= launchChromium();
  return browser;
}

/** Closes the browser the launched apps share; the test runner's workers do it by exiting, a script must. */
export async function closeSharedBrowser(): Promise<void> {
  const open = browser;
  browser = null;
  if (open) await (await open).close();
}

/** The window's size in CSS pixels, and device pixels per CSS pixel (2 on a 200 % screen). */
export interface Screen {
  width: number;
  height: number;
  deviceScaleFactor: number;
}

/**
 * `renderer`: another server of the page than the built one (the dev server); closed with the app.
 * `screen`: the window, 1280×720 at 1× unless given.
 * `transport`: how `window.ros` reaches the backend. 'binding' (the tests') is Playwright's binding, whose
 * own work on the page's thread is about a quarter of a second per 845 kB call; 'worker' (the bench's)
 * posts each call to a Worker that relays it over a WebSocket, so the page pays one structured clone
 * each way, as with Electron's `ipcRenderer.invoke`. `hold` (worker only) keeps answers back, per channel.
 */
export async function launchApp(options: {
  dataDir: string;
  renderer?: RendererServer;
  screen?: Screen;
  transport?: 'binding' | 'worker';
  hold?: (channel: string) => number;
  /** Runs on the page before it loads the app: routes that must be in place from the start. */
  beforeLoad?: (page: Page) => Promise<unknown>;
}): Promise<LaunchedApp> {
  let page: Page | null = null;
  // As main.ts does, the window opens while the backend starts, and the page's calls wait for it.
  const starting = startBackend(options.dataDir, {
    checkExports: true,
    // A restart that completes after the test closed the page has no one to tell (a missing notice on an
    // open page fails the test that waits for it).
    onRestarted: () =>
      void page
        ?.evaluate(() => (window as unknown as { __rosNotice(n: string): void }).__rosNotice('backendRestarted'))
        .catch(() => undefined),
  });
  const invoke = async (name: string, input: unknown) => (await starting).invoke(name, input);
  const worker = options.transport === 'worker';
  if (worker && options.renderer) throw new Error('Arbetartransporten kräver den byggda rendreraren.');
  const relay = worker ? createRelay(invoke, options.hold) : null;
  const server = options.renderer ?? (await serveRenderer(relay ? { extra: relay.serve, upgrade: relay.upgrade } : {}));
  const appWindow = await openWindow(server.origin, options.screen, async (context) => {
    if (relay) {
      await context.addInitScript({ content: workerApiScript(channelNames) });
      return;
    }
    // Calls and results cross as JSON text (as they then do to the backend process): Playwright's own value
    // serialization takes a quarter of a second for a register of 1,000 members, on the page's main thread,
    // where Electron's structured clone takes milliseconds.
    await context.exposeBinding('__rosInvoke', async (_source, name: string, input: string | undefined) =>
      JSON.stringify(await invoke(name, input === undefined ? undefined : JSON.parse(input))));
    await context.addInitScript((names: readonly string[]) => {
      const invoke = (window as unknown as { __rosInvoke(name: string, input: string | undefined): Promise<string> }).__rosInvoke;
      const api: Record<string, (input?: unknown) => Promise<unknown>> = {};
      for (const name of names) {
        api[name] = async (input?: unknown) => JSON.parse(await invoke(name, input === undefined ? undefined : JSON.stringify(input))) as unknown;
      }
      Object.defineProperty(window, 'ros', { value: Object.freeze(api) });
    }, channelNames);
  });
  page = appWindow.page;
  let backend: BackendClient;
  try {
    await options.beforeLoad?.(page);
    await page.goto(`${server.origin}/`);
    backend = await starting;
  } catch (error) {
    await appWindow.close().catch(() => undefined);
    relay?.close();
    await server.close();
    await starting.then((started) => started.close(), () => undefined);
    throw error;
  }
  const shown = page;
  return {
    page: shown,
    backend,
    networkRequests: appWindow.networkRequests,
    menu: (command) => shown.evaluate((name) => (window as unknown as { __rosMenuCommand(c: string): void }).__rosMenuCommand(name), command),
    requestClose: () => shown.evaluate(() => (window as unknown as { __rosRequestFlush(): Promise<FlushOutcome | null> }).__rosRequestFlush()),
    close: async () => {
      await appWindow.close();
      relay?.close();
      await server.close();
      await backend.close();
    },
  };
}

/** A new browser context with an empty cache and its page, not yet navigated, as every launch opens them. */
export interface AppWindow {
  page: Page;
  /** URLs the page tried to reach outside `origin` (blocked). */
  networkRequests: string[];
  /** Closes the context; fails on any Content-Security-Policy violation. */
  close(): Promise<void>;
}

/**
 * Opens a new context on the shared browser (started on first use) with the window's size: every request
 * off `origin` is blocked and counted, `transport` adds how `window.ros` reaches a backend, then the shell's
 * stand-ins and the watch on the Content-Security-Policy, and opens a page. The bench's floor of the first
 * screen opens the same window on a trivial page.
 */
export async function openWindow(origin: string, screen: Screen | undefined, transport: (context: BrowserContext) => Promise<void>): Promise<AppWindow> {
  const { width, height, deviceScaleFactor } = screen ?? { width: 1280, height: 720, deviceScaleFactor: 1 };
  const context = await (await sharedBrowser()).newContext({ locale: 'sv-SE', viewport: { width, height }, deviceScaleFactor });
  const networkRequests: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    networkRequests.push(url);
    return route.abort('blockedbyclient');
  });
  await transport(context);
  await context.addInitScript(SHELL_STAND_INS);
  // Any Content-Security-Policy violation fails the test when it closes the app.
  const csp = await watchCspViolations(context);
  const page = await context.newPage();
  return {
    page,
    networkRequests,
    close: async () => {
      await context.close();
      csp.assertNone();
    },
  };
}
