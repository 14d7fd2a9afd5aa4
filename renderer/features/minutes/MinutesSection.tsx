/**
 * The Anteckningar section: the list (with search, filters and open action items) or one set of
 * minutes open in the editor — opened from the list, from a search hit at its place, or from a meeting.
 */
import { useEffect, useState } from 'react';
import type { Minutes, OpenAction } from '../../../electron/shared/minutes/minutes';
import { deliverOnClaim, useMenuCommands } from '../../api/menu';
import { call } from '../../api/ros';
import { useQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormerMembersProvider } from '../../components/formerMembers';
import { meetingOrFormer } from '../../../electron/shared/integrity/formerRecords';
import { MinutesEditorPage, type Jump } from './MinutesEditorPage';
import { MinutesListPage } from './MinutesListPage';

export interface MinutesRequest {
  /** Open (or first create) the minutes of this meeting. */
  meetingId?: string;
  /** Focus the search field. */
  search?: boolean;
  serial: number;
}

export function MinutesSection({ request }: { request: MinutesRequest | null }) {
  const list = useQuery(() => call('listMinutes'));
  const meetings = useQuery(() => call('listMeetings'));
  const members = useQuery(() => call('listMembers'));
  const formerMembers = useQuery(() => call('listFormerMembers'));
  // Minutes kept when their meeting was deleted open with the meeting as it was.
  const formerMeetings = useQuery(() => call('listFormerMeetings'));
  const settings = useQuery(() => call('getSettings'));
  const openActions = useQuery(() => call('listOpenActions', { beforeMeetingId: null }));
  const [open, setOpen] = useState<{ minutes: Minutes; jump: Jump | null; version: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const openById = async (id: string, jump: Jump | null = null) => {
    const result = await call('getMinutes', { id });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setOpen((current) => ({ minutes: result.value, jump, version: (current?.version ?? 0) + 1 }));
  };
  const create = async (meetingId: string, form: Minutes['form']) => {
    const result = await call('createMinutes', { meetingId, form });
    if (!result.ok) return setError(result.error.message);
    list.reload();
    setOpen({ minutes: result.value, jump: null, version: 0 });
  };
  const actionDone = async (item: OpenAction) => {
    const result = await call('setActionStatus', { minutesId: item.minutesId, actionId: item.action.id, status: 'done' });
    if (!result.ok) return setError(result.error.message);
    openActions.reload();
    list.reload();
  };

  const backToList = () => {
    setOpen(null);
    list.reload();
    openActions.reload();
  };
  // From the editor, Arkiv → Nya anteckningar (or Importera anteckningar från Word) goes back to the list, which then takes the command.
  const toList = (command: 'newMinutes' | 'importWord') => () => {
    deliverOnClaim(command);
    backToList();
  };
  useMenuCommands({ newMinutes: toList('newMinutes'), importWord: toList('importWord') });

  useEffect(() => {
    if (!request?.meetingId) return;
    const meetingId = request.meetingId;
    void call('listMinutes').then((result) => {
      if (!result.ok) return setError(result.error.message);
      const existing = result.value.find((m) => m.meetingId === meetingId);
      if (existing) void openById(existing.id);
      else void create(meetingId, 'brief');
    });
    // Runs once per request from another section.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request?.serial]);

  const found = open && meetings.value && formerMeetings.value && meetingOrFormer(meetings.value, formerMeetings.value, open.minutes.meetingId);
  if (open && found && members.value && formerMembers.value && settings.value) {
    return (
      <FormerMembersProvider value={formerMembers.value}>
        <MinutesEditorPage key={`${open.minutes.id}-${open.version}`} minutes={open.minutes} meeting={found.meeting} meetingDeleted={found.former}
          meetings={meetings.value ?? []} members={members.value} settings={settings.value} jump={open.jump}
          onReplaced={(minutes) => setOpen((current) => ({ minutes, jump: null, version: (current?.version ?? 0) + 1 }))}
          onMeetingChanged={meetings.reload}
          onBack={backToList} />
      </FormerMembersProvider>
    );
  }
  return (
    <FormerMembersProvider value={formerMembers.value ?? []}>
      <ErrorMessage message={error ?? list.error ?? meetings.error ?? formerMeetings.error ?? formerMembers.error ?? openActions.error} />
      <MinutesListPage list={list.value ?? []} meetings={meetings.value ?? []} members={members.value ?? []} openActions={openActions.value ?? []}
        searchFocus={request?.search ? request.serial : 0}
        onOpen={(id) => void openById(id)}
        onOpenHit={(hit) => void openById(hit.minutesId, hit.occurrence === null ? null : { query: hit.match, occurrence: hit.occurrence })}
        onCreate={(meetingId, form) => void create(meetingId, form)}
        onActionDone={(item) => void actionDone(item)}
        onImported={() => {
          list.reload();
          meetings.reload();
        }} />
    </FormerMembersProvider>
  );
}
