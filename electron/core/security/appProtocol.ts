/**
 * The app's own scheme, `ros://app/…`, which serves the built renderer (out/renderer) instead of
 * file://: the page gets a real origin of its own, and no other file on the disk is reachable from it.
 * A request names a file inside the folder or gets 404: no `..` (plain or percent-encoded), no encoded
 * slash, backslash, colon or NUL, no other host, only the file types the build makes, and no symlink
 * that leads out of the folder. main.ts registers the scheme (standard, secure) and hands each request
 * to `appFileResponse`.
 */
import { promises as fsp } from 'node:fs';
import { extname, isAbsolute, join, relative } from 'node:path';

export const APP_SCHEME = 'ros';
export const APP_HOST = 'app';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export interface AppFile {
  path: string;
  mimeType: string;
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** The file inside `rootDir` that a request URL of the app's scheme names, or null if it names none. */
export function resolveAppFile(requestUrl: string, rootDir: string): AppFile | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
  } catch {
    return null;
  }
  const segments = path.split('/').slice(1);
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..' || /[\\:\0]/.test(segment))) return null;
  const mimeType = MIME_TYPES[extname(path).toLowerCase()];
  const file = join(rootDir, ...segments);
  return mimeType && isInside(rootDir, file) ? { path: file, mimeType } : null;
}

const notFound = () => new Response(null, { status: 404 });

/** The response to a request of the app's scheme: the file's bytes with its type, or 404. */
export async function appFileResponse(requestUrl: string, rootDir: string): Promise<Response> {
  const file = resolveAppFile(requestUrl, rootDir);
  if (!file) return notFound();
  try {
    // A symlink inside the folder must not lead out of it (fs.promises.realpath also works inside an asar).
    const [root, real] = await Promise.all([fsp.realpath(rootDir), fsp.realpath(file.path)]);
    if (!isInside(root, real)) return notFound();
    const body = await fsp.readFile(real);
    return new Response(new Uint8Array(body), { status: 200, headers: { 'content-type': file.mimeType, 'x-content-type-options': 'nosniff' } });
  } catch {
    return notFound();
  }
}
