/**
 * Migrations of the data file, applied on load before validation.
 * Each entry is a pure function from the raw object of version N to the raw object of version N+1;
 * the list grows by one function every time `CURRENT_SCHEMA_VERSION` is raised.
 */
import { sv } from '../../shared/i18n/sv';
import { DEFAULT_MINUTES_TEMPLATES, SETTINGS_ADDED_IN_VERSION_7 } from '../../shared/store/schema';

export type RawStore = Record<string, unknown> & { schemaVersion: number };
export type Migration = (from: RawStore) => RawStore;

const withoutRsvp = (meeting: object) => ({ ...meeting, rsvpDate: '', refreshments: '' });

/** Key N is the migration from version N to N+1. */
export const migrations: Readonly<Record<number, Migration>> = {
  /** 1 → 2: the register of members and organisations. */
  1: (from) => ({ ...from, schemaVersion: 2, members: [], organisations: [] }),
  /** 2 → 3: the meetings. */
  2: (from) => ({ ...from, schemaVersion: 3, meetings: [] }),
  /** 3 → 4: the minutes, and their templates in the settings. */
  3: (from) => ({
    ...from,
    schemaVersion: 4,
    settings: { ...(from.settings as object), ...structuredClone(DEFAULT_MINUTES_TEMPLATES) },
    minutes: [],
  }),
  /** 4 → 5: an optional logo in the letterhead. */
  4: (from) => ({ ...from, schemaVersion: 5, settings: { ...(from.settings as object), letterheadLogo: null } }),
  /**
   * 5 → 6: the same data; on disk the minutes move to files of their own (`folderStore`), which the
   * version number tells an older app, so that it says "newer version" instead of "damaged".
   */
  5: (from) => ({ ...from, schemaVersion: 6 }),
  /**
   * 6 → 7: the title of fullständiga minutes, the group's words for the spelling check, remembered import
   * values, the kallelse's covering letter and the e-mail templates; a meeting's OSA date and refreshments.
   */
  6: (from) => ({
    ...from,
    schemaVersion: 7,
    settings: { ...(from.settings as object), ...structuredClone(SETTINGS_ADDED_IN_VERSION_7) },
    meetings: (from.meetings as object[]).map(withoutRsvp),
    ...(Array.isArray(from.formerMeetings) ? { formerMeetings: (from.formerMeetings as object[]).map(withoutRsvp) } : {}),
  }),
};

/** Applies every migration from the file's version up to `target`, or throws if one is missing. */
export function migrate(
  raw: RawStore,
  target: number,
  steps: Readonly<Record<number, Migration>> = migrations,
): RawStore {
  let current = raw;
  while (current.schemaVersion < target) {
    const step = steps[current.schemaVersion];
    if (!step) throw new Error(sv.problems.noMigration(current.schemaVersion));
    const next = step(current);
    if (next.schemaVersion !== current.schemaVersion + 1) {
      throw new Error(sv.problems.migrationSkipped(current.schemaVersion, next.schemaVersion));
    }
    current = next;
  }
  return current;
}
