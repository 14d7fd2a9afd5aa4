/**
 * Anteckningar: search across all minutes, new minutes for a meeting, every set of minutes filtered by
 * year, form and status, and every open action item across meetings.
 */
import { useRef, useState } from 'react';
import { sv } from '../../../electron/shared/i18n/sv';
import type { MinutesSummary } from '../../../electron/shared/ipc/contract';
import type { Meeting } from '../../../electron/shared/meetings/meeting';
import { longDate, meetingTitle } from '../../../electron/shared/meetings/meetingText';
import { minutesForms, minutesStatuses, type Minutes, type OpenAction } from '../../../electron/shared/minutes/minutes';
import type { MinutesSearchHit } from '../../../electron/shared/minutes/search';
import type { Member } from '../../../electron/shared/register/member';
import { useMenuCommands } from '../../api/menu';
import { SelectField } from '../../components/FormField';
import { TableScroll } from '../../components/TableScroll';
import { MinutesSearch } from './MinutesSearch';
import { OpenActionsList } from './OpenActionsList';
import { WordImportPanel } from './WordImportPanel';

const t = sv.minutes.ui;

interface Props {
  list: readonly MinutesSummary[];
  meetings: readonly Meeting[];
  members: readonly Member[];
  openActions: readonly OpenAction[];
  searchFocus: number;
  onOpen: (id: string) => void;
  onOpenHit: (hit: MinutesSearchHit) => void;
  onCreate: (meetingId: string, form: Minutes['form']) => void;
  onActionDone: (action: OpenAction) => void;
  /** Minutes were imported from Word: the lists are read again. */
  onImported: () => void;
}

export function MinutesListPage({ list, meetings, members, openActions, searchFocus, onOpen, onOpenHit, onCreate, onActionDone, onImported }: Props) {
  const [year, setYear] = useState('');
  const [form, setForm] = useState('');
  const [status, setStatus] = useState('');
  const without = meetings.filter((m) => !list.some((minutes) => minutes.meetingId === m.id)).sort((a, b) => b.date.localeCompare(a.date));
  const [meetingId, setMeetingId] = useState('');
  const [newForm, setNewForm] = useState<Minutes['form']>('brief');
  const chosen = without.some((m) => m.id === meetingId) ? meetingId : (without[0]?.id ?? '');
  const years = [...new Set(list.map((m) => m.meetingDate.slice(0, 4)))].sort().reverse();
  const shown = list.filter((m) => (!year || m.meetingDate.startsWith(year)) && (!form || m.form === form) && (!status || m.status === status));
  const newHeading = useRef<HTMLHeadingElement>(null);
  // Arkiv → Nya anteckningar: to the heading, read aloud, with the meeting to choose next in tab order.
  useMenuCommands({ newMinutes: () => newHeading.current?.focus() });

  return (
    <>
      <h1>{sv.pages.minutes.title}</h1>
      <p className="lead">{sv.pages.minutes.lead}</p>
      <MinutesSearch focusRequest={searchFocus} onOpen={onOpenHit} />

      <section className="card" aria-labelledby="minutes-new">
        <h2 id="minutes-new" ref={newHeading} tabIndex={-1}>{t.newHeading}</h2>
        {without.length === 0 ? <p>{meetings.length === 0 ? t.noMeetingsYet : t.noMeetingsWithout}</p> : (
          <div className="form form--inline">
            <SelectField label={t.meeting} value={chosen} onChange={setMeetingId}
              options={without.map((m) => ({ value: m.id, label: `${longDate(m.date)}, ${meetingTitle(m)}` }))} />
            <SelectField label={t.form} value={newForm} onChange={setNewForm} options={minutesForms.map((f) => ({ value: f, label: sv.minutes.forms[f] }))} />
            <button type="button" className="button button--primary" onClick={() => onCreate(chosen, newForm)}>{t.create}</button>
          </div>
        )}
      </section>

      <WordImportPanel onImported={onImported} onOpen={onOpen} />

      <section className="card" aria-labelledby="minutes-all">
        <h2 id="minutes-all">{t.listHeading}</h2>
        {list.length === 0 ? (
          <div className="empty-state"><h3>{t.emptyTitle}</h3><p>{t.emptyText}</p></div>
        ) : (
          <>
            <div className="form form--inline" role="group" aria-label={t.filtersLabel}>
              <SelectField label={t.year} value={year} onChange={setYear} options={[{ value: '', label: t.allYears }, ...years.map((y) => ({ value: y, label: y }))]} />
              <SelectField label={t.form} value={form} onChange={setForm} options={[{ value: '', label: t.allForms }, ...minutesForms.map((f) => ({ value: f, label: sv.minutes.forms[f] }))]} />
              <SelectField label={t.status} value={status} onChange={setStatus} options={[{ value: '', label: t.allStatuses }, ...minutesStatuses.map((s) => ({ value: s, label: sv.minutes.statuses[s] }))]} />
            </div>
            {shown.length === 0 ? <p>{t.noneMatch}</p> : (
              <TableScroll label={t.tableLabel}>
                <table className="table" aria-label={t.tableLabel}>
                  <thead><tr>{Object.values(t.columns).map((c) => <th key={c}>{c}</th>)}</tr></thead>
                  <tbody>
                    {shown.map((m) => (
                      <tr key={m.id}>
                        <td>{longDate(m.meetingDate)}</td>
                        <td><button type="button" className="link-button" onClick={() => onOpen(m.id)}>{m.title}</button></td>
                        <td>{sv.minutes.forms[m.form]}</td>
                        <td>{sv.minutes.statuses[m.status]}</td>
                        <td>{m.wordCount}</td>
                        <td>{m.openActions}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}
          </>
        )}
      </section>

      <section className="card" aria-labelledby="minutes-open-actions">
        <h2 id="minutes-open-actions">{t.openActionsHeading}</h2>
        <OpenActionsList actions={openActions} members={members} onDone={onActionDone} />
      </section>
    </>
  );
}
