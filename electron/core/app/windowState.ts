/**
 * Where the window opens: where the user left it (size, position, maximised), kept in the
 * preferences, unless that place is no longer on any screen (a monitor unplugged, a smaller laptop
 * screen); then it opens at the default size in the middle of the first screen.
 */
import { z } from 'zod';

export const windowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200).max(20_000),
  height: z.number().int().min(200).max(20_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_SIZE = { width: 1280, height: 800 };
/** How much of the window must be on a screen for the saved place to be used. */
const MIN_VISIBLE = 100;

const overlap = (a: Area, b: Area) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

export function restoredWindowState(saved: WindowState | undefined, screens: readonly Area[]): WindowState {
  if (saved && screens.some((screen) => overlap(saved, screen) >= MIN_VISIBLE * MIN_VISIBLE)) return saved;
  const screen = screens[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  const width = Math.min(DEFAULT_SIZE.width, screen.width);
  const height = Math.min(DEFAULT_SIZE.height, screen.height);
  return {
    x: screen.x + Math.round((screen.width - width) / 2),
    y: screen.y + Math.round((screen.height - height) / 2),
    width,
    height,
    maximized: saved?.maximized ?? false,
  };
}
