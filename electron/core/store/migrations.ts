/**
 * Migrations of the data file, applied on load before validation.
 * Each entry is a pure function from the raw object of version N to the raw object of version N+1;
 * the list grows by one function every time `CURRENT_SCHEMA_VERSION` is raised.
 */
import { sv } from '../../shared/i18n/sv';
import { DEFAULT_MINUTES_TEMPLATES, SETTINGS_ADDED_IN_VERSION_7, SETTINGS_ADDED_IN_VERSION_8 } from '../../shared/store/schema';

export type RawStore = Record<string, unknown> & { schemaVersion: number };
export type Migration = (from: RawStore) => RawStore;

/**
 * A meeting as version 7 holds it: no OSA date or refreshments yet, and no attendance when every record
 * is the "absent" that earlier versions gave each member of a new meeting before anyone was marked
 * (unmarked is a state of its own now). A meeting where the secretary marked anyone keeps its marks.
 */
function toVersion7Meeting(meeting: Record<string, unknown>): Record<string, unknown> {
  const attendance = Array.isArray(meeting.attendance) ? (meeting.attendance as Array<{ state?: unknown }>) : [];
  const untouched = attendance.length > 0 && attendance.every((record) => record.state === 'absent');
  return { ...meeting, rsvpDate: '', refreshments: '', ...(untouched ? { attendance: [] } : {}) };
}

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
   * values, the kallelse's covering letter and the e-mail templates; a meeting's OSA date and refreshments,
   * and unmarked attendance where nobody was marked.
   */
  6: (from) => ({
    ...from,
    schemaVersion: 7,
    settings: { ...(from.settings as object), ...structuredClone(SETTINGS_ADDED_IN_VERSION_7) },
    meetings: (from.meetings as Array<Record<string, unknown>>).map(toVersion7Meeting),
    ...(Array.isArray(from.formerMeetings) ? { formerMeetings: (from.formerMeetings as Array<Record<string, unknown>>).map(toVersion7Meeting) } : {}),
  }),
  /**
   * 7 → 8: the rules of the version for the web and the action plans. The new fields of members, guests,
   * agenda items, decisions and action items ("publiceras inte", focus areas) have defaults in their
   * schemas, which also fill them in the minutes' snapshots: members are published, guests are not, and
   * nothing is tagged.
   */
  7: (from) => ({ ...from, schemaVersion: 8, settings: { ...(from.settings as object), ...structuredClone(SETTINGS_ADDED_IN_VERSION_8) } }),
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
