/**
 * The form for one member: side, role, party or organisation, whom a substitute stands in for, term,
 * contact details. Checked with the shared schema before it is sent; main's answer (a duplicate, a
 * missing link) is shown at its field, any other error (a failed save) in the form's alert, and the form
 * stays open with the values until main has accepted them. Also the GDPR erasure and removal of an
 * existing member.
 */
import { useState } from 'react';
import { sv } from '../../../electron/shared/i18n/sv';
import { formatDateTime } from '../../../electron/shared/format/dates';
import { memberInputSchema, memberRoles, memberSides, type Member, type MemberInput } from '../../../electron/shared/register/member';
import type { Organisation } from '../../../electron/shared/register/organisation';
import { compareSwedish } from '../../../electron/shared/format/collate';
import { call } from '../../api/ros';
import { ErrorMessage } from '../../components/ErrorMessage';
import { CheckboxField, SelectField, TextField } from '../../components/FormField';
import { useSchemaForm } from '../../components/useSchemaForm';
import { ConfirmRemovalDialog } from './ConfirmRemovalDialog';

const t = sv.register.ui;
const f = sv.register.memberFields;

const emptyMember: MemberInput = {
  name: '', side: 'civilSociety', role: 'member', party: '', organisationId: null, substituteForId: null,
  termFrom: null, termTo: null, email: '', phone: '', active: true, notes: '', withheldFromWeb: false,
};

function toInput(member: Member): MemberInput {
  const { id: _id, createdAt: _c, updatedAt: _u, personalDataErasedAt: _e, ...input } = member;
  return input;
}

interface MemberFormProps {
  member: Member | null;
  members: readonly Member[];
  organisations: readonly Organisation[];
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** The fields that show their own error, for these values. */
function fieldsOnScreen(v: MemberInput): string[] {
  return [
    'name', 'termFrom', 'termTo', 'email', 'phone', 'notes',
    ...(v.side === 'regionPolitician' ? ['party'] : []),
    ...(v.side === 'civilSociety' ? ['organisationId'] : []),
    ...(v.role === 'substitute' ? ['substituteForId'] : []),
  ];
}

export function MemberForm({ member, members, organisations, onDone, onCancel }: MemberFormProps) {
  const form = useSchemaForm(memberInputSchema, member ? toInput(member) : emptyMember, {
    formName: sv.shutdown.formNames.member, fieldsOnScreen,
  });
  const [confirm, setConfirm] = useState<'erase' | 'delete' | null>(null);
  const v = form.values;

  const save = async () => {
    if (await form.submit((parsed) => call('saveMember', { id: member?.id ?? null, member: parsed }))) onDone(t.saved);
  };

  const run = async (action: 'erase' | 'delete' | 'deleteAndEraseName') => {
    if (!member) return;
    setConfirm(null);
    const result = action === 'erase'
      ? await call('eraseMemberPersonalData', { id: member.id })
      : await call('deleteMember', { id: member.id, eraseName: action === 'deleteAndEraseName' });
    if (!result.ok) return form.setFormError(result.error.message);
    onDone(t.saved);
  };

  const organisationOptions = [
    { value: '', label: t.noOrganisation },
    ...[...organisations].sort((a, b) => compareSwedish(a.name, b.name)).map((o) => ({ value: o.id, label: o.name })),
  ];
  const substituteOptions = [
    { value: '', label: t.noSubstituteFor },
    ...members.filter((m) => m.id !== member?.id && m.role !== 'substitute').map((m) => ({ value: m.id, label: m.name })),
  ];

  return (
    <section aria-labelledby="member-form-heading">
      <h1 id="member-form-heading">{member ? t.editMember(member.name) : t.newMember}</h1>
      {member?.personalDataErasedAt && <p className="notice">{t.erased(formatDateTime(member.personalDataErasedAt))}</p>}
      <ErrorMessage message={form.formError} />
      <form className="form form--wide" onSubmit={(event) => { event.preventDefault(); void save(); }} noValidate>
        <TextField label={f.name} value={v.name} error={form.errors.name} onChange={(x) => form.set('name', x)} />
        <SelectField label={f.side} value={v.side} options={memberSides.map((s) => ({ value: s, label: sv.register.memberSides[s] }))} onChange={(x) => form.set('side', x)} />
        <SelectField label={f.role} value={v.role} options={memberRoles.map((r) => ({ value: r, label: sv.register.memberRoles[r] }))} onChange={(x) => form.set('role', x)} />
        {v.side === 'regionPolitician' && <TextField label={f.party} value={v.party} error={form.errors.party} onChange={(x) => form.set('party', x)} />}
        {v.side === 'civilSociety' && (
          <SelectField label={f.organisation} value={v.organisationId ?? ''} options={organisationOptions} error={form.errors.organisationId} onChange={(x) => form.set('organisationId', x || null)} />
        )}
        {v.role === 'substitute' && (
          <SelectField label={t.substituteFor} value={v.substituteForId ?? ''} options={substituteOptions} error={form.errors.substituteForId} onChange={(x) => form.set('substituteForId', x || null)} />
        )}
        <div className="field-pair">
          <TextField type="date" label={f.termFrom} value={v.termFrom ?? ''} error={form.errors.termFrom} onChange={(x) => form.set('termFrom', x || null)} />
          <TextField type="date" label={f.termTo} value={v.termTo ?? ''} error={form.errors.termTo} onChange={(x) => form.set('termTo', x || null)} />
        </div>
        <TextField type="email" label={f.email} value={v.email} error={form.errors.email} onChange={(x) => form.set('email', x)} />
        <TextField type="tel" label={f.phone} value={v.phone} error={form.errors.phone} onChange={(x) => form.set('phone', x)} />
        <CheckboxField label={f.active} checked={v.active} onChange={(x) => form.set('active', x)} />
        <CheckboxField label={sv.webVersion.withheldMember} checked={v.withheldFromWeb ?? false} onChange={(x) => form.set('withheldFromWeb', x)} />
        <TextField multiline label={f.notes} value={v.notes} error={form.errors.notes} onChange={(x) => form.set('notes', x)} />
        <div className="button-row">
          <button type="submit" className="button button--primary">{t.save}</button>
          <button type="button" className="button" onClick={onCancel}>{t.cancel}</button>
          {member && !member.personalDataErasedAt && (
            <button type="button" className="button button--danger" onClick={() => setConfirm('erase')}>{t.erase}</button>
          )}
          {member && <button type="button" className="button button--danger" onClick={() => setConfirm('delete')}>{t.delete}</button>}
        </div>
      </form>
      {member && confirm === 'erase' && (
        <ConfirmRemovalDialog title={t.eraseTitle} text={t.eraseConfirm(member.name)} onCancel={() => setConfirm(null)} actions={[{ label: t.eraseAction, run: () => void run('erase') }]} />
      )}
      {member && confirm === 'delete' && (
        <ConfirmRemovalDialog title={t.deleteConfirmTitle} text={t.deleteMemberConfirm(member.name)} onCancel={() => setConfirm(null)} actions={[
          { label: t.deleteConfirmTitle, run: () => void run('delete') },
          { label: t.deleteAndEraseName, run: () => void run('deleteAndEraseName') },
        ]} />
      )}
    </section>
  );
}
