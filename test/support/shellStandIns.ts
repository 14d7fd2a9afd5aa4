/**
 * `window.rosMenu` and `window.rosWindow` where there is no Electron main process (the browser tests,
 * the preview server): the same APIs the preload exposes, and functions to play main's part —
 * `__rosMenuCommand(command)` (a menu choice), `__rosRequestFlush()` (the close handshake's request;
 * resolves with the page's answer, or null when nothing answers), `__rosNotice(notice)`.
 * Plain script text, so it runs in the page before the app.
 */
export const SHELL_STAND_INS = `(() => {
  const commandListeners = new Set();
  const noticeListeners = new Set();
  const flushHandlers = new Set();
  Object.defineProperty(window, 'rosMenu', { value: Object.freeze({ onCommand(listener) { commandListeners.add(listener); return () => commandListeners.delete(listener); } }) });
  Object.defineProperty(window, 'rosWindow', { value: Object.freeze({
    onFlushRequest(save) { flushHandlers.add(save); return () => flushHandlers.delete(save); },
    onNotice(listener) { noticeListeners.add(listener); return () => noticeListeners.delete(listener); },
  }) });
  Object.defineProperty(window, '__rosMenuCommand', { value: (command) => commandListeners.forEach((listener) => listener(command)) });
  Object.defineProperty(window, '__rosNotice', { value: (notice) => noticeListeners.forEach((listener) => listener(notice)) });
  Object.defineProperty(window, '__rosRequestFlush', { value: () => { const [save] = [...flushHandlers].slice(-1); return save ? save() : Promise.resolve(null); } });
})();`;
