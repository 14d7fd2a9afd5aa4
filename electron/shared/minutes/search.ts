/**
 * The shape of a search hit across minutes, as the IPC contract returns it.
 */
import { z } from 'zod';

export const minutesSearchHitSchema = z.object({
  minutesId: z.uuid(),
  meetingId: z.uuid(),
  meetingDate: z.string(),
  kind: z.enum(['text', 'decision', 'action']),
  sectionTitle: z.string(),
  sentence: z.string(),
  /** What to find in the minutes to land on the hit (lower-cased): the query as typed, or the word that matched. */
  match: z.string(),
  /** For a hit in the text: which occurrence of `match` it is, counted from the top (0 = the first). */
  occurrence: z.number().int().min(0).nullable(),
});
export type MinutesSearchHit = z.infer<typeof minutesSearchHitSchema>;
