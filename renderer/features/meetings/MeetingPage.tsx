/**
 * One meeting: its details, agenda and attendance, and what is done from it — the notice in Word or
 * sent as an e-mail draft, "Skapa nästa möte", removal.
 */
import { useEffect, useRef, useState } from 'react';
import { sv } from '../../../electron/shared/i18n/sv';
import type { Attendance, Guest, Meeting } from '../../../electron/shared/meetings/meeting';
import { fullWhen, meetingTitle, weekday } from '../../../electron/shared/meetings/meetingText';
import { proposeNextMeeting, type NextMeetingProposal } from '../../../electron/shared/meetings/nextMeetingDate';
import type { Member } from '../../../electron/shared/register/member';
import type { AgendaItem } from '../../../electron/shared/meetings/meeting';
import type { MinutesOnMeetingDelete } from '../../../electron/shared/integrity/formerRecords';
import type { MinutesSummary } from '../../../electron/shared/ipc/contract';
import { call } from '../../api/ros';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ExportedFile } from '../../components/ExportedFile';
import { TextField } from '../../components/FormField';
import { ModalDialog } from '../../components/ModalDialog';
import { useFocusOnMount } from '../../components/useFocusOnMount';
import { SendMailButton } from '../mail/MailDraftDialog';
import { AgendaEditor } from './AgendaEditor';
import { AttendanceEditor } from './AttendanceEditor';
import { MeetingForm, meetingDetails, newMeetingDetails } from './MeetingForm';

const t = sv.meetings.ui;

interface MeetingPageProps {
  meeting: Meeting | null;
  /** All meetings: "Skapa nästa möte" proposes a date from their rhythm. */
  meetings: readonly Meeting[];
  /** A new meeting's form starts in this year. */
  year: number;
  members: readonly Member[];
  knownKinds: readonly string[];
  onChanged: (meeting: Meeting | null) => void;
  onBack: () => void;
  onOpenMinutes: (meetingId: string) => void;
  onOpenMeeting: (meetingId: string) => void;
}

