/**
 * The group's action plans (handlingsplaner): a period of years and its focus areas (fokusområden).
 * Agenda items, decisions and action items are tagged with focus areas by id, so that the follow-up of
 * the plan can show, per year and area, where it was discussed and what was decided and done.
 */
import { z } from 'zod';
import { sv } from '../i18n/sv';

export const focusAreaSchema = z.object({ id: z.uuid(), name: z.string().trim().min(1).max(300) });
export type FocusArea = z.infer<typeof focusAreaSchema>;

const yearError = sv.actionPlans.fieldErrors.year;
const planYear = z.number({ error: yearError }).int(yearError).min(2000, yearError).max(2100, yearError);
export const MAX_FOCUS_AREAS = 30;
export const MAX_ACTION_PLANS = 20;

export const actionPlanSchema = z
  .object({
    id: z.uuid(),
    title: z.string().trim().min(1).max(300),
    fromYear: planYear,
    toYear: planYear,
    areas: z.array(focusAreaSchema).max(MAX_FOCUS_AREAS, sv.actionPlans.fieldErrors.tooManyAreas(MAX_FOCUS_AREAS)),
  })
  .refine((plan) => plan.toYear >= plan.fromYear, { path: ['toYear'], error: sv.actionPlans.fieldErrors.endBeforeStart });
export type ActionPlan = z.infer<typeof actionPlanSchema>;

/** The focus areas an agenda item, decision or action item is tagged with (none when stored before version 8). */
export const focusAreaIdsSchema = z.array(z.uuid()).max(30).default([]);

/** The 2020–2022 plan's six focus areas, as the region published them: offered as a ready example. */
export const EXAMPLE_ACTION_PLAN = {
  title: 'Handlingsplan för överenskommelsen 2020–2022',
  fromYear: 2020,
  toYear: 2022,
  areas: [
    'Förebyggande, främjande och rehabiliterande insatser inom hälso- och sjukvården',
    'Kraftsamling för fullföljda studier',
    'Socialt entreprenörskap och platsutveckling inom regional utveckling',
    'Utveckling av inköps- och upphandlingsarbete gentemot och tillsammans med det civila samhället',
    'Utveckling av arbetet med idéburet offentligt partnerskap (IOP)',
    'Utbildning och information om samverkan med det civila samhället',
  ],
} as const;
