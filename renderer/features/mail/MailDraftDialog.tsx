/**
 * "Skicka kallelse …" and "Skicka anteckningar …": a button and its dialog. The secretary picks a group
 * (all active members, one side, those present), unticks anyone not to be sent to, sees who is left out
 * for want of an address, chooses Bcc (default) or To, edits the subject and text filled from the
 * templates in Inställningar, and the attachment's format; the backend writes the .eml draft and opens
 * it in the mail program. A refusal or a cancelled save dialog keeps everything typed.
 */
import { useState } from 'react';
import { sv } from '../../../electron/shared/i18n/sv';
import {
  attachmentFormats, groupMembers, mailAddressings, proposedOwnAddress, recipientGroups, splitByAddress,
  type AttachmentFormat, type RecipientGroup,
} from '../../../electron/shared/mail/mailDraft';
import type { Meeting } from '../../../electron/shared/meetings/meeting';
import { fillTemplate, meetingFields, nextMeetingAfter } from '../../../electron/shared/minutes/templates';
import type { Member } from '../../../electron/shared/register/member';
import type { Settings } from '../../../electron/shared/store/schema';
import { call } from '../../api/ros';
import { useQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ExportedFile } from '../../components/ExportedFile';
import { CheckboxField, SelectField, TextField } from '../../components/FormField';
import { ModalDialog } from '../../components/ModalDialog';

const t = sv.mail;

export type MailSource = { kind: 'notice'; meeting: Meeting } | { kind: 'minutes'; minutesId: string; meeting: Meeting };

interface Props {
  source: MailSource;
  members: readonly Member[];
  /** Runs before the draft is made (the minutes save their pending text). */
  beforeCreate?: () => Promise<unknown>;
}

export function SendMailButton({ source, members, beforeCreate }: Props) {
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>{source.kind === 'notice' ? t.sendNotice : t.sendMinutes}</button>
      {created && (
        <>
          <p role="status" className="notice">{t.created}</p>
          <ExportedFile path={created} />
        </>
      )}
      {open && (
        <MailDraftDialog source={source} members={members} beforeCreate={beforeCreate}
          onCreated={(path) => { setCreated(path); setOpen(false); }} onCancel={() => setOpen(false)} />
      )}
    </>
  );
}

function MailDraftDialog({ onCreated, onCancel, ...props }: Props & { onCreated: (path: string) => void; onCancel: () => void }) {
  const settings = useQuery(() => call('getSettings'));
  const meetings = useQuery(() => call('listMeetings'));
  const title = props.source.kind === 'notice' ? t.noticeTitle : t.minutesTitle;
  if (!settings.value || !meetings.value) {
    return (
      <ModalDialog title={title} onCancel={onCancel} actions={<button type="button" className="button" onClick={onCancel}>{sv.register.ui.cancel}</button>}>
        <ErrorMessage message={settings.error ?? meetings.error} />
      </ModalDialog>
    );
  }
  return <MailDraftForm {...props} title={title} settings={settings.value} meetings={meetings.value} onCreated={onCreated} onCancel={onCancel} />;
}

interface FormProps extends Props {
  title: string;
  settings: Settings;
  meetings: readonly Meeting[];
  onCreated: (path: string) => void;
  onCancel: () => void;
}

function MailDraftForm({ source, members, beforeCreate, title, settings, meetings, onCreated, onCancel }: FormProps) {
  const { meeting } = source;
  const groups = recipientGroups.filter((g) => g !== 'present' || source.kind === 'minutes');
  const firstGroup: RecipientGroup = source.kind === 'minutes' && groupMembers('present', members, meeting).length > 0 ? 'present' : 'all';
  const reachableIn = (g: RecipientGroup) => splitByAddress(groupMembers(g, members, meeting)).reachable.map((m) => m.id);
  const [group, setGroup] = useState<RecipientGroup>(firstGroup);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(reachableIn(firstGroup)));
  const [addressing, setAddressing] = useState<(typeof mailAddressings)[number]>('bcc');
  const [ownAddress, setOwnAddress] = useState(() => proposedOwnAddress(members, meeting));
  const template = settings.mailTemplates[source.kind];
  const fields = meetingFields(meeting, nextMeetingAfter(meetings, meeting), settings.secretaryName);
  const [subject, setSubject] = useState(() => fillTemplate(template.subject, fields));
  const [body, setBody] = useState(() => fillTemplate(template.body, fields));
  const [format, setFormat] = useState<AttachmentFormat>('docx');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const { reachable, leftOut } = splitByAddress(groupMembers(group, members, meeting));
  const chooseGroup = (next: RecipientGroup) => {
    setGroup(next);
    setChosen(new Set(reachableIn(next)));
  };
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };
  const create = async () => {
    setBusy(true);
    await beforeCreate?.();
    const result = await call('createMailDraft', {
      source: source.kind === 'notice' ? { kind: 'notice', meetingId: meeting.id } : { kind: 'minutes', minutesId: source.minutesId },
      format,
      recipientIds: reachable.filter((m) => chosen.has(m.id)).map((m) => m.id),
      addressing,
      ownAddress: addressing === 'bcc' ? ownAddress : '',
      subject,
      body,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setError(null);
    if (result.value) onCreated(result.value.path);
  };

  return (
    <ModalDialog title={title} onCancel={onCancel}
      actions={<>
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void create()}>{t.create}</button>
        <button type="button" className="button" onClick={onCancel}>{sv.register.ui.cancel}</button>
      </>}>
      <p>{t.lead}</p>
      <ErrorMessage message={error} />
      <h3>{t.recipientsHeading}</h3>
      <SelectField label={t.group} value={group} onChange={chooseGroup} options={groups.map((g) => ({ value: g, label: t.groups[g] }))} />
      {reachable.length === 0 ? <p>{t.noneInGroup}</p> : (
        <fieldset className="mail-recipients">
          <legend>{t.chosen(reachable.filter((m) => chosen.has(m.id)).length, reachable.length)}</legend>
          {reachable.map((m) => <CheckboxField key={m.id} label={`${m.name} <${m.email}>`} checked={chosen.has(m.id)} onChange={(on) => toggle(m.id, on)} />)}
        </fieldset>
      )}
      {leftOut.length > 0 && <p className="field-help">{t.leftOut(leftOut.map((m) => m.name).join(', '))}</p>}
      <fieldset className="radio-group radio-group--stacked">
        <legend>{t.addressingHeading}</legend>
        {mailAddressings.map((a) => (
          <label key={a}><input type="radio" name="mail-addressing" checked={addressing === a} onChange={() => setAddressing(a)} /> {t.addressings[a]}</label>
        ))}
      </fieldset>
      <p className="field-help">{t.addressingHelp[addressing]}</p>
      {addressing === 'bcc' && <TextField type="email" label={t.ownAddress} help={t.ownAddressHelp} value={ownAddress} onChange={setOwnAddress} />}
      <TextField label={t.subject} value={subject} onChange={setSubject} />
      <TextField label={t.body} help={t.templatesHelp} multiline value={body} onChange={setBody} />
      {source.kind === 'notice' ? <p>{t.attachmentHeading}: {t.formats.docx}</p> : (
        <fieldset className="radio-group">
          <legend>{t.attachmentHeading}</legend>
          {attachmentFormats.map((f) => (
            <label key={f}><input type="radio" name="mail-format" checked={format === f} onChange={() => setFormat(f)} /> {t.formats[f]}</label>
          ))}
        </fieldset>
      )}
    </ModalDialog>
  );
}
