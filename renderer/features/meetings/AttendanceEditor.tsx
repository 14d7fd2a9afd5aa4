/**
 * Attendance at one meeting: every active member (and anyone already marked) with a state chosen by
 * typing its first letter (N, F, A, E) or left "Ej markerad" (Delete), whom a substitute stands in for,
 * the guests (each marked "publiceras inte på webben" unless the secretary unticks it), and the counts. Only marks are saved: a member without a mark has no record, so the
 * minutes never call someone absent whom nobody marked. Every change is saved at once; the editor keeps
 * its own copy, so quick marks never overwrite each other.
 */
import { useState, type KeyboardEvent } from 'react';
import { sv } from '../../../electron/shared/i18n/sv';
import { attendanceStates, type Attendance, type Guest, type Meeting } from '../../../electron/shared/meetings/meeting';
import type { Member } from '../../../electron/shared/register/member';
import { comparePersonNames } from '../../../electron/shared/format/collate';
import { TextField } from '../../components/FormField';
import { TableScroll } from '../../components/TableScroll';
import { useMemberNames } from '../../components/memberNames';

const t = sv.meetings.ui;
const marks = sv.attendanceMarks;

type State = Attendance['state'];
/** A row of the list: a member's record, or a member not yet marked (`state` null, no record). */
type Row = Omit<Attendance, 'state'> & { state: State | null };

/** The first letter of each state's Swedish name marks it: N, F, A, E; Delete takes the mark away. */
const shortcuts = new Map<string, State | null>([['n', 'present'], ['f', 'absent'], ['a', 'excused'], ['e', 'substitute'], ['delete', null]]);

interface AttendanceEditorProps {
  meeting: Meeting;
  members: readonly Member[];
  onChange: (attendance: Attendance[], guests: Guest[]) => void;
}

/** Every record plus an unmarked row for each active member not on them, in Swedish order. */
function rows(records: readonly Attendance[], members: readonly Member[], name: (id: string) => string): Row[] {
  const recorded = new Set(records.map((a) => a.memberId));
  const unmarked = members.filter((m) => m.active && !recorded.has(m.id)).map((m): Row => ({ memberId: m.id, state: null, substituteForId: null }));
  return [...records, ...unmarked].sort((a, b) => comparePersonNames(name(a.memberId), name(b.memberId)));
}

const isMarked = (row: Row): row is Attendance => row.state !== null;

export function AttendanceEditor({ meeting, members, onChange }: AttendanceEditorProps) {
  const [guestName, setGuestName] = useState('');
  const [guestOrganisation, setGuestOrganisation] = useState('');
  const [records, setRecords] = useState(meeting.attendance);
  const [guests, setGuests] = useState(meeting.guests);
  // A member deleted from the register keeps their row, named as a former member.
  const names = useMemberNames(members);
  const name = names.label;
  const attendance = rows(records, members, (id) => names.view(id)?.name ?? '');
  const commit = (nextAttendance: Attendance[], nextGuests: Guest[]) => {
    setRecords(nextAttendance);
    setGuests(nextGuests);
    onChange(nextAttendance, nextGuests);
  };
  const count = (state: State | null) => attendance.filter((a) => a.state === state).length;
  const marked = attendance.filter(isMarked);

  const update = (memberId: string, change: Partial<Row>) =>
    commit(attendance.map((a) => (a.memberId === memberId ? { ...a, ...change } : a)).filter(isMarked), guests);
  /** A letter marks the row and moves on to the next one, so a whole list is marked in one pass. */
  const markByKey = (event: KeyboardEvent<HTMLSelectElement>, memberId: string) => {
    const state = shortcuts.get(event.key.toLowerCase());
    if (state === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    update(memberId, { state, substituteForId: null });
    const selects = [...document.querySelectorAll<HTMLSelectElement>('select[data-attendance]')];
    selects[selects.indexOf(event.currentTarget) + 1]?.focus();
  };
  const addGuest = () => {
    if (!guestName.trim()) return;
    commit(marked, [...guests, { id: crypto.randomUUID(), name: guestName.trim(), organisation: guestOrganisation.trim(), withheldFromWeb: true }]);
    setGuestName('');
    setGuestOrganisation('');
  };

  return (
    <section aria-labelledby="attendance-heading" className="card">
      <h2 id="attendance-heading">{t.attendanceHeading}</h2>
      <p role="status" className="attendance-counts">
        {t.attendanceCounts(count('present'), count('absent'), count('excused'), count('substitute'), guests.length)}
        {count(null) > 0 && `, ${marks.unmarkedCount(count(null))}`}
      </p>
      <p className="field-help">{marks.help}</p>
      {attendance.length === 0 ? (
        <p>{t.noMembers}</p>
      ) : (
        <TableScroll label={t.attendanceHeading}>
          <table className="table attendance">
            <thead>
              <tr>
                <th scope="col">{sv.register.memberFields.name}</th>
                <th scope="col">{t.attendanceHeading}</th>
                <th scope="col">{t.substituteFor}</th>
              </tr>
            </thead>
            <tbody>
              {attendance.map((a) => (
                <tr key={a.memberId} className={`attendance--${a.state ?? 'unmarked'}`}>
                  <th scope="row">{name(a.memberId)}</th>
                  <td>
                    <select data-attendance aria-label={`${t.attendanceHeading}: ${name(a.memberId)}`} value={a.state ?? ''}
                      onKeyDown={(event) => markByKey(event, a.memberId)}
                      onChange={(e) => update(a.memberId, { state: attendanceStates.find((state) => state === e.target.value) ?? null, substituteForId: null })}>
                      <option value="">{marks.unmarked}</option>
                      {attendanceStates.map((state) => <option key={state} value={state}>{sv.meetings.attendanceStates[state]}</option>)}
                    </select>
                  </td>
                  <td>
                    {a.state === 'substitute' && (
                      <select aria-label={`${t.substituteFor}: ${name(a.memberId)}`} value={a.substituteForId ?? ''}
                        onChange={(e) => update(a.memberId, { substituteForId: e.target.value || null })}>
                        <option value="">{t.nobody}</option>
                        {attendance.filter((other) => other.memberId !== a.memberId).map((other) => (
                          <option key={other.memberId} value={other.memberId}>{name(other.memberId)}</option>
                        ))}
                      </select>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <h3>{t.guestsHeading}</h3>
      {guests.length > 0 && (
        <ul className="guests">
          {guests.map((guest) => (
            <li key={guest.id}>
              {guest.name}{guest.organisation ? `, ${guest.organisation}` : ''}{' '}
              <label className="guest-withheld">
                <input type="checkbox" checked={guest.withheldFromWeb} aria-label={sv.webVersion.withheldGuest(guest.name)}
                  onChange={(e) => commit(marked, guests.map((g) => (g.id === guest.id ? { ...g, withheldFromWeb: e.target.checked } : g)))} />
                {' '}{sv.webVersion.withheldMember}
              </label>{' '}
              <button type="button" className="button button--small button--danger" aria-label={t.removeGuest(guest.name)}
                onClick={() => commit(marked, guests.filter((g) => g.id !== guest.id))}>✕</button>
            </li>
          ))}
        </ul>
      )}
      <form className="guest-form" onSubmit={(event) => { event.preventDefault(); addGuest(); }}>
        <TextField label={t.guestName} value={guestName} onChange={setGuestName} />
        <TextField label={t.guestOrganisation} value={guestOrganisation} onChange={setGuestOrganisation} />
        <button type="submit" className="button">{t.addGuest}</button>
      </form>
    </section>
  );
}
