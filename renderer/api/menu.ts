/**
 * The only module that listens to `window.rosMenu`, the application menu's commands. Components claim
 * the commands they handle while they are on screen (the newest claim wins, so the open minutes take
 * "Exportera till Word"); the app listens once and passes a command nobody claims to a fallback, which
 * may open the screen that handles it and leave the command waiting for that screen's claim.
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { MenuCommand } from '../../electron/shared/ipc/menuCommands';

type Handlers = Partial<Record<MenuCommand, () => void>>;
const claims: Array<RefObject<Handlers>> = [];
let waiting: MenuCommand | null = null;

/** Handles these menu commands while the component is mounted, and a waiting one as it mounts. */
export function useMenuCommands(handlers: Handlers): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    claims.unshift(ref);
    const command = waiting;
    if (command && ref.current[command]) {
      waiting = null;
      ref.current[command]();
    }
    return () => void claims.splice(claims.indexOf(ref), 1);
  }, []);
}

/** Keeps `command` for the next component that claims it: the screen the app is about to show. */
export function deliverOnClaim(command: MenuCommand): void {
  waiting = command;
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
        waiting = null;
        const handler = claims.find((claim) => claim.current[command])?.current[command];
        if (handler) handler();
        else ref.current(command);
      }),
    [],
  );
}
