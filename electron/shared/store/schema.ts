/**
 * The stored shape of the data file, as zod schemas: the one source of the store's types.
 * Every load validates the whole file against `storeSchema`; `STORE_APP_ID` marks a file as ours.
 */
import { z } from 'zod';
import { memberSchema } from '../register/member';
import { organisationSchema } from '../register/organisation';
import { meetingSchema } from '../meetings/meeting';

export const STORE_APP_ID = 'ros-sekreterare';
export const CURRENT_SCHEMA_VERSION = 3;

export const settingsSchema = z.object({
  /** Shown as the author of exported documents. */
  secretaryName: z.string().trim().max(120),
  /** First line of the letterhead on every exported document. */
  letterheadTitle: z.string().trim().min(1).max(120),
  /** Second line of the letterhead. */
  letterheadSubtitle: z.string().trim().max(200),
});
export type Settings = z.infer<typeof settingsSchema>;

export const storeSchema = z.object({
  app: z.literal(STORE_APP_ID),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  settings: settingsSchema,
  members: z.array(memberSchema),
  organisations: z.array(organisationSchema),
  meetings: z.array(meetingSchema),
});
export type StoreData = z.infer<typeof storeSchema>;

export function createEmptyStore(): StoreData {
  return {
    app: STORE_APP_ID,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    settings: {
      secretaryName: '',
      letterheadTitle: 'Överenskommelsen',
      letterheadSubtitle: 'mellan Västra Götalandsregionen och det civila samhället',
    },
    members: [],
    organisations: [],
    meetings: [],
  };
}
