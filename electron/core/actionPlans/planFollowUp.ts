/**
 * Computes the follow-up of one action plan from the store: for each year of the plan and each of its
 * focus areas, the meetings of that year whose agenda items carry the area (cancelled meetings left out),
 * and the decisions and action items (done and open) tagged with it in the minutes of that year's
 * meetings, deleted meetings with kept minutes included. Tags of another plan's areas, or of an area
 * removed from this plan, are not this plan's and are ignored; untagged items appear nowhere.
 */
import { sv } from '../../shared/i18n/sv';
import type { FocusArea } from '../../shared/actionPlans/actionPlan';
import type { FollowUpAction, FollowUpArea, PlanFollowUp } from '../../shared/actionPlans/followUp';
import type { Meeting } from '../../shared/meetings/meeting';
import type { ActionItem } from '../../shared/minutes/minutes';
import type { StoreData } from '../../shared/store/schema';
import { meetingOrFormer, memberNames } from '../../shared/integrity/formerRecords';
import { meetingTitle } from '../../shared/meetings/meetingText';
import { AppError } from '../appError';

const yearOf = (date: string) => Number(date.slice(0, 4));
const chronological = (a: Meeting, b: Meeting) => (a.date + a.startTime).localeCompare(b.date + b.startTime);
const meetingRef = (meeting: Meeting) => ({ meetingDate: meeting.date, meetingTitle: meetingTitle(meeting) });

export function planFollowUp(data: StoreData, planId: string): PlanFollowUp {
  const plan = data.settings.actionPlans.find((p) => p.id === planId);
  if (!plan) throw new AppError('NOT_FOUND', sv.actionPlans.planNotFound);
  const inPlan = (meeting: Meeting) => yearOf(meeting.date) >= plan.fromYear && yearOf(meeting.date) <= plan.toYear;
  const names = memberNames(data.members, data.formerMembers);

  const meetings = data.meetings.filter((m) => m.status !== 'cancelled' && inPlan(m)).sort(chronological);
  const minutes = data.minutes
    .flatMap((m) => {
      const meeting = meetingOrFormer(data.meetings, data.formerMeetings, m.meetingId)?.meeting;
      return meeting && inPlan(meeting) ? [{ meeting, minutes: m }] : [];
    })
    .sort((a, b) => chronological(a.meeting, b.meeting));

  const actionRow = (meeting: Meeting, action: ActionItem): FollowUpAction => ({
    ...meetingRef(meeting),
    what: action.what,
    responsible: [names.label(action.responsibleMemberId), action.responsibleText].filter(Boolean).join(', '),
    due: action.due,
  });

  const areaInYear = (area: FocusArea, year: number): FollowUpArea => {
    const tagged = (item: { focusAreaIds: readonly string[] }) => item.focusAreaIds.includes(area.id);
    const ofYear = minutes.filter(({ meeting }) => yearOf(meeting.date) === year);
    const actions = ofYear.flatMap(({ meeting, minutes: m }) => m.actions.filter(tagged).map((action) => ({ action, row: actionRow(meeting, action) })));
    return {
      areaId: area.id,
      name: area.name,
      meetings: meetings
        .filter((meeting) => yearOf(meeting.date) === year)
        .map((meeting) => ({ ...meetingRef(meeting), meetingId: meeting.id, items: meeting.agenda.filter(tagged).map((item) => item.title) }))
        .filter((meeting) => meeting.items.length > 0),
      decisions: ofYear.flatMap(({ meeting, minutes: m }) => m.decisions.filter(tagged).map((d) => ({ ...meetingRef(meeting), text: d.text }))),
      done: actions.filter(({ action }) => action.status === 'done').map(({ row }) => row),
      open: actions.filter(({ action }) => action.status === 'open').map(({ row }) => row),
    };
  };

  const years = Array.from({ length: plan.toYear - plan.fromYear + 1 }, (_, i) => plan.fromYear + i);
  return {
    planId: plan.id,
    title: plan.title,
    fromYear: plan.fromYear,
    toYear: plan.toYear,
    years: years.map((year) => ({ year, areas: plan.areas.map((area) => areaInYear(area, year)) })),
  };
}
