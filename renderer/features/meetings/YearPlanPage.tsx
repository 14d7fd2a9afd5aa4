/**
 * Möten: the year's meetings in date order, written out in full Swedish; past and cancelled meetings
 * look different, a meeting without a place says "återkommer om plats". From here the year plan goes
 * out as Word, as a calendar file, or as text for the web page.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { sv } from '../../../electron/shared/i18n/sv';
import { todayIso } from '../../../electron/shared/format/isoDate';
import type { Meeting } from '../../../electron/shared/meetings/meeting';
import { fullWhen, meetingTitle, placeText } from '../../../electron/shared/meetings/meetingText';
import { call } from '../../api/ros';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ExportedFile } from '../../components/ExportedFile';

const t = sv.meetings.ui;

interface YearPlanPageProps {
  meetings: readonly Meeting[];
  year: number;
  onYear: (year: number) => void;
  onOpen: (meeting: Meeting | 'new') => void;
  /** The meeting page the user came back from ('new' for one never saved): its button, or else the heading, takes the focus. */
  returnFrom: string | null;
}

export function YearPlanPage({ meetings, year, onYear, onOpen, returnFrom }: YearPlanPageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (!returnFrom) return;
    const opened = list.current?.querySelector<HTMLButtonElement>(`[data-meeting-id="${returnFrom}"]`);
    (opened ?? heading.current)?.focus();
    // Once, as the page replaces the meeting page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const [exported, setExported] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [webText, setWebText] = useState<string | null>(null);
  const today = todayIso();
  const shown = useMemo(
    () => meetings.filter((m) => m.date.startsWith(`${year}-`)).sort((a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime)),
    [meetings, year],
  );

  const exportPlan = async (format: 'docx' | 'ics' | 'text') => {
    const result = await call('exportYearPlan', { year, format });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    if (!result.value) return;
    if (format === 'text') setWebText(result.value.text);
    else if (result.value.path) setExported(result.value.path);
  };

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>{t.yearHeading(year)}</h1>
      <p className="lead">{sv.pages.meetings.lead}</p>
      <div className="toolbar">
        <button type="button" className="button" aria-label={t.previousYear} onClick={() => onYear(year - 1)}>
          ← {year - 1}
        </button>
        <button type="button" className="button" aria-label={t.nextYear} onClick={() => onYear(year + 1)}>
          {year + 1} →
        </button>
        <button type="button" className="button button--primary" onClick={() => onOpen('new')}>
          {t.newMeeting}
        </button>
        <button type="button" className="button" onClick={() => void exportPlan('docx')}>{t.exportYearPlanWord}</button>
        <button type="button" className="button" onClick={() => void exportPlan('ics')}>{t.exportCalendar}</button>
        <button type="button" className="button" onClick={() => void exportPlan('text')}>{t.webText}</button>
      </div>
      {exported && <ExportedFile path={exported} />}
      <ErrorMessage message={error} />
      {webText !== null && (
        <div className="field">
          <label htmlFor="web-text">{t.webTextLabel}</label>
          <textarea id="web-text" readOnly rows={Math.max(3, webText.split('\n').length)} value={webText} onFocus={(e) => e.currentTarget.select()} />
        </div>
      )}
      {shown.length === 0 ? (
        <p className="empty-state">{t.noMeetings(year)}</p>
      ) : (
        <ol ref={list} className="year-plan" aria-label={t.yearHeading(year)}>
          {shown.map((meeting) => {
            const cancelled = meeting.status === 'cancelled';
            const past = meeting.date < today;
            return (
              <li key={meeting.id} className={`meeting-card${cancelled ? ' meeting-card--cancelled' : ''}${past ? ' meeting-card--past' : ''}`}>
                <div>
                  <p className="meeting-when">{fullWhen(meeting)}</p>
                  <p className="meeting-title">
                    <button type="button" className="link-button" data-meeting-id={meeting.id} onClick={() => onOpen(meeting)}>
                      {meetingTitle(meeting)}
                    </button>
                  </p>
                  <p className="meeting-place">{placeText(meeting.place)}</p>
                  {cancelled && <p className="meeting-cancelled">{sv.meetings.statuses.cancelled}: {meeting.cancelReason}</p>}
                </div>
                <span className={`badge badge--${meeting.status}`}>
                  {past && !cancelled && meeting.status !== 'held' ? t.past : sv.meetings.statuses[meeting.status]}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
