/**
 * The meeting's details: date and times (local Swedish time), kind and title, the place or
 * "återkommer om plats", the digital link, OSA date and refreshments (for the kallelse), status (with the reason when cancelled), chair and secretary.
 * A new meeting is made with Spara; an existing one saves itself as you type, like the minutes (a value
 * that does not pass the schema is shown at its field and keeps the form unsaved). Main's answer is shown
 * where the user looks: a field's error at the field, any other in the form's alert; a refused or failed
 * save keeps the form unsaved and never shows as saved. Once a new meeting is created the form edits it
 * (the page passes the meeting back in), so a second Spara changes that meeting instead of creating one.
 */
import { useEffect, useRef } from 'react';
import { sv } from '../../../electron/shared/i18n/sv';
import {
  meetingDetailsSchema, meetingStatuses, type Meeting, type MeetingDetails,
} from '../../../electron/shared/meetings/meeting';
import { DEFAULT_MEETING_KINDS } from '../../../electron/shared/meetings/meetingKinds';
import type { Member } from '../../../electron/shared/register/member';
import { call } from '../../api/ros';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField, TextField } from '../../components/FormField';
import type { Result } from '../../../electron/shared/ipc/result';
import { tookOrRefused, useAutosave } from '../../components/useAutosave';
import { memberOptions as optionsOf, useMemberNames } from '../../components/memberNames';
import { useSchemaForm } from '../../components/useSchemaForm';

const t = sv.meetings.ui;

export function meetingDetails(meeting: Meeting): MeetingDetails {
  const { id: _i, agenda: _a, attendance: _at, guests: _g, createdAt: _c, updatedAt: _u, ...details } = meeting;
  return details;
}

export const newMeetingDetails = (year: number): MeetingDetails => ({
  date: `${year}-01-01`, startTime: '10:00', endTime: '15:00', kind: DEFAULT_MEETING_KINDS[0], titleSuffix: '',
  place: { type: 'toBeAnnounced' }, digitalLink: '', status: 'planned', cancelReason: '', chairId: null, secretaryId: null,
  rsvpDate: '', refreshments: '',
});

interface MeetingFormProps {
  meeting: Meeting | null;
  initial: MeetingDetails;
  members: readonly Member[];
  knownKinds: readonly string[];
  onSaved: (meeting: Meeting) => void;
  /** Main did not save the form's values (the error is shown in the form). */
  onRefused: () => void;
}

/** The fields that show their own error, for these values. */
function fieldsOnScreen(v: Partial<MeetingDetails>): string[] {
  return [
    'date', 'startTime', 'endTime', 'kind', 'titleSuffix', 'digitalLink', 'rsvpDate', 'refreshments', 'status', 'chairId', 'secretaryId',
    ...(v.place?.type === 'venue' ? ['place.venue', 'place.address'] : []),
    ...(v.status === 'cancelled' ? ['cancelReason'] : []),
  ];
}

