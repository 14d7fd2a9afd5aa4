/**
 * The counts the secretary is asked for: connected organisations, umbrella organisations among them,
 * and how many joined each year.
 */
import { z } from 'zod';

export const registerStatsSchema = z.object({
  connected: z.number().int(),
  umbrellas: z.number().int(),
  joinedPerYear: z.array(z.object({ year: z.number().int(), count: z.number().int() })),
});
export type RegisterStats = z.infer<typeof registerStatsSchema>;
