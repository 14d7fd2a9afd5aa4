/**
 * The editable templates of minutes and e-mail drafts: `{datum}`-style fields filled from the meeting
 * (its date, time, place, kind, and the date of the next planned meeting) and the secretary's name from
 * Inställningar, used by the title, the standard phrases and the e-mail templates.
 */
import type { Meeting } from '../meetings/meeting';
import { fullWhen, longDate, meetingTitle, placeText } from '../meetings/meetingText';

export const TEMPLATE_FIELDS = ['datum', 'tid', 'plats', 'möte', 'nästa möte', 'sekreterare'] as const;
export type TemplateField = (typeof TEMPLATE_FIELDS)[number];

export function meetingFields(meeting: Meeting, next: Meeting | null, secretaryName: string): Record<TemplateField, string> {
  return {
    datum: longDate(meeting.date),
    tid: fullWhen(meeting),
    plats: placeText(meeting.place),
    möte: meetingTitle(meeting),
    'nästa möte': next ? fullWhen(next) : '…',
    sekreterare: secretaryName,
  };
}

/** Replaces each `{field}` the template names; unknown fields stay as written. */
export function fillTemplate(template: string, fields: Record<TemplateField, string>): string {
  return template.replace(/\{([^{}]+)\}/g, (whole, name: string) => {
    const key = name.trim().toLocaleLowerCase('sv-SE') as TemplateField;
    return TEMPLATE_FIELDS.includes(key) ? fields[key] : whole;
  });
}

/** The first planned or notified meeting after `meeting`, by date and time. */
export function nextMeetingAfter(meetings: readonly Meeting[], meeting: Meeting): Meeting | null {
  const key = (m: Meeting) => m.date + m.startTime;
  return meetings
    .filter((m) => m.status !== 'cancelled' && key(m) > key(meeting))
    .sort((a, b) => key(a).localeCompare(key(b)))[0] ?? null;
}
