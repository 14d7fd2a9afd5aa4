/**
 * The follow-up of an action plan (uppföljning av handlingsplanen) as the screen and the Word export show
 * it: per year of the plan and per focus area, the meetings whose agenda items were tagged with the area,
 * the decisions, and the action items done and still open. Dates are `yyyy-MM-dd`, formatted where shown.
 */
import { z } from 'zod';

const meetingRefSchema = z.object({ meetingDate: z.string(), meetingTitle: z.string() });

const followUpActionSchema = meetingRefSchema.extend({ what: z.string(), responsible: z.string(), due: z.string() });
export type FollowUpAction = z.infer<typeof followUpActionSchema>;

export const followUpAreaSchema = z.object({
  areaId: z.string(),
  name: z.string(),
  /** Meetings where the area was on the agenda, with the titles of the tagged items. */
  meetings: z.array(meetingRefSchema.extend({ meetingId: z.string(), items: z.array(z.string()) })),
  decisions: z.array(meetingRefSchema.extend({ text: z.string() })),
  done: z.array(followUpActionSchema),
  open: z.array(followUpActionSchema),
});
export type FollowUpArea = z.infer<typeof followUpAreaSchema>;

export const planFollowUpSchema = z.object({
  planId: z.string(),
  title: z.string(),
  fromYear: z.number().int(),
  toYear: z.number().int(),
  years: z.array(z.object({ year: z.number().int(), areas: z.array(followUpAreaSchema) })),
});
export type PlanFollowUp = z.infer<typeof planFollowUpSchema>;

/** True when nothing was tagged with the area that year. */
export const isEmptyArea = (area: FollowUpArea): boolean =>
  area.meetings.length === 0 && area.decisions.length === 0 && area.done.length === 0 && area.open.length === 0;
