/**
 * Opens the built renderer in Chromium with `window.ros` routed, through `page.exposeBinding`, to the
 * very backend main.ts registers on ipcMain, running in a child process on the store in `dataDir`.
 * Every request the page makes off its own origin is blocked and counted.
 */
import type { Browser, Page } from '@playwright/test';
import { launchChromium } from '../support/chromium';
import { channelNames } from '../../electron/shared/ipc/channels';
import { startBackend, type BackendClient } from '../support/backendClient';
import { serveRenderer, type RendererServer } from '../support/rendererServer';
import { MENU_STAND_IN } from '../support/menuStandIn';
import { watchCspViolations } from '../support/cspViolations';
import type { MenuCommand } from '../../electron/shared/ipc/menuCommands';

export interface LaunchedApp {
  page: Page;
  close(): Promise<void>;
  backend: BackendClient;
  /** Plays a choice in the application menu, as main.ts sends it to the window. */
  menu(command: MenuCommand): Promise<void>;
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

/** `renderer`: another server of the page than the built one (the dev server); closed with the app. */
export async function launchApp(options: { dataDir: string; renderer?: RendererServer }): Promise<LaunchedApp> {
  const backend = await startBackend(options.dataDir);
  const server = options.renderer ?? (await serveRenderer());
  const context = await (await sharedBrowser()).newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 720 } });
  const networkRequests: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    networkRequests.push(url);
    return route.abort('blockedbyclient');
  });
  // Calls and results cross as JSON text (as they then do to the backend process): Playwright's own value
  // serialization takes a quarter of a second for a register of 1,000 members, on the page's main thread,
  // where Electron's structured clone takes milliseconds.
  await context.exposeBinding('__rosInvoke', async (_source, name: string, input: string | undefined) =>
    JSON.stringify(await backend.invoke(name, input === undefined ? undefined : JSON.parse(input))));
  await context.addInitScript((names: readonly string[]) => {
    const invoke = (window as unknown as { __rosInvoke(name: string, input: string | undefined): Promise<string> }).__rosInvoke;
    const api: Record<string, (input?: unknown) => Promise<unknown>> = {};
    for (const name of names) {
      api[name] = async (input?: unknown) => JSON.parse(await invoke(name, input === undefined ? undefined : JSON.stringify(input))) as unknown;
    }
    Object.defineProperty(window, 'ros', { value: Object.freeze(api) });
  }, channelNames);
  await context.addInitScript(MENU_STAND_IN);
  // Any Content-Security-Policy violation fails the test when it closes the app.
  const csp = await watchCspViolations(context);
  const page = await context.newPage();
  await page.goto(`${server.origin}/`);
  return {
    page,
    backend,
    networkRequests,
    menu: (command) => page.evaluate((name) => (window as unknown as { __rosMenuCommand(c: string): void }).__rosMenuCommand(name), command),
    close: async () => {
      await context.close();
      await server.close();
      await backend.kill();
      csp.assertNone();
    },
  };
}
