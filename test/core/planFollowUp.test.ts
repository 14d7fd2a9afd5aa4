// The follow-up of an action plan, computed from a store as the screen and the Word file show it: per
// year of the plan and per focus area, the meetings whose agenda items carry the area, the decisions and
// the action items done and open. Untagged items, another plan's areas and removed areas show nowhere.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { planFollowUp } from '../../electron/core/actionPlans/planFollowUp';
import type { ActionPlan } from '../../electron/shared/actionPlans/actionPlan';
import type { FollowUpArea } from '../../electron/shared/actionPlans/followUp';
import type { AgendaItem, Meeting } from '../../electron/shared/meetings/meeting';
import type { ActionItem, Decision } from '../../electron/shared/minutes/minutes';
import { createEmptyStore, type StoreData } from '../../electron/shared/store/schema';
import { agendaItem } from '../support/meetingFixtures';
import { storedMinutes } from '../support/minutesFixtures';

const health = { id: randomUUID(), name: 'Förebyggande insatser inom hälso- och sjukvården' };
const studies = { id: randomUUID(), name: 'Kraftsamling för fullföljda studier' };
const iop = { id: randomUUID(), name: 'Idéburet offentligt partnerskap (IOP)' };
const plan: ActionPlan = { id: randomUUID(), title: 'Handlingsplan 2020–2022', fromYear: 2020, toYear: 2022, areas: [health, studies] };
/** A later plan that overlaps the first in 2022, with an area of its own. */
const laterPlan: ActionPlan = { id: randomUUID(), title: 'Handlingsplan 2022–2024', fromYear: 2022, toYear: 2024, areas: [iop] };

const tagged = (title: string, ...areas: Array<{ id: string }>): AgendaItem => ({ ...agendaItem(title, false), focusAreaIds: areas.map((a) => a.id) });

function meeting(date: string, agenda: AgendaItem[], patch: Partial<Meeting> = {}): Meeting {
  const at = `${date}T08:00:00.000Z`;
  return {
    id: randomUUID(), date, startTime: '10:00', endTime: '15:00', kind: 'RÖS-möte', titleSuffix: '', place: { type: 'toBeAnnounced' }, digitalLink: '',
    status: 'held', cancelReason: '', chairId: null, secretaryId: null, rsvpDate: '', refreshments: '', agenda, attendance: [], guests: [], createdAt: at, updatedAt: at, ...patch,
  };
}
const decision = (text: string, ...areas: Array<{ id: string }>): Decision => ({ id: randomUUID(), sectionId: 's1', text, focusAreaIds: areas.map((a) => a.id) });
const action = (what: string, status: ActionItem['status'], due: string, ...areas: Array<{ id: string }>): ActionItem => ({
  id: randomUUID(), sectionId: 's1', what, responsibleMemberId: null, responsibleText: 'Kansliet', due, status, focusAreaIds: areas.map((a) => a.id),
});

function store(): StoreData {
  const data = createEmptyStore();
  data.settings.actionPlans = [plan, laterPlan];
  const april = meeting('2021-04-28', [tagged('Nära vård i Angered', health), tagged('Övriga frågor'), tagged('Läxhjälp och studiecirklar', studies, health)]);
  const june = meeting('2021-06-10', [tagged('Sommarskola', studies)]);
  const cancelled = meeting('2021-09-01', [tagged('Inställd punkt', health)], { status: 'cancelled', cancelReason: 'För få anmälda' });
  const before = meeting('2019-11-20', [tagged('Före planen', health)]);
  const overlap = meeting('2022-03-15', [tagged('Partnerskap med föreningar', iop, health)]);
  const gone = meeting('2020-10-05', []);
  data.meetings = [june, april, cancelled, before, overlap];
  data.formerMeetings = [{ ...gone, deletedAt: '2021-01-01T00:00:00.000Z' }];
  data.minutes = [
    storedMinutes({
      meetingId: april.id,
      decisions: [decision('Gruppen ställer sig bakom piloten', health), decision('Ett beslut utan fokusområde')],
      actions: [
        action('Bjuda in vårdcentralen', 'done', '2021-05-30', health),
        action('Sammanställa erfarenheter', 'open', '2021-12-31', health, studies),
        action('Boka lokal', 'open', ''),
      ],
    }),
    storedMinutes({ meetingId: gone.id, decisions: [decision('Beslut vid ett borttaget möte', studies)] }),
    storedMinutes({ meetingId: before.id, decisions: [decision('Beslut före planen', health)] }),
    storedMinutes({ meetingId: overlap.id, actions: [action('Skriva avtal', 'open', '2022-06-01', iop, { id: randomUUID() })] }),
  ];
  return data;
}

