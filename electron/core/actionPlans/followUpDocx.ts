/**
 * The follow-up of an action plan as a Word document in the group's letterhead: the title, the plan and
 * its period, a Heading 1 per year, a Heading 2 per focus area and, under it, Heading 3 parts for the
 * meetings where it was discussed, the decisions (bullet lists), and the action items done and open
 * (tables whose header row repeats on every page). An area with nothing that year says so in one line.
 */
import { HeadingLevel, Paragraph, TextRun, type FileChild } from 'docx';
import { sv } from '../../shared/i18n/sv';
import { isEmptyArea, type FollowUpAction, type FollowUpArea, type PlanFollowUp } from '../../shared/actionPlans/followUp';
import { longDate } from '../../shared/meetings/meetingText';
import type { Settings } from '../../shared/store/schema';
import { BULLET_LIST, buildLetterDocument, toDocxBuffer } from '../documents/letterDocument';
import { safeText } from '../documents/safeText';
import { simpleTable, type TableColumn } from '../documents/simpleTable';

const t = sv.actionPlans.followUp;
const NONE = '–';

const heading = (level: (typeof HeadingLevel)[keyof typeof HeadingLevel], text: string) =>
  new Paragraph({ heading: level, children: [new TextRun(safeText(text))] });
const bullet = (text: string) => new Paragraph({ numbering: { reference: BULLET_LIST, level: 0 }, children: [new TextRun(safeText(text))] });

const actionColumns: TableColumn[] = [
  { header: t.action, weight: 6 },
  { header: t.responsible, weight: 4 },
  { header: t.due, weight: 3 },
  { header: t.meeting, weight: 4 },
];
/** No one responsible or no date is a dash: a table cell is never empty. */
const actionRow = (a: FollowUpAction) => [a.what, a.responsible || NONE, a.due ? longDate(a.due) : NONE, t.meetingRef(longDate(a.meetingDate), a.meetingTitle)];

function areaParts(area: FollowUpArea, year: number): FileChild[] {
  if (isEmptyArea(area)) return [new Paragraph({ children: [new TextRun(t.emptyArea(year))] })];
  const parts: FileChild[] = [];
  if (area.meetings.length > 0) {
    parts.push(heading(HeadingLevel.HEADING_3, t.discussed), ...area.meetings.map((m) => bullet(t.meetingLine(longDate(m.meetingDate), m.meetingTitle, m.items.join('; ')))));
  }
  if (area.decisions.length > 0) {
    parts.push(heading(HeadingLevel.HEADING_3, t.decisions), ...area.decisions.map((d) => bullet(t.decisionLine(d.text, longDate(d.meetingDate)))));
  }
  for (const [title, actions] of [[t.done, area.done], [t.open, area.open]] as const) {
    if (actions.length > 0) parts.push(heading(HeadingLevel.HEADING_3, title), simpleTable(actionColumns, actions.map(actionRow)));
  }
  return parts;
}

export function followUpDocx(followUp: PlanFollowUp, settings: Settings): Promise<Buffer> {
  const body: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(t.documentTitle)] }),
    new Paragraph({ children: [new TextRun({ text: safeText(followUp.title), bold: true })] }),
    new Paragraph({ children: [new TextRun(t.period(followUp.fromYear, followUp.toYear))] }),
    ...followUp.years.flatMap(({ year, areas }) => [
      heading(HeadingLevel.HEADING_1, String(year)),
      ...areas.flatMap((area) => [heading(HeadingLevel.HEADING_2, area.name), ...areaParts(area, year)]),
    ]),
  ];
  return toDocxBuffer(buildLetterDocument({ title: t.documentProperty(followUp.title), subject: t.subject, settings, body }));
}
