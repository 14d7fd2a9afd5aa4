/**
 * The decision behind `session.webRequest.onBeforeRequest`: a request goes through only to the app's
 * own files (its scheme, see appProtocol.ts), the developer tools, under `npm run dev` the dev server
 * (its pages and its hot-reload socket), and the one page being printed to PDF. Everything else is
 * cancelled: any other file: URL, any host on the network. (data: URLs never reach this hook.)
 */
import { APP_HOST, APP_SCHEME } from './appProtocol';

export interface RequestPolicy {
  /** `ELECTRON_RENDERER_URL` under `npm run dev`; never in the packaged app. */
  devServerUrl?: string | undefined;
  /** The file: URLs of the pages being printed to PDF right now. */
  printPages?: ReadonlySet<string>;
}

function parse(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

function isDevServer(url: URL, devServerUrl: string | undefined): boolean {
  const server = devServerUrl === undefined ? null : parse(devServerUrl);
  if (!server || (server.protocol !== 'http:' && server.protocol !== 'https:')) return false;
  const socket = server.protocol === 'https:' ? 'wss:' : 'ws:';
  return (url.protocol === server.protocol || url.protocol === socket) && url.host === server.host;
}

export function isAllowedRequest(requestUrl: string, policy: RequestPolicy = {}): boolean {
  const url = parse(requestUrl);
  if (!url || url.username || url.password) return false;
  if (url.protocol === `${APP_SCHEME}:`) return url.host === APP_HOST;
  if (url.protocol === 'devtools:') return true;
  if (url.protocol === 'file:') return policy.printPages?.has(url.href) ?? false;
  return isDevServer(url, policy.devServerUrl);
}
