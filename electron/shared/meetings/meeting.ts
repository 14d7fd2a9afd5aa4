/**
 * A meeting of the group (RÖS-möte, dialogmöte or a combination): when, what kind, where — or the
 * explicit "återkommer om plats" — its status, chair and secretary, agenda, attendance and guests.
 * Dates and times are Swedish local time as text (`yyyy-MM-dd`, `HH:mm`), never a UTC instant.
 */
import { z } from 'zod';
import { sv } from '../i18n/sv';
import { clockTimeSchema, isoDateSchema, storedDateSchema } from '../format/dateSchemas';
import { notesField, requiredText, storedText, textField } from '../register/fields';
import { focusAreaIdsSchema } from '../actionPlans/actionPlan';

export const meetingStatuses = ['planned', 'noticeSent', 'held', 'cancelled'] as const;
export const agendaItemKinds = ['information', 'discussion', 'decision'] as const;
export const attendanceStates = ['present', 'absent', 'excused', 'substitute'] as const;

export const placeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('venue'), venue: requiredText(200), address: textField(300) }),
  z.object({ type: z.literal('toBeAnnounced') }),
]);
export type Place = z.infer<typeof placeSchema>;

const httpsLink = z
  .string()
  .trim()
  .max(2048)
  .refine((value) => {
    if (value === '') return true;
    try {
      return new URL(value).protocol === 'https:';
    } catch {
      return false;
    }
  }, { error: sv.meetings.fieldErrors.digitalLink });

export const agendaItemSchema = z.object({
  id: z.uuid(),
  title: requiredText(300),
  kind: z.enum(agendaItemKinds),
  presenterMemberId: z.uuid().nullable(),
  presenterText: textField(200),
  plannedMinutes: z.number().int().min(0).max(600),
  notes: notesField,
  /** Comes back at every meeting ("Skapa nästa möte" copies it). */
  standing: z.boolean(),
  focusAreaIds: focusAreaIdsSchema,
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const attendanceSchema = z.object({
  memberId: z.uuid(),
  state: z.enum(attendanceStates),
  /** For a substitute: the member they stand in for at this meeting. */
  substituteForId: z.uuid().nullable(),
});
export type Attendance = z.infer<typeof attendanceSchema>;

/** A guest at one meeting; their name is left out of the version for the web unless the secretary allows it. */
export const guestSchema = z.object({ id: z.uuid(), name: requiredText(200), organisation: textField(200), withheldFromWeb: z.boolean().default(true) });
export type Guest = z.infer<typeof guestSchema>;

/** What the meeting form edits; the agenda, attendance and guests have their own editors. */
export const meetingDetailsSchema = z
  .object({
    date: isoDateSchema,
    startTime: clockTimeSchema,
    endTime: clockTimeSchema,
    kind: requiredText(100),
    titleSuffix: textField(200),
    place: placeSchema,
    digitalLink: httpsLink,
    status: z.enum(meetingStatuses),
    cancelReason: textField(500),
    chairId: z.uuid().nullable(),
    secretaryId: z.uuid().nullable(),
    /** OSA senast: the last day to say whether one comes, or '' for none. */
    rsvpDate: z.union([isoDateSchema, z.literal('')]).default(''),
    /** What is served, for the kallelse ("Lunch serveras från 12.00", "Kaffe"), or ''. */
    refreshments: textField(200).default(''),
  })
  .superRefine((meeting, ctx) => {
    if (meeting.endTime <= meeting.startTime) {
      ctx.addIssue({ code: 'custom', path: ['endTime'], message: sv.meetings.fieldErrors.endBeforeStart });
    }
    if (meeting.rsvpDate !== '' && meeting.rsvpDate > meeting.date) {
      ctx.addIssue({ code: 'custom', path: ['rsvpDate'], message: sv.meetings.fieldErrors.rsvpAfterMeeting });
    }
    if (meeting.status === 'cancelled' && meeting.cancelReason.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['cancelReason'], message: sv.meetings.fieldErrors.cancelReason });
    }
  });
export type MeetingDetails = z.input<typeof meetingDetailsSchema>;

export const meetingSchema = z.object({
  id: z.uuid(),
  date: storedDateSchema,
  startTime: z.string(),
  endTime: z.string(),
  kind: storedText(100).min(1),
  titleSuffix: storedText(200),
  place: placeSchema,
  digitalLink: storedText(2048),
  status: z.enum(meetingStatuses),
  cancelReason: storedText(500),
  chairId: z.uuid().nullable(),
  secretaryId: z.uuid().nullable(),
  rsvpDate: z.union([storedDateSchema, z.literal('')]),
  refreshments: storedText(200),
  agenda: z.array(agendaItemSchema),
  attendance: z.array(attendanceSchema),
  guests: z.array(guestSchema),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Meeting = z.infer<typeof meetingSchema>;
