/**
 * Checks that an IPC call comes from the app's own page: the sender frame's URL must be the
 * renderer's index.html (file:// in the packaged app, the dev server's origin under `electron-vite dev`).
 */
export function isTrustedSenderUrl(senderUrl: string, rendererUrl: string): boolean {
  let sender: URL;
  let renderer: URL;
  try {
    sender = new URL(senderUrl);
    renderer = new URL(rendererUrl);
  } catch {
    return false;
  }
  if (renderer.protocol === 'file:') return sender.protocol === 'file:' && sender.pathname === renderer.pathname;
  return sender.origin === renderer.origin;
}