export function MeetingForm({ meeting, initial, members, knownKinds, onSaved, onRefused }: MeetingFormProps) {
  const form = useSchemaForm(meetingDetailsSchema, initial, {
    formName: sv.shutdown.formNames.meeting, savesItself: meeting !== null, fieldsOnScreen,
  });
  const v = form.values;
  /** The meeting this form created, known before the page passes it back in as `meeting`. */
  const created = useRef<string | null>(null);
  /** Sends the details of `id` (null: a new meeting, unless this form already made it) and hands on main's answer. */
  const send = async (id: string | null, details: MeetingDetails) => {
    const result = await call('saveMeeting', { id: id ?? created.current, meeting: details });
    if (result.ok) {
      created.current = result.value.id;
      onSaved(result.value);
    } else {
      onRefused();
    }
    return result;
  };
  const autosave = useAutosave(async (details: MeetingDetails) => {
    if (!meeting) return;
    let answer: Result<unknown> | null = null;
    await form.save(async () => (answer = await send(meeting.id, details)));
    return answer === null || tookOrRefused(answer);
  });
  const { schedule, cancel } = autosave;
  useEffect(() => {
    if (!meeting || !form.edited) return;
    const parsed = meetingDetailsSchema.safeParse(v);
    if (parsed.success) schedule(parsed.data);
    else cancel();
  }, [meeting, form.edited, v, schedule, cancel]);
  const place = v.place ?? { type: 'toBeAnnounced' as const };
  // A chair or secretary deleted from the register stays selectable here, named as a former member.
  const names = useMemberNames(members);
  const memberOptions = [{ value: '', label: t.nobody }, ...optionsOf(members, names, [initial.chairId ?? null, initial.secretaryId ?? null])];

  // Spara sends the values as they are now, which supersede any the autosave still holds.
  const save = () => {
    cancel();
    return form.submit((parsed) => send(meeting?.id ?? null, parsed));
  };

  return (
    <section aria-labelledby="meeting-details-heading" className="card">
      <h2 id="meeting-details-heading">{t.detailsHeading}</h2>
      <ErrorMessage message={form.formError} />
      <form className="form form--wide" noValidate onSubmit={(event) => { event.preventDefault(); void save(); }}>
        <div className="field-trio">
          <TextField type="date" label={t.date} value={v.date ?? ''} error={form.errors.date} onChange={(x) => form.set('date', x)} />
          <TextField type="time" label={t.startTime} value={v.startTime ?? ''} error={form.errors.startTime} onChange={(x) => form.set('startTime', x)} />
          <TextField type="time" label={t.endTime} value={v.endTime ?? ''} error={form.errors.endTime} onChange={(x) => form.set('endTime', x)} />
        </div>
        <TextField label={t.kind} help={t.kindHelp} list="meeting-kinds" value={v.kind ?? ''} error={form.errors.kind} onChange={(x) => form.set('kind', x)} />
        <datalist id="meeting-kinds">
          {knownKinds.map((kind) => <option key={kind} value={kind} />)}
        </datalist>
        <TextField label={t.titleSuffix} help={t.titleSuffixHelp} value={v.titleSuffix ?? ''} error={form.errors.titleSuffix} onChange={(x) => form.set('titleSuffix', x)} />
        <fieldset className="radio-group">
          <legend>{t.placeLegend}</legend>
          <label>
            <input type="radio" name="place" checked={place.type === 'venue'} onChange={() => form.set('place', { type: 'venue', venue: '', address: '' })} /> {t.placeKnown}
          </label>
          <label>
            <input type="radio" name="place" checked={place.type === 'toBeAnnounced'} onChange={() => form.set('place', { type: 'toBeAnnounced' })} /> {t.placeToBeAnnounced}
          </label>
        </fieldset>
        {place.type === 'venue' && (
          <div className="field-pair">
            <TextField label={t.venue} value={place.venue ?? ''} error={form.errors['place.venue']} onChange={(x) => form.set('place', { ...place, venue: x })} />
            <TextField label={t.address} value={place.address ?? ''} error={form.errors['place.address']} onChange={(x) => form.set('place', { ...place, address: x })} />
          </div>
        )}
        <TextField type="url" label={t.digitalLink} value={v.digitalLink ?? ''} error={form.errors.digitalLink} onChange={(x) => form.set('digitalLink', x)} />
        <div className="field-pair">
          <TextField type="date" label={sv.carryOver.rsvpDate} help={sv.carryOver.rsvpDateHelp} value={v.rsvpDate ?? ''} error={form.errors.rsvpDate} onChange={(x) => form.set('rsvpDate', x)} />
          <TextField label={sv.carryOver.refreshments} help={sv.carryOver.refreshmentsHelp} value={v.refreshments ?? ''} error={form.errors.refreshments} onChange={(x) => form.set('refreshments', x)} />
        </div>
        <SelectField label={t.status} value={v.status ?? 'planned'} error={form.errors.status}
          options={meetingStatuses.map((s) => ({ value: s, label: sv.meetings.statuses[s] }))} onChange={(x) => form.set('status', x)} />
        {v.status === 'cancelled' && (
          <TextField label={t.cancelReason} value={v.cancelReason ?? ''} error={form.errors.cancelReason} onChange={(x) => form.set('cancelReason', x)} />
        )}
        <div className="field-pair">
          <SelectField label={t.chair} value={v.chairId ?? ''} error={form.errors.chairId} options={memberOptions} onChange={(x) => form.set('chairId', x || null)} />
          <SelectField label={t.secretary} value={v.secretaryId ?? ''} error={form.errors.secretaryId} options={memberOptions} onChange={(x) => form.set('secretaryId', x || null)} />
        </div>
        <div className="button-row">
          <button type="submit" className="button button--primary">{t.save}</button>
        </div>
      </form>
    </section>
  );
}
