/**
 * A transport for `window.ros` as cheap on the page's thread as Electron's IPC: each call is posted to a
 * dedicated Worker (a structured clone, as `ipcRenderer.invoke` makes one), the worker sends it as JSON
 * over a WebSocket to the renderer server, which hands it to the backend; the answer comes back the same
 * way. The JSON and the socket are the worker's work, off the page's thread. The worker script is served
 * from the page's own origin with a Content-Security-Policy of its own (it may only reach that origin).
 *
 * `hold(channel)` keeps an answer back that many milliseconds after the backend gave it (a slow disk, so
 * the bench can type while a save is in flight). The channel `__echo` answers its input without the
 * backend: the transport's own round trip. The page keeps a log of its calls' send and answer times
 * (`window.__rosCallLog`, on the page's clock) for the bench.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';

const WORKER_PATH = '/__ros-relay.js';
const SOCKET_PATH = '/__ros-relay';
export const ECHO_CHANNEL = '__echo';

/** One call of the page, as the page's clock saw it leave and come back. */
export interface RelayedCall {
  name: string;
  sent: number;
  answered: number;
}

const WORKER_SCRIPT = `const socket = new WebSocket('ws://' + location.host + '${SOCKET_PATH}');
const queued = [];
socket.onopen = () => { for (const text of queued.splice(0)) socket.send(text); };
socket.onmessage = (event) => postMessage(JSON.parse(event.data));
onmessage = (event) => {
  const text = JSON.stringify(event.data);
  if (socket.readyState === WebSocket.OPEN) socket.send(text); else queued.push(text);
};
`;

interface Call {
  id: number;
  name: string;
  input?: unknown;
}

export interface Relay {
  /** For the renderer server: serves the worker's script; true when it answered the request. */
  serve(req: IncomingMessage, res: ServerResponse): boolean;
  /** For the renderer server's `upgrade` event: the worker's socket. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  close(): void;
}

export function createRelay(invoke: (channel: string, input: unknown) => Promise<unknown>, hold: (channel: string) => number = () => 0): Relay {
  const sockets = new WebSocketServer({ noServer: true });
  const answer = async (socket: WebSocket, call: Call) => {
    let reply: object;
    try {
      const value = call.name === ECHO_CHANNEL ? call.input : await invoke(call.name, call.input);
      reply = { id: call.id, ok: true, value };
    } catch (error) {
      reply = { id: call.id, ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    const delay = hold(call.name);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    socket.send(JSON.stringify(reply));
  };
  sockets.on('connection', (socket) => socket.on('message', (data) => void answer(socket, JSON.parse(String(data)) as Call)));
  return {
    serve: (req, res) => {
      if (req.url !== WORKER_PATH) return false;
      res.writeHead(200, {
        'content-type': 'text/javascript; charset=utf-8',
        'content-security-policy': "default-src 'none'; connect-src 'self'",
      }).end(WORKER_SCRIPT);
      return true;
    },
    upgrade: (req, socket, head) => {
      if (req.url !== SOCKET_PATH) return void socket.destroy();
      sockets.handleUpgrade(req, socket, head, (ws) => sockets.emit('connection', ws, req));
    },
    close: () => {
      for (const client of sockets.clients) client.terminate();
      sockets.close();
    },
  };
}

/**
 * The page's side, as an init script for the contract's channel names: `window.ros` over the worker.
 * Plain script text, so that no helper of the TypeScript compiler is carried into the page.
 */
export function workerApiScript(names: readonly string[]): string {
  return `(() => {
  if (!location.protocol.startsWith('http')) return;
  const worker = new Worker('${WORKER_PATH}');
  const waiting = new Map();
  const log = [];
  let next = 0;
  worker.onmessage = (event) => {
    const { id, ok, value, message } = event.data;
    const call = waiting.get(id);
    if (!call) return;
    waiting.delete(id);
    log.push({ name: call.name, sent: call.sent, answered: performance.now() });
    if (ok) call.resolve(value); else call.reject(new Error(message));
  };
  const invoke = (name, input) => new Promise((resolve, reject) => {
    const id = next++;
    waiting.set(id, { name, sent: performance.now(), resolve, reject });
    worker.postMessage({ id, name, input });
  });
  const api = {};
  for (const name of ${JSON.stringify(names)}) api[name] = (input) => invoke(name, input);
  Object.defineProperty(window, 'ros', { value: Object.freeze(api) });
  Object.defineProperty(window, '__rosRelay', { value: invoke });
  Object.defineProperty(window, '__rosCallLog', { value: log });
})();`;
}