const area = (data: StoreData, planId: string, year: number, areaId: string): FollowUpArea => {
  const found = planFollowUp(data, planId).years.find((y) => y.year === year)?.areas.find((a) => a.areaId === areaId);
  if (!found) throw new Error(`no ${year} ${areaId}`);
  return found;
};

describe('the follow-up of an action plan', () => {
  it('has every year of the plan, and every focus area in the plan’s order in each year', () => {
    const followUp = planFollowUp(store(), plan.id);
    expect(followUp).toMatchObject({ title: plan.title, fromYear: 2020, toYear: 2022 });
    expect(followUp.years.map((y) => y.year)).toEqual([2020, 2021, 2022]);
    for (const year of followUp.years) expect(year.areas.map((a) => a.name)).toEqual([health.name, studies.name]);
  });

  it('lists per year and area the meetings with their tagged agenda items, in date order, without cancelled meetings', () => {
    const data = store();
    expect(area(data, plan.id, 2021, health.id).meetings.map((m) => [m.meetingDate, m.meetingTitle, m.items])).toEqual([
      ['2021-04-28', 'RÖS-möte', ['Nära vård i Angered', 'Läxhjälp och studiecirklar']],
    ]);
    expect(area(data, plan.id, 2021, studies.id).meetings.map((m) => [m.meetingDate, m.items])).toEqual([
      ['2021-04-28', ['Läxhjälp och studiecirklar']],
      ['2021-06-10', ['Sommarskola']],
    ]);
  });

  it('puts decisions and action items done and open under the areas they are tagged with, with who and by when', () => {
    const data = store();
    const healthIn2021 = area(data, plan.id, 2021, health.id);
    expect(healthIn2021.decisions).toEqual([{ meetingDate: '2021-04-28', meetingTitle: 'RÖS-möte', text: 'Gruppen ställer sig bakom piloten' }]);
    expect(healthIn2021.done).toEqual([{ meetingDate: '2021-04-28', meetingTitle: 'RÖS-möte', what: 'Bjuda in vårdcentralen', responsible: 'Kansliet', due: '2021-05-30' }]);
    expect(healthIn2021.open.map((a) => a.what)).toEqual(['Sammanställa erfarenheter']);
    const studiesIn2021 = area(data, plan.id, 2021, studies.id);
    expect(studiesIn2021.decisions).toEqual([]);
    expect(studiesIn2021.done).toEqual([]);
    expect(studiesIn2021.open.map((a) => a.what)).toEqual(['Sammanställa erfarenheter']);
  });

  it('shows untagged items nowhere, and nothing from before or after the plan’s years', () => {
    const followUp = JSON.stringify(planFollowUp(store(), plan.id));
    for (const text of ['Ett beslut utan fokusområde', 'Boka lokal', 'Övriga frågor', 'Före planen', 'Beslut före planen', 'Inställd punkt']) expect(followUp).not.toContain(text);
  });

  it('keeps the decisions of a deleted meeting whose minutes were kept, under its year', () => {
    expect(area(store(), plan.id, 2020, studies.id).decisions.map((d) => [d.meetingDate, d.text])).toEqual([['2020-10-05', 'Beslut vid ett borttaget möte']]);
  });

  it('with overlapping plans, shows an item tagged with areas of both in each plan, under that plan’s own area', () => {
    const data = store();
    expect(area(data, plan.id, 2022, health.id).meetings.map((m) => m.items)).toEqual([['Partnerskap med föreningar']]);
    expect(area(data, laterPlan.id, 2022, iop.id).meetings.map((m) => m.items)).toEqual([['Partnerskap med föreningar']]);
    expect(area(data, laterPlan.id, 2022, iop.id).open.map((a) => a.what)).toEqual(['Skriva avtal']);
    expect(area(data, plan.id, 2022, health.id).open).toEqual([]);
    expect(planFollowUp(data, laterPlan.id).years.map((y) => y.year)).toEqual([2022, 2023, 2024]);
  });

  it('ignores the tags of a focus area removed from the plan', () => {
    const data = store();
    data.settings.actionPlans = [{ ...plan, areas: [studies] }, laterPlan];
    const followUp = planFollowUp(data, plan.id);
    expect(followUp.years.every((y) => y.areas.length === 1 && y.areas[0]!.areaId === studies.id)).toBe(true);
    expect(JSON.stringify(followUp)).not.toContain('Nära vård i Angered');
    expect(JSON.stringify(followUp)).not.toContain('Bjuda in vårdcentralen');
  });

  it('leaves an area with nothing tagged that year empty', () => {
    const empty = area(store(), plan.id, 2020, health.id);
    expect(empty).toMatchObject({ meetings: [], decisions: [], done: [], open: [] });
  });

  it('answers a plan that no longer exists with a Swedish message', () => {
    expect(() => planFollowUp(store(), randomUUID())).toThrow(/Handlingsplanen finns inte längre/);
  });
});
