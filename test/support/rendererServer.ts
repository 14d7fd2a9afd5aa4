/**
 * Serves the built renderer (out/renderer, from `npm run build`) on 127.0.0.1 with sirv, for the
 * browser tests and the preview server. `injectHead` adds tags to index.html (the preview's bridge);
 * `extra` answers requests of its own first, `upgrade` takes WebSocket upgrades (the worker transport's).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import sirv from 'sirv';

export const RENDERER_DIR = join(import.meta.dirname, '../../out/renderer');

export interface RendererServer {
  origin: string;
  close(): Promise<void>;
}

export async function serveRenderer(
  options: {
    port?: number;
    injectHead?: string;
    extra?: (req: IncomingMessage, res: ServerResponse) => boolean;
    upgrade?: (req: IncomingMessage, socket: Duplex, head: Buffer) => void;
  } = {},
): Promise<RendererServer> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error('Rendreraren är inte byggd: kör npm run build först.');
  }
  const index = readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8').replace('<head>', `<head>${options.injectHead ?? ''}`);
  const files = sirv(RENDERER_DIR, { dev: false, etag: true });
  const server: Server = createServer((req, res) => {
    if (options.extra?.(req, res)) return;
    if (req.url === '/' || req.url?.startsWith('/index.html')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(index);
      return;
    }
    files(req, res, () => void res.writeHead(404).end());
  });
  if (options.upgrade) server.on('upgrade', options.upgrade);
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
