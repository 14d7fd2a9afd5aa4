/**
 * The close handshake, VS Code's onWillShutdown in small: before the window may close (its close button,
 * Avsluta/Ctrl+Q, the system quitting the app), main asks the page to save everything still pending and
 * waits for the answer. Everything saved: close. A save failed: stay open (the page says why). No answer
 * within `timeoutMs` (the page hangs or is gone, so nothing more can be saved from it): close.
 * Plain Node; main.ts sends the request to the window and passes the page's reply to `reply`.
 */
import { flushOutcomeSchema } from '../../shared/ipc/flushOutcome';

export type CloseDecision = 'close' | 'stay';

export interface CloseGuardOptions {
  /** Sends the flush request with this id to the page. */
  sendRequest(id: number): void;
  timeoutMs: number;
}

export interface CloseGuard {
  /** True once the page has saved everything: the close goes ahead without asking again. */
  readonly allowed: boolean;
  /** Asks the page (once, however often the user clicks) and decides. */
  requestClose(): Promise<CloseDecision>;
  /** The page's answer, as it arrived over IPC (checked here: the page is not trusted). */
  reply(id: unknown, outcome: unknown): void;
}

export function createCloseGuard(options: CloseGuardOptions): CloseGuard {
  let allowed = false;
  let asking: Promise<CloseDecision> | null = null;
  let nextId = 1;
  let waiting: { id: number; settle(decision: CloseDecision): void } | null = null;

  const ask = () =>
    new Promise<CloseDecision>((resolve) => {
      const id = nextId++;
      const timer = setTimeout(() => settle('close'), options.timeoutMs);
      function settle(decision: CloseDecision) {
        clearTimeout(timer);
        waiting = null;
        asking = null;
        if (decision === 'close') allowed = true;
        resolve(decision);
      }
      waiting = { id, settle };
      options.sendRequest(id);
    });

  return {
    get allowed() {
      return allowed;
    },
    requestClose() {
      if (allowed) return Promise.resolve('close');
      asking ??= ask();
      return asking;
    },
    reply(id, outcome) {
      if (!waiting || id !== waiting.id) return;
      const parsed = flushOutcomeSchema.safeParse(outcome);
      waiting.settle(parsed.success && parsed.data.ok ? 'close' : 'stay');
    },
  };
}
