/**
 * Checks that an IPC call comes from the app's own page: the sender frame's URL must be the renderer's
 * index.html on the app's scheme (ros://app/index.html, see appProtocol.ts), or under
 * `electron-vite dev` a page of the dev server's origin. A file: page is never trusted.
 */
import { APP_SCHEME } from './appProtocol';

export function isTrustedSenderUrl(senderUrl: string, rendererUrl: string): boolean {
  let sender: URL;
  let renderer: URL;
  try {
    sender = new URL(senderUrl);
    renderer = new URL(rendererUrl);
  } catch {
    return false;
  }
  if (renderer.protocol === `${APP_SCHEME}:`) {
    return sender.protocol === renderer.protocol && sender.host === renderer.host && sender.pathname === renderer.pathname &&
      !sender.username && !sender.password;
  }
  if (renderer.protocol === 'http:' || renderer.protocol === 'https:') return sender.origin === renderer.origin;
  return false;
}
