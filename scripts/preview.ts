/**
 * `npm run preview`: the built renderer with the real backend, for clicking through the app in an
 * ordinary browser on this machine (where Electron cannot run). A small bridge script, served from the
 * same origin so the CSP allows it, defines `window.ros` as POSTs to /__ros/<method>, which go to
 * the app's own backend process, as the browser tests run it. Data lives in ROS_DATA_DIR or a new
 * temporary folder.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { channelNames } from '../electron/shared/ipc/channels';
import { startBackend } from '../test/support/backendClient';
import { SHELL_STAND_INS } from '../test/support/shellStandIns';
import { serveRenderer } from '../test/support/rendererServer';

const dataDir = process.env.ROS_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'ros-preview-'));
const backend = await startBackend(dataDir, {
  faultInjection: false,
  onQuit: () => console.log('Programmet bad om att avslutas (förhandsvisning: stäng fliken).'),
});

const bridge = `(() => {
  const api = {};
  for (const name of ${JSON.stringify(channelNames)}) {
    api[name] = (input) => fetch('/__ros/' + name, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input === undefined ? null : input) }).then((r) => r.json());
  }
  Object.defineProperty(window, 'ros', { value: Object.freeze(api) });
})();
${SHELL_STAND_INS}`;

const server = await serveRenderer({
  port: Number(process.env.PORT ?? 5180),
  injectHead: '<script src="/__ros-bridge.js"></script>',
  extra: (req, res) => {
    if (req.url === '/__ros-bridge.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(bridge);
      return true;
    }
    const match = /^\/__ros\/(\w+)$/.exec(req.url ?? '');
    if (!match || req.method !== 'POST') return false;
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    const answer = async () => {
      let input: unknown;
      try {
        input = JSON.parse(body) ?? undefined;
      } catch {
        input = body;
      }
      const result = await backend.invoke(match[1]!, input);
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(result));
    };
    // The page's call fails with the reason instead of hanging when the backend cannot answer.
    req.on('end', () => void answer().catch((error: unknown) => res.writeHead(500).end(String(error))));
    return true;
  },
});
console.log(`RÖS Sekreterare (förhandsvisning): ${server.origin}/  — data i ${dataDir}`);
