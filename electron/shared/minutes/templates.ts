/**
 * The editable templates: `{datum}`-style fields filled from the meeting (its date, time, place, kind,
 * and the date of the next planned meeting) and the secretary's name, used by the title of minutes, the
 * standard phrases and the e-mail templates; the kallelse's covering letter adds the OSA date, the
 * refreshments and the link. The title comes from the template of the minutes' form, and follows the
 * form until the secretary edits it.
 * A field the template names but that does not exist stays as written, and is reported (`unknownFields`).
 */
import type { Meeting } from '../meetings/meeting';
import { fullWhen, longDate, meetingTitle, placeText } from '../meetings/meetingText';
import type { Settings } from '../store/schema';
import type { Minutes } from './minutes';

export const TEMPLATE_FIELDS = ['datum', 'tid', 'plats', 'möte', 'nästa möte', 'sekreterare'] as const;
export type TemplateField = (typeof TEMPLATE_FIELDS)[number];

/** The fields of the kallelse's letter: the meeting's, and what only a kallelse needs. */
export const NOTICE_FIELDS = [...TEMPLATE_FIELDS, 'osa senast', 'förtäring', 'länk'] as const;
export type NoticeField = (typeof NOTICE_FIELDS)[number];

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

/** The fields of the kallelse; those the meeting leaves empty (no OSA date, no link) are ''. */
export function noticeFields(meeting: Meeting, next: Meeting | null, secretaryName: string): Record<NoticeField, string> {
  return {
    ...meetingFields(meeting, next, secretaryName),
    'osa senast': meeting.rsvpDate ? longDate(meeting.rsvpDate) : '',
    förtäring: meeting.refreshments,
    länk: meeting.digitalLink,
  };
}

/** A piece of a filled template: its text, and the field it was filled from (null for the template's own text). */
export interface TemplatePart {
  text: string;
  field: string | null;
}

const FIELD = /\{([^{}]+)\}/g;
const fieldName = (name: string) => name.trim().toLocaleLowerCase('sv-SE');

/** The template cut into its own text and its known fields, filled. */
export function templateParts<F extends string>(template: string, fields: Record<F, string>): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let at = 0;
  for (const match of template.matchAll(FIELD)) {
    const name = fieldName(match[1] ?? '');
    if (!Object.hasOwn(fields, name)) continue;
    if (match.index > at) parts.push({ text: template.slice(at, match.index), field: null });
    parts.push({ text: fields[name as F], field: name });
    at = match.index + match[0].length;
  }
  if (at < template.length) parts.push({ text: template.slice(at), field: null });
  return parts;
}

/** Replaces each `{field}` the template names; unknown fields stay as written. */
export function fillTemplate<F extends string>(template: string, fields: Record<F, string>): string {
  return templateParts(template, fields).map((part) => part.text).join('');
}

/** The fields a template names that are not among `known`, as written ("{datum}" misspelt "{dautm}"). */
export function unknownFields(template: string, known: readonly string[]): string[] {
  const names = [...template.matchAll(FIELD)].map((match) => `{${match[1] ?? ''}}`);
  return [...new Set(names.filter((name) => !known.includes(fieldName(name.slice(1, -1)))))];
}

/**
 * A letter from a template: paragraphs (parted by blank lines) of lines of parts. A line naming a
 * field that is empty for this meeting (no OSA date, no link) is left out, and a paragraph left empty.
 */
export function letterParagraphs<F extends string>(template: string, fields: Record<F, string>): TemplatePart[][][] {
  return template
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph
      .split(/\r?\n/)
      .map((line) => templateParts(line.trim(), fields))
      .filter((line) => line.length > 0 && line.every((part) => part.field === null || part.text.trim() !== '')))
    .filter((paragraph) => paragraph.length > 0);
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
