/**
 * The only module that listens to `window.rosMenu`, the application menu's commands. Components claim
 * the commands they handle while they are on screen (the newest claim wins, so the open minutes take
 * "Exportera till Word"); the app listens once and passes a command nobody claims to a fallback.
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { MenuCommand } from '../../electron/shared/ipc/menuCommands';

type Handlers = Partial<Record<MenuCommand, () => void>>;
const claims: Array<RefObject<Handlers>> = [];

/** Handles these menu commands while the component is mounted. */
export function useMenuCommands(handlers: Handlers): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    claims.unshift(ref);
    return () => void claims.splice(claims.indexOf(ref), 1);
  }, []);
}

/** Listens to the menu for the whole app; a command no component claims goes to `unclaimed`. */
export function useMenuDispatch(unclaimed: (command: MenuCommand) => void): void {
  const ref = useRef(unclaimed);
  useEffect(() => {
    ref.current = unclaimed;
  });
  useEffect(
    () =>
      window.rosMenu.onCommand((command) => {
        const handler = claims.find((claim) => claim.current[command])?.current[command];
        if (handler) handler();
        else ref.current(command);
      }),
    [],
  );
}
