/**
 * Minutes (anteckningar) of a meeting: the title, the form (kortfattade or fullständiga), the text with a
 * section per agenda topic, decisions and action items attached to sections, the lifecycle
 * (utkast → skickad för granskning → fastställd), its history and a snapshot at each status change.
 */
import { z } from 'zod';
import { isoDateSchema } from '../format/dateSchemas';
import { requiredText, storedText, textField } from '../register/fields';
import { richDocSchema } from './richText';
import { focusAreaIdsSchema } from '../actionPlans/actionPlan';

export const minutesForms = ['brief', 'full'] as const;
export const minutesStatuses = ['draft', 'inReview', 'approved'] as const;
export const actionStatuses = ['open', 'done'] as const;
export type MinutesStatus = (typeof minutesStatuses)[number];

const sectionRef = z.string().min(1).max(64);

export const decisionSchema = z.object({ id: z.uuid(), sectionId: sectionRef, text: requiredText(2000), focusAreaIds: focusAreaIdsSchema });
export type Decision = z.infer<typeof decisionSchema>;

export const actionItemSchema = z.object({
  id: z.uuid(),
  sectionId: sectionRef,
  what: requiredText(1000),
  /** Responsible from the register, or as free text (a guest, "kansliet"). */
  responsibleMemberId: z.uuid().nullable(),
  responsibleText: textField(200),
  due: z.union([isoDateSchema, z.literal('')]),
  status: z.enum(actionStatuses),
  focusAreaIds: focusAreaIdsSchema,
});
export type ActionItem = z.infer<typeof actionItemSchema>;

/** An open action item with where it was written, for the follow-up lists. */
export const openActionSchema = z.object({
  minutesId: z.uuid(),
  meetingId: z.uuid(),
  meetingDate: z.string(),
  sectionTitle: z.string(),
  action: actionItemSchema,
});
export type OpenAction = z.infer<typeof openActionSchema>;

/** What the editor changes; saved as a whole a moment after each edit. */
export const minutesContentSchema = z.object({
  title: requiredText(1000),
  form: z.enum(minutesForms),
  body: richDocSchema,
  decisions: z.array(decisionSchema).max(1000),
  actions: z.array(actionItemSchema).max(1000),
});
export type MinutesContent = z.infer<typeof minutesContentSchema>;

export const historyEntrySchema = z.object({
  at: z.iso.datetime(),
  event: z.enum(['created', 'statusChanged', 'unlocked', 'restored']),
  status: z.enum(minutesStatuses),
  by: storedText(120),
  reason: storedText(1000),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const snapshotSchema = z.object({
  id: z.uuid(),
  at: z.iso.datetime(),
  status: z.enum(minutesStatuses),
  content: minutesContentSchema,
});
export type Snapshot = z.infer<typeof snapshotSchema>;

export const minutesSchema = minutesContentSchema.extend({
  id: z.uuid(),
  meetingId: z.uuid(),
  status: z.enum(minutesStatuses),
  history: z.array(historyEntrySchema),
  snapshots: z.array(snapshotSchema),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Minutes = z.infer<typeof minutesSchema>;

export const unlockReasonSchema = requiredText(1000);
