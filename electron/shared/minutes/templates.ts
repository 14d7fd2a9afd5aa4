/**
 * The editable templates of minutes: `{datum}`-style fields filled from the meeting (its date, time,
 * place, kind, and the date of the next planned meeting), used by the title and the standard phrases.
 * The title comes from the template of the minutes' form, and follows the form until the secretary edits it.
 */
import type { Meeting } from '../meetings/meeting';
import { fullWhen, longDate, meetingTitle, placeText } from '../meetings/meetingText';
import type { Settings } from '../store/schema';
import type { Minutes } from './minutes';

export const TEMPLATE_FIELDS = ['datum', 'tid', 'plats', 'möte', 'nästa möte'] as const;
export type TemplateField = (typeof TEMPLATE_FIELDS)[number];

export function meetingFields(meeting: Meeting, next: Meeting | null): Record<TemplateField, string> {
  return {
    datum: longDate(meeting.date),
    tid: fullWhen(meeting),
    plats: placeText(meeting.place),
    möte: meetingTitle(meeting),
    'nästa möte': next ? fullWhen(next) : '…',
  };
}

/** Replaces each `{field}` the template names; unknown fields stay as written. */
export function fillTemplate(template: string, fields: Record<TemplateField, string>): string {
  return template.replace(/\{([^{}]+)\}/g, (whole, name: string) => {
    const key = name.trim().toLocaleLowerCase('sv-SE') as TemplateField;
    return TEMPLATE_FIELDS.includes(key) ? fields[key] : whole;
  });
}

type TitleTemplates = Pick<Settings, 'minutesTitleTemplate' | 'fullMinutesTitleTemplate'>;

/** The title new minutes of this form get. */
export function titleOfForm(settings: TitleTemplates, form: Minutes['form'], fields: Record<TemplateField, string>): string {
  return fillTemplate(form === 'full' ? settings.fullMinutesTitleTemplate : settings.minutesTitleTemplate, fields);
}

/**
 * The title after the form changes from `from` to `to`: the new form's title while the title is still
 * what the old form's template gives for this meeting, else the title as the secretary wrote it.
 */
export function titleAfterFormChange(title: string, from: Minutes['form'], to: Minutes['form'], settings: TitleTemplates, fields: Record<TemplateField, string>): string {
  return from !== to && title.trim() === titleOfForm(settings, from, fields).trim() ? titleOfForm(settings, to, fields) : title;
}

/** The first planned or notified meeting after `meeting`, by date and time. */
export function nextMeetingAfter(meetings: readonly Meeting[], meeting: Meeting): Meeting | null {
  const key = (m: Meeting) => m.date + m.startTime;
  return meetings
    .filter((m) => m.status !== 'cancelled' && key(m) > key(meeting))
    .sort((a, b) => key(a).localeCompare(key(b)))[0] ?? null;
}
