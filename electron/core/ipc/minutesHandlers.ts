/**
 * The IPC methods of the minutes: list, open, create from a meeting, save the editor's content, the
 * lifecycle (status, unlock with a reason, restore a snapshot), action-item follow-up, search, and the
 * exports (Word, PDF) with opening the exported file or its folder.
 */
import type { MinutesSummary } from '../../shared/ipc/contract';
import { sv } from '../../shared/i18n/sv';
import type { Minutes } from '../../shared/minutes/minutes';
import { wordCount } from '../../shared/minutes/richText';
import type { StoreData } from '../../shared/store/schema';
import { meetingOrFormer } from '../../shared/integrity/formerRecords';
import { AppError } from '../appError';
import { bodyToRead } from '../store/compactBodies';
import {
  createMinutes, deleteMinutes, findMinutes, openActions, restoreSnapshot, saveMinutesChange, saveMinutesContent, setActionStatus, setMinutesStatus, unlockMinutes,
} from '../minutes/minutesService';
import { searchMinutes } from '../minutes/minutesSearch';
import { minutesFile } from './documentFiles';
import type { channelFamilies } from '../../shared/ipc/channels';
import type { HandlerContext, Handlers } from './handlers';

type MinutesChannels = (typeof channelFamilies.minutes)[number];

/**
 * Each minutes' word count, kept per minutes object (the store replaces a changed minutes): counting
 * reads the whole body, which a minutes read from disk keeps as bytes until read (compactBodies.ts).
 */
const wordCounts = new WeakMap<Minutes, number>();

function wordCountOf(minutes: Minutes): number {
  let count = wordCounts.get(minutes);
  if (count === undefined) {
    count = wordCount(bodyToRead(minutes));
    wordCounts.set(minutes, count);
  }
  return count;
}

function summary(data: StoreData, minutes: Minutes): MinutesSummary {
  return {
    id: minutes.id,
    meetingId: minutes.meetingId,
    meetingDate: meetingOrFormer(data.meetings, data.formerMeetings, minutes.meetingId)?.meeting.date ?? '',
    title: minutes.title,
    form: minutes.form,
    status: minutes.status,
    updatedAt: minutes.updatedAt,
    wordCount: wordCountOf(minutes),
    openActions: minutes.actions.filter((a) => a.status === 'open').length,
  };
}

export function createMinutesHandlers(ctx: HandlerContext): Pick<Handlers, MinutesChannels> {
  return {
    listMinutes: async () => {
      const data = ctx.session().data;
      return data.minutes.map((m) => summary(data, m)).sort((a, b) => b.meetingDate.localeCompare(a.meetingDate));
    },
    getMinutes: async ({ id }) => findMinutes(ctx.session().data, id),
    createMinutes: ({ meetingId, form }) => createMinutes(ctx.session(), meetingId, form),
    saveMinutesContent: async ({ id, content, bodyVersion }) => ({ updatedAt: (await saveMinutesContent(ctx.session(), id, content, bodyVersion)).updatedAt }),
    saveMinutesChange: async ({ id, content, change }) => ({ updatedAt: (await saveMinutesChange(ctx.session(), id, content, change)).updatedAt }),
    setMinutesStatus: ({ id, status }) => setMinutesStatus(ctx.session(), id, status),
    unlockMinutes: ({ id, reason }) => unlockMinutes(ctx.session(), id, reason),
    restoreMinutesSnapshot: ({ id, snapshotId }) => restoreSnapshot(ctx.session(), id, snapshotId),
    deleteMinutes: async ({ id }) => {
      await deleteMinutes(ctx.session(), id);
      return null;
    },
    listOpenActions: async ({ beforeMeetingId }) => {
      const data = ctx.session().data;
      const before = beforeMeetingId ? meetingOrFormer(data.meetings, data.formerMeetings, beforeMeetingId)?.meeting : null;
      if (beforeMeetingId && !before) throw new AppError('NOT_FOUND', sv.meetings.notFound);
      return openActions(data, before ?? null);
    },
    setActionStatus: ({ minutesId, actionId, status }) => setActionStatus(ctx.session(), minutesId, actionId, status),
    searchMinutes: async ({ query }) => searchMinutes(ctx.session().data, query),
    exportMinutes: async ({ id, format }) => {
      const file = minutesFile(ctx.session().data, ctx.host, id, format);
      return ctx.exports.save(sv.register.exports.saveTitle, file.fileName, file.filter, file.content);
    },
    openExportedFile: async ({ path, reveal }) => {
      if (!ctx.exports.wasExported(path)) throw new AppError('FORBIDDEN', sv.errors.notExported);
      await (reveal ? ctx.host.showInFolder(path) : ctx.host.openPath(path));
      return null;
    },
  };
}
