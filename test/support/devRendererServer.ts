/**
 * The renderer's Vite dev server, started from the very configuration `npm run dev` (electron-vite dev)
 * uses for the renderer (electron.vite.config.ts, resolved by electron-vite itself), on 127.0.0.1 with a
 * free port and a cache folder of its own, for the browser test of what `npm run dev` shows.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { resolveConfig } from 'electron-vite';
import { createServer } from 'vite';
import type { RendererServer } from './rendererServer';

const root = join(import.meta.dirname, '../..');

export async function serveDevRenderer(): Promise<RendererServer> {
  // As electron-vite dev does before it resolves the configuration (which sets NODE_ENV too); both are
  // put back when the server closes, so later tests in this worker see the environment they started with.
  const previous = { NODE_ENV: process.env.NODE_ENV, NODE_ENV_ELECTRON_VITE: process.env.NODE_ENV_ELECTRON_VITE };
  process.env.NODE_ENV_ELECTRON_VITE = 'development';
  const { config } = await resolveConfig({ root }, 'serve', 'development');
  if (!config?.renderer) throw new Error('electron.vite.config.ts har ingen renderer-del.');
  const cacheDir = mkdtempSync(join(tmpdir(), 'ros-vite-dev-'));
  const server = await createServer({
    ...config.renderer,
    cacheDir,
    logLevel: 'warn',
    server: { ...config.renderer.server, host: '127.0.0.1', port: 0, strictPort: true },
  });
  await server.listen();
  const { port } = server.httpServer!.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: async () => {
      await server.close();
      rmSync(cacheDir, { recursive: true, force: true });
      for (const [name, value] of Object.entries(previous)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    },
  };
}