export function MeetingPage({ meeting, meetings, year, members, knownKinds, onChanged, onBack, onOpenMinutes, onOpenMeeting }: MeetingPageProps) {
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [exported, setExported] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'next' | 'remove' | null>(null);
  // The meeting's minutes, looked up when removal is asked for: the dialog says so and asks what to do with them.
  const [minutesOf, setMinutesOf] = useState<MinutesSummary | null>(null);
  const askRemove = async () => {
    if (!meeting) return;
    const result = await call('listMinutes');
    if (!result.ok) return setError(result.error.message);
    setMinutesOf(result.value.find((m) => m.meetingId === meeting.id) ?? null);
    setDialog('remove');
  };
  const [nextDate, setNextDate] = useState('');
  const [proposal, setProposal] = useState<NextMeetingProposal | null>(null);
  const askNext = () => {
    if (!meeting) return;
    const proposed = proposeNextMeeting(meetings, meeting);
    setProposal(proposed);
    setNextDate(proposed.date);
    setDialog('next');
  };
  const openPlanned = (id: string) => {
    setDialog(null);
    onOpenMeeting(id);
  };
  // The page replaces the year plan the user came from: the focus starts at its heading.
  const heading = useFocusOnMount<HTMLHeadingElement>();
  // Another meeting (the next one, made from here) gets a fresh form and the focus at its heading; a new
  // meeting saved the first time keeps its form, and with it the focus on Spara.
  const [formFor, setFormFor] = useState({ meetingId: meeting?.id ?? null, key: meeting?.id ?? 'new' });
  if (meeting && meeting.id !== formFor.meetingId) {
    setFormFor({ meetingId: meeting.id, key: formFor.meetingId === null ? formFor.key : meeting.id });
  }
  const formShown = useRef(formFor.key);
  useEffect(() => {
    if (formShown.current === formFor.key) return;
    formShown.current = formFor.key;
    heading.current?.focus();
  }, [formFor.key, heading]);

  const apply = (result: { ok: true; value: Meeting } | { ok: false; error: { message: string } }, message?: string) => {
    if (!result.ok) {
      setNotice(null);
      return setError(result.error.message);
    }
    setError(null);
    if (message) setNotice(message);
    onChanged(result.value);
  };
  const saveAgenda = async (agenda: AgendaItem[]) => meeting && apply(await call('saveAgenda', { meetingId: meeting.id, agenda }));
  const saveAttendance = async (attendance: Attendance[], guests: Guest[]) =>
    meeting && apply(await call('saveAttendance', { meetingId: meeting.id, attendance, guests }));
  const exportNotice = async () => {
    if (!meeting) return;
    const result = await call('exportNotice', { meetingId: meeting.id });
    if (!result.ok) return setError(result.error.message);
    if (result.value) setExported(result.value.path);
  };
  const createNext = async () => {
    if (!meeting) return;
    setDialog(null);
    apply(await call('createNextMeeting', { fromId: meeting.id, date: nextDate }), t.saved);
  };
  const remove = async (minutes: MinutesOnMeetingDelete | null) => {
    if (!meeting) return;
    const result = await call('deleteMeeting', { id: meeting.id, minutes });
    if (!result.ok) {
      setNotice(null);
      return setError(result.error.message);
    }
    onChanged(null);
  };

  return (
    <>
      <p><button type="button" className="link-button" onClick={onBack}>← {t.back}</button></p>
      <h1 ref={heading} tabIndex={-1}>{meeting ? `${meetingTitle(meeting)}, ${fullWhen(meeting)}` : t.newMeeting}</h1>
      {meeting && (
        <div className="toolbar">
          <button type="button" className="button button--primary" onClick={() => onOpenMinutes(meeting.id)}>{sv.minutes.ui.writeMinutes}</button>
          <button type="button" className="button" onClick={() => void exportNotice()}>{t.exportNotice}</button>
          <SendMailButton source={{ kind: 'notice', meeting }} members={members} />
          <button type="button" className="button" onClick={askNext}>{t.createNext}</button>
          <button type="button" className="button button--danger" onClick={() => void askRemove()}>{t.remove}</button>
        </div>
      )}
      {notice && <p role="status" className="notice">{notice}</p>}
      {exported && <ExportedFile path={exported} />}
      <ErrorMessage message={error} />
      <MeetingForm key={formFor.key} meeting={meeting} initial={meeting ? meetingDetails(meeting) : newMeetingDetails(year)}
        members={members} knownKinds={knownKinds} onSaved={(saved) => { setNotice(t.saved); onChanged(saved); }} onRefused={() => setNotice(null)} />
      {meeting && <AgendaEditor key={`agenda-${meeting.id}`} agenda={meeting.agenda} members={members} year={Number(meeting.date.slice(0, 4))} onChange={(agenda) => void saveAgenda(agenda)} />}
      {meeting && <AttendanceEditor key={`attendance-${meeting.id}`} meeting={meeting} members={members} onChange={(a, g) => void saveAttendance(a, g)} />}
      {meeting && dialog === 'next' && proposal && (
        <ModalDialog title={t.createNextTitle} onCancel={() => setDialog(null)}
          actions={<>
            {proposal.planned && (
              <button type="button" className="button button--primary" onClick={() => openPlanned(proposal.planned!.id)}>{sv.carryOver.openPlanned}</button>
            )}
            <button type="button" className={proposal.planned ? 'button' : 'button button--primary'} disabled={!nextDate} onClick={() => void createNext()}>{t.create}</button>
            <button type="button" className="button" onClick={() => setDialog(null)}>{sv.register.ui.cancel}</button>
          </>}>
          {proposal.planned && <p>{sv.carryOver.alreadyPlanned(`${meetingTitle(proposal.planned)}, ${fullWhen(proposal.planned)}`)}</p>}
          <p>{t.createNextText}</p>
          <TextField type="date" label={sv.carryOver.newDate} value={nextDate} onChange={setNextDate}
            help={(proposal.keepsRhythm ? sv.carryOver.keepsRhythm : sv.carryOver.defaultInterval)(proposal.weeks, weekday(proposal.date))} />
        </ModalDialog>
      )}
      {meeting && dialog === 'remove' && (
        <ModalDialog role="alertdialog" title={t.remove} onCancel={() => setDialog(null)}
          actions={<>
            {minutesOf ? (
              <>
                <button type="button" className="button button--danger" onClick={() => void remove('keep')}>{t.removeAndKeepMinutes}</button>
                {minutesOf.status !== 'approved' && (
                  <button type="button" className="button button--danger" onClick={() => void remove('delete')}>{t.removeWithMinutes}</button>
                )}
              </>
            ) : (
              <button type="button" className="button button--danger" onClick={() => void remove(null)}>{sv.register.ui.deleteConfirmTitle}</button>
            )}
            <button type="button" className="button" onClick={() => setDialog(null)}>{sv.register.ui.cancel}</button>
          </>}>
          <p>{minutesOf ? t.removeConfirmWithMinutes(meetingTitle(meeting)) : t.removeConfirm(meetingTitle(meeting))}</p>
          {minutesOf?.status === 'approved' && <p>{t.removeConfirmApprovedMinutes}</p>}
        </ModalDialog>
      )}
    </>
  );
}
