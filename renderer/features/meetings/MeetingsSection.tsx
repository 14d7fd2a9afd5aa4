/**
 * The Möten section: the year plan, or one meeting opened from it. The year plan is the app's first
 * screen; the meeting's page (its forms, agenda and attendance) is code read when a meeting is opened.
 */
import { Suspense, useMemo, useState } from 'react';
import type { Meeting } from '../../../electron/shared/meetings/meeting';
import { knownMeetingKinds } from '../../../electron/shared/meetings/meetingKinds';
import { useMenuCommands } from '../../api/menu';
import { leaveScreen } from '../../api/pendingSaves';
import { call } from '../../api/ros';
import { useQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormerMembersProvider } from '../../components/formerMembers';
import { LoadFailureBoundary } from '../../components/LoadFailureBoundary';
import { useChosenYear } from './chosenYear';
import { YearPlanPage } from './YearPlanPage';
import { MeetingPage } from './lazyMeetingPage';

export function MeetingsSection({ onOpenMinutes }: { onOpenMinutes: (meetingId: string) => void }) {
  const meetings = useQuery(() => call('listMeetings'));
  const members = useQuery(() => call('listMembers'));
  const formerMembers = useQuery(() => call('listFormerMembers'));
  const [year, setYear] = useChosenYear();
  const [openId, setOpenId] = useState<string | 'new' | null>(null);
  const [returnFrom, setReturnFrom] = useState<string | null>(null);
  const backToYearPlan = () => {
    setReturnFrom(openId);
    setOpenId(null);
  };
  const list = useMemo(() => meetings.value ?? [], [meetings.value]);
  const knownKinds = useMemo(() => knownMeetingKinds(list), [list]);
  // A meeting just made (saved the first time, or as the next one) is shown while the list reloads.
  const [lastSaved, setLastSaved] = useState<Meeting | null>(null);
  const open = openId === 'new' ? null : (list.find((m) => m.id === openId) ?? (lastSaved?.id === openId ? lastSaved : null));
  useMenuCommands({ newMeeting: () => setOpenId('new') });
  // Inactive members stay on a meeting that names them (as chair, secretary, presenter or in the attendance).
  const named = new Set(open ? [open.chairId, open.secretaryId, ...open.agenda.map((i) => i.presenterMemberId), ...open.attendance.map((a) => a.memberId)] : []);

  if (openId) {
    return (
      <FormerMembersProvider value={formerMembers.value ?? []}>
        <LoadFailureBoundary>
          <Suspense fallback={null}>
            <MeetingPage
              meeting={open}
              meetings={list}
              year={year}
              members={(members.value ?? []).filter((m) => m.active || named.has(m.id))}
              knownKinds={knownKinds}
              onBack={() => leaveScreen(backToYearPlan)}
              onOpenMinutes={onOpenMinutes}
              onOpenMeeting={setOpenId}
              onChanged={(meeting: Meeting | null) => {
                meetings.reload();
                if (!meeting) return backToYearPlan();
                setLastSaved(meeting);
                // A save that lands after the user went back (the form's autosave on leaving) does not reopen it.
                setOpenId((current) => (current === null ? null : meeting.id));
                setYear(Number(meeting.date.slice(0, 4)));
              }}
            />
          </Suspense>
        </LoadFailureBoundary>
      </FormerMembersProvider>
    );
  }
  return (
    <>
      <ErrorMessage message={meetings.error ?? members.error ?? formerMembers.error} />
      <YearPlanPage meetings={list} year={year} onYear={setYear} onOpen={(m) => setOpenId(m === 'new' ? 'new' : m.id)} returnFrom={returnFrom} />
    </>
  );
}
