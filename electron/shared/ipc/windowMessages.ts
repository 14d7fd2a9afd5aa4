/**
 * The window's side of shutting down and of the backend's health, besides the menu: main asks the page
 * to save everything still pending before the window closes (and waits for the answer), and tells it
 * when the backend process was restarted. The preload puts `window.rosWindow` on the page; in the
 * browser tests the harness plays main's part. No zod here: the sandboxed preload bundles this file.
 */
import type { FlushOutcome } from './flushOutcome';

/** main → page: save everything pending now (with a request id). */
export const FLUSH_REQUEST_CHANNEL = 'ros:flush-request';
/** page → main: the answer to a flush request (id, outcome). */
export const FLUSH_REPLY_CHANNEL = 'ros:flush-reply';
/** main → page: something the user should know about the app itself. */
export const NOTICE_CHANNEL = 'ros:notice';

export type { FlushOutcome };

export const windowNotices = ['backendRestarted'] as const;
export type WindowNotice = (typeof windowNotices)[number];
export const isWindowNotice = (value: unknown): value is WindowNotice => windowNotices.includes(value as WindowNotice);

export interface RosWindow {
  /** Answers main's flush requests with `save` (which never rejects); returns the function that stops answering. */
  onFlushRequest(save: () => Promise<FlushOutcome>): () => void;
  /** Calls `listener` with each notice; returns the function that stops listening. */
  onNotice(listener: (notice: WindowNotice) => void): () => void;
}

declare global {
  interface Window {
    /** Put there by the preload (or, in tests, by the harness); read only through renderer/api. */
    rosWindow: RosWindow;
  }
}
