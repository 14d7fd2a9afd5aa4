/**
 * The version for the web of one minutes, from the store: the redaction (shared/publishing/webVersion)
 * applied to the minutes, their meeting and the register, then drawn as the ordinary export draws it —
 * the same layout, so the same Word and print builders — over a view of the store where the minutes,
 * the meeting and the people's names are the redacted ones.
 */
import { sv } from '../../shared/i18n/sv';
import { meetingOrFormer } from '../../shared/integrity/formerRecords';
import type { Meeting } from '../../shared/meetings/meeting';
import { webVersion, type WebVersion } from '../../shared/publishing/webVersion';
import type { StoreData } from '../../shared/store/schema';
import { AppError } from '../appError';
import { findMinutes } from '../minutes/minutesService';
import { minutesFileName, minutesLayout, type MinutesLayout } from '../minutes/export/minutesLayout';

export interface WebMinutes {
  version: WebVersion;
  layout: MinutesLayout;
  /** The proposed file name without its extension. */
  name: string;
}

/** The redacted minutes with `undone` changes left as they were; an id the preview did not show is refused. */
export function webMinutes(data: StoreData, minutesId: string, undone: readonly string[] = []): WebMinutes {
  const minutes = findMinutes(data, minutesId);
  const meeting = meetingOrFormer(data.meetings, data.formerMeetings, minutes.meetingId)?.meeting ?? null;
  const version = webVersion(
    { content: minutes, meeting, members: data.members, formerMembers: data.formerMembers, organisations: data.organisations },
    data.settings.webRules,
    new Set(undone),
  );
  const known = new Set(version.changes.map((c) => c.id));
  if (undone.some((id) => !known.has(id))) throw new AppError('INVALID_INPUT', sv.webVersion.staleUndo);
  const redacted = version.meeting;
  const replaced = <T extends Meeting>(meeting: T): T => (meeting.id === redacted?.id ? { ...meeting, ...redacted } : meeting);
  const view: StoreData = {
    ...data,
    members: version.members,
    formerMembers: version.formerMembers,
    meetings: data.meetings.map(replaced),
    formerMeetings: data.formerMeetings.map(replaced),
  };
  const layout = minutesLayout(view, { ...minutes, ...version.content }, version.unnamed);
  return { version, layout, name: sv.webVersion.fileName(minutesFileName(data, minutes)) };
}
