/**
 * The page's answer to main's flush request in the close handshake: everything is on disk, or why not
 * (in Swedish, also shown in the window). main checks it with this schema: the page is not trusted.
 */
import { z } from 'zod';

export const flushOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), message: z.string().max(2000) }),
]);
export type FlushOutcome = z.infer<typeof flushOutcomeSchema>;
