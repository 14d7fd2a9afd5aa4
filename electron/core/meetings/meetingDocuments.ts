/**
 * The meetings' Word documents: the year plan (a table of the year's meetings) and the notice
 * (kallelse) of one meeting: the covering letter from the template in Inställningar (or, without one,
 * time, place or "återkommer om plats" and digital link), then the numbered agenda with presenters and times, each item's notes under it (bullet lines as a Word list: the open
 * action items under "Uppföljning av åtgärder").
 */
import { ExternalHyperlink, HeadingLevel, Paragraph, TextRun, type FileChild } from 'docx';
import { sv } from '../../shared/i18n/sv';
import type { Meeting } from '../../shared/meetings/meeting';
import type { StoreData } from '../../shared/store/schema';
import { memberNames } from '../../shared/integrity/formerRecords';
import { formatTime } from '../../shared/format/clockTime';
import { fullWhen, meetingTitle, placeText } from '../../shared/meetings/meetingText';
import { BULLET_LIST, buildLetterDocument, labelledParagraph, NUMBERED_LIST, toDocxBuffer } from '../documents/letterDocument';
import { noteLines } from '../../shared/minutes/carryOver';
import { letterParagraphs, nextMeetingAfter, noticeFields } from '../../shared/minutes/templates';
import { safeText } from '../documents/safeText';
import { simpleTable } from '../documents/simpleTable';

const t = sv.meetings.documents;

export function yearPlanDocx(data: StoreData, year: number, meetings: readonly Meeting[]): Promise<Buffer> {
  const body: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(t.yearPlanTitle(year))] }),
    simpleTable(
      [{ header: t.when, weight: 6 }, { header: t.meeting, weight: 6 }, { header: t.place, weight: 5 }],
      meetings.map((m) => [
        fullWhen(m),
        m.status === 'cancelled' ? `${meetingTitle(m)} – ${sv.meetings.statuses.cancelled.toLowerCase()}: ${m.cancelReason}` : meetingTitle(m),
        placeText(m.place),
      ]),
    ),
  ];
  return toDocxBuffer(buildLetterDocument({ title: t.yearPlanTitle(year), subject: t.yearPlanSubject, settings: data.settings, body }));
}

function addMinutes(time: string, minutes: number): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const total = h * 60 + m + minutes;
  return `${String(Math.floor(total / 60) % 24).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** A presenter from the register (a deleted one marked as former), or the name typed instead. */
function presenter(data: StoreData, memberId: string | null, text: string): string {
  return memberNames(data.members, data.formerMembers).label(memberId) || text;
}

/** Indent of an item's notes: under the item's text. */
const NOTES_INDENT = 567;

/** An agenda item's notes under it: bullet lines as a list one level in, other lines as indented text. */
function agendaNotes(notes: string): Paragraph[] {
  return noteLines(notes).map((line) => new Paragraph({
    children: [new TextRun(safeText(line.text))],
    ...(line.bullet ? { numbering: { reference: BULLET_LIST, level: 1 } } : { indent: { left: NOTES_INDENT } }),
  }));
}

const linkTo = (url: string) => new ExternalHyperlink({ link: url, children: [new TextRun({ text: safeText(url), style: 'Hyperlink' })] });

/** The covering letter: a Word paragraph per paragraph of the template, its lines kept as line breaks, the link a real link. */
function coveringLetter(data: StoreData, meeting: Meeting): Paragraph[] {
  const fields = noticeFields(meeting, nextMeetingAfter(data.meetings, meeting), data.settings.secretaryName);
  return letterParagraphs(data.settings.noticeLetterTemplate, fields).map((lines) => new Paragraph({
    children: lines.flatMap((parts, index) => [
      ...(index > 0 ? [new TextRun({ text: '', break: 1 })] : []),
      ...parts.map((part) => (part.field === 'länk' ? linkTo(part.text) : new TextRun(safeText(part.text)))),
    ]),
  }));
}

/** Time, place and link as labelled lines, for a kallelse without a letter. */
function meetingFacts(meeting: Meeting): Paragraph[] {
  return [
    labelledParagraph(t.when, fullWhen(meeting)),
    labelledParagraph(t.place, placeText(meeting.place)),
    ...(meeting.digitalLink ? [labelledParagraph(t.digitalLink, linkTo(meeting.digitalLink))] : []),
  ];
}

export function noticeDocx(data: StoreData, meeting: Meeting): Promise<Buffer> {
  const title = `${t.noticeTitle} ${meetingTitle(meeting)}`;
  const letter = coveringLetter(data, meeting);
  const body: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(safeText(title))] }),
    ...(letter.length > 0 ? letter : meetingFacts(meeting)),
  ];
  if (meeting.status === 'cancelled') body.push(labelledParagraph(sv.meetings.statuses.cancelled, meeting.cancelReason));
  body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(t.agenda)] }));
  let clock = meeting.startTime;
  for (const item of meeting.agenda) {
    const end = addMinutes(clock, item.plannedMinutes);
    const who = presenter(data, item.presenterMemberId, item.presenterText);
    const details = [sv.meetings.agendaKinds[item.kind], who, item.plannedMinutes > 0 ? `${formatTime(clock)}–${formatTime(end)}` : '']
      .filter(Boolean)
      .join(', ');
    body.push(new Paragraph({ numbering: { reference: NUMBERED_LIST, level: 0 }, children: [new TextRun(safeText(item.title)), new TextRun(` (${safeText(details)})`)] }));
    body.push(...agendaNotes(item.notes));
    clock = end;
  }
  return toDocxBuffer(buildLetterDocument({ title, subject: t.noticeSubject, settings: data.settings, body }));
}
