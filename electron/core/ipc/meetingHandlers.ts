/**
 * The IPC methods of the meetings: list, plan, change and remove meetings, their agenda and attendance,
 * "Skapa nästa möte", the exports (year plan as Word, calendar or web text; the notice) and the e-mail
 * drafts of the notice or the meeting's minutes.
 */
import { sv } from '../../shared/i18n/sv';
import { planLine } from '../../shared/meetings/meetingText';
import {
  createNextMeeting, deleteMeeting, meetingsInYear, saveAgenda, saveAttendance, saveMeeting,
} from '../meetings/meetingService';
import { calendarFilter, wordFilter } from './exportSaver';
import { noticeFile } from './documentFiles';
import { createMailDraft } from './mailDraft';
import type { channelFamilies } from '../../shared/ipc/channels';
import type { HandlerContext, Handlers } from './handlers';

type MeetingChannels = (typeof channelFamilies.meetings)[number];

export function createMeetingHandlers(ctx: HandlerContext): Pick<Handlers, MeetingChannels> {
  const t = sv.meetings.documents;
  return {
    listMeetings: async () => ctx.session().data.meetings,
    saveMeeting: ({ id, meeting }) => saveMeeting(ctx.session(), id, meeting),
    listFormerMeetings: async () => ctx.session().data.formerMeetings,
    deleteMeeting: async ({ id, minutes }) => {
      await deleteMeeting(ctx.session(), id, minutes);
      return null;
    },
    saveAgenda: ({ meetingId, agenda }) => saveAgenda(ctx.session(), meetingId, agenda),
    saveAttendance: ({ meetingId, attendance, guests }) => saveAttendance(ctx.session(), meetingId, attendance, guests),
    createNextMeeting: ({ fromId, date }) => createNextMeeting(ctx.session(), fromId, date),

    exportYearPlan: async ({ year, format }) => {
      const data = ctx.session().data;
      const meetings = meetingsInYear(data, year);
      const text = meetings.map(planLine).join('\n');
      if (format === 'text') return { path: null, text };
      const saved = format === 'docx'
        ? await ctx.exports.save(sv.register.exports.saveTitle, `${t.yearPlanFile(year)}.docx`, wordFilter, async () => (await import('../meetings/meetingDocuments')).yearPlanDocx(data, year, meetings))
        : await ctx.exports.save(sv.register.exports.saveTitle, `${t.yearPlanFile(year)}.ics`, calendarFilter, async () => (await import('../meetings/calendar')).meetingCalendar(meetings, t.calendarName(year)));
      return saved ? { path: saved.path, text } : null;
    },
    exportNotice: async ({ meetingId }) => {
      const file = noticeFile(ctx.session().data, meetingId);
      return ctx.exports.save(sv.register.exports.saveTitle, file.fileName, file.filter, file.content);
    },
    createMailDraft: (input) => createMailDraft(ctx, input),
  };
}
