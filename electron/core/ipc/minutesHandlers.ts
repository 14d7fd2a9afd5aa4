/**
 * The IPC methods of the minutes: list, open, create from a meeting, save the editor's content, the
 * lifecycle (status, unlock with a reason, restore a snapshot), action-item follow-up and search.
 */
import type { MinutesSummary } from '../../shared/ipc/contract';
import { sv } from '../../shared/i18n/sv';
import type { Minutes } from '../../shared/minutes/minutes';
import { wordCount } from '../../shared/minutes/richText';
import type { StoreData } from '../../shared/store/schema';
import { AppError } from '../appError';
import {
  createMinutes, deleteMinutes, openActions, restoreSnapshot, saveMinutesContent, setActionStatus, setMinutesStatus, unlockMinutes,
} from '../minutes/minutesService';
import { searchMinutes } from '../minutes/minutesSearch';
import type { HandlerContext, Handlers } from './handlers';

type MinutesChannels =
  | 'listMinutes' | 'getMinutes' | 'createMinutes' | 'saveMinutesContent' | 'setMinutesStatus' | 'unlockMinutes'
  | 'restoreMinutesSnapshot' | 'deleteMinutes' | 'listOpenActions' | 'setActionStatus' | 'searchMinutes';

function summary(data: StoreData, minutes: Minutes): MinutesSummary {
  return {
    id: minutes.id,
    meetingId: minutes.meetingId,
    meetingDate: data.meetings.find((m) => m.id === minutes.meetingId)?.date ?? '',
    title: minutes.title,
    form: minutes.form,
    status: minutes.status,
    updatedAt: minutes.updatedAt,
    wordCount: wordCount(minutes.body),
    openActions: minutes.actions.filter((a) => a.status === 'open').length,
  };
}

export function createMinutesHandlers(ctx: HandlerContext): Pick<Handlers, MinutesChannels> {
  return {
    listMinutes: async () => {
      const data = ctx.session().data;
      return data.minutes.map((m) => summary(data, m)).sort((a, b) => b.meetingDate.localeCompare(a.meetingDate));
    },
    getMinutes: async ({ id }) => {
      const minutes = ctx.session().data.minutes.find((m) => m.id === id);
      if (!minutes) throw new AppError('NOT_FOUND', sv.minutes.notFound);
      return minutes;
    },
    createMinutes: ({ meetingId, form }) => createMinutes(ctx.session(), meetingId, form),
    saveMinutesContent: async ({ id, content }) => ({ updatedAt: (await saveMinutesContent(ctx.session(), id, content)).updatedAt }),
    setMinutesStatus: ({ id, status }) => setMinutesStatus(ctx.session(), id, status),
    unlockMinutes: ({ id, reason }) => unlockMinutes(ctx.session(), id, reason),
    restoreMinutesSnapshot: ({ id, snapshotId }) => restoreSnapshot(ctx.session(), id, snapshotId),
    deleteMinutes: async ({ id }) => {
      await deleteMinutes(ctx.session(), id);
      return null;
    },
    listOpenActions: async ({ beforeMeetingId }) => {
      const data = ctx.session().data;
      const before = beforeMeetingId ? data.meetings.find((m) => m.id === beforeMeetingId) : null;
      if (beforeMeetingId && !before) throw new AppError('NOT_FOUND', sv.meetings.notFound);
      return openActions(data, before ?? null);
    },
    setActionStatus: ({ minutesId, actionId, status }) => setActionStatus(ctx.session(), minutesId, actionId, status),
    searchMinutes: async ({ query }) => searchMinutes(ctx.session().data, query),
  };
}
