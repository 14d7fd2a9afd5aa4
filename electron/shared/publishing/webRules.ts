/**
 * The rules of the version for the web (minutes published on the region's website without personal
 * data): what "Exportera version för webben …" leaves out or replaces. Kept in Inställningar.
 */
import { z } from 'zod';

/** The attendance list as published: with names, with parties and organisations instead, or left out. */
export const webAttendanceRules = ['names', 'affiliations', 'leaveOut'] as const;

export const webRulesSchema = z.object({
  /** E-mail addresses and phone numbers anywhere in the text are removed. */
  removeContactDetails: z.boolean(),
  attendance: z.enum(webAttendanceRules),
  /** Names of people marked "publiceras inte" are replaced by their role or organisation. */
  replaceWithheldNames: z.boolean(),
});
export type WebRules = z.infer<typeof webRulesSchema>;

export const DEFAULT_WEB_RULES: WebRules = { removeContactDetails: true, attendance: 'affiliations', replaceWithheldNames: true };
