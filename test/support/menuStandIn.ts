/**
 * `window.rosMenu` where there is no Electron menu (the browser tests, the preview server): the same
 * `onCommand` API, and `window.__rosMenuCommand(command)` to play a menu choice, as main.ts would send it.
 * Plain script text, so it runs in the page before the app.
 */
export const MENU_STAND_IN = `(() => {
  const listeners = new Set();
  Object.defineProperty(window, 'rosMenu', { value: Object.freeze({ onCommand(listener) { listeners.add(listener); return () => listeners.delete(listener); } }) });
  Object.defineProperty(window, '__rosMenuCommand', { value: (command) => listeners.forEach((listener) => listener(command)) });
})();`;
