/**
 * The form for one signatory organisation: number, kind, municipality, application and approval dates,
 * status, contact details. Removing one that members belong to names them and offers to unlink them.
 */
import { useState } from 'react';
import { sv } from '../../../electron/shared/i18n/sv';
import {
  organisationInputSchema, organisationKinds, organisationStatuses, type Organisation, type OrganisationInput,
} from '../../../electron/shared/register/organisation';
import { call } from '../../api/ros';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField, TextField } from '../../components/FormField';
import { useSchemaForm } from '../../components/useSchemaForm';
import { ConfirmRemovalDialog } from './ConfirmRemovalDialog';

const t = sv.register.ui;
const f = sv.register.organisationFields;

const emptyOrganisation: OrganisationInput = {
  name: '', orgNumber: '', kind: 'nonProfit', municipality: '', appliedOn: null, approvedOn: null, status: 'applied',
  leftOn: null, contactPerson: '', email: '', phone: '', website: '', notes: '',
};

function toInput(organisation: Organisation): OrganisationInput {
  const { id: _id, createdAt: _c, updatedAt: _u, ...input } = organisation;
  return input;
}

interface OrganisationFormProps {
  organisation: Organisation | null;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** The fields that show their own error, for these values. */
function fieldsOnScreen(v: OrganisationInput): string[] {
  return [
    'name', 'orgNumber', 'municipality', 'appliedOn', 'approvedOn', 'contactPerson', 'email', 'phone', 'website', 'notes',
    ...(v.status === 'left' ? ['leftOn'] : []),
  ];
}

export function OrganisationForm({ organisation, onDone, onCancel }: OrganisationFormProps) {
  const form = useSchemaForm(organisationInputSchema, organisation ? toInput(organisation) : emptyOrganisation, {
    formName: sv.shutdown.formNames.organisation, fieldsOnScreen,
  });
  const [removal, setRemoval] = useState<{ inUse: string | null } | null>(null);
  const v = form.values;

  const save = async () => {
    if (await form.submit((parsed) => call('saveOrganisation', { id: organisation?.id ?? null, organisation: parsed }))) onDone(t.saved);
  };

  const remove = async (unlinkMembers: boolean) => {
    if (!organisation) return;
    const result = await call('deleteOrganisation', { id: organisation.id, unlinkMembers });
    if (result.ok) return onDone(t.saved);
    if (result.error.code === 'IN_USE') return setRemoval({ inUse: result.error.message });
    setRemoval(null);
    form.setFormError(result.error.message);
  };

  const date = (field: 'appliedOn' | 'approvedOn' | 'leftOn') => (
    <TextField type="date" label={f[field]} value={v[field] ?? ''} error={form.errors[field]} onChange={(x) => form.set(field, x || null)} />
  );

  return (
    <section aria-labelledby="organisation-form-heading">
      <h1 id="organisation-form-heading">{organisation ? t.editOrganisation(organisation.name) : t.newOrganisation}</h1>
      <ErrorMessage message={form.formError} />
      <form className="form form--wide" onSubmit={(event) => { event.preventDefault(); void save(); }} noValidate>
        <TextField label={f.name} value={v.name} error={form.errors.name} onChange={(x) => form.set('name', x)} />
        <TextField label={f.orgNumber} value={v.orgNumber} error={form.errors.orgNumber} help="NNNNNN-NNNN" onChange={(x) => form.set('orgNumber', x)} />
        <SelectField label={f.kind} value={v.kind} options={organisationKinds.map((k) => ({ value: k, label: sv.register.organisationKinds[k] }))} onChange={(x) => form.set('kind', x)} />
        <TextField label={f.municipality} value={v.municipality} error={form.errors.municipality} onChange={(x) => form.set('municipality', x)} />
        <SelectField label={f.status} value={v.status} options={organisationStatuses.map((s) => ({ value: s, label: sv.register.organisationStatuses[s] }))} onChange={(x) => form.set('status', x)} />
        <div className="field-pair">
          {date('appliedOn')}
          {date('approvedOn')}
        </div>
        {v.status === 'left' && date('leftOn')}
        <TextField label={f.contactPerson} value={v.contactPerson} error={form.errors.contactPerson} onChange={(x) => form.set('contactPerson', x)} />
        <TextField type="email" label={f.email} value={v.email} error={form.errors.email} onChange={(x) => form.set('email', x)} />
        <TextField type="tel" label={f.phone} value={v.phone} error={form.errors.phone} onChange={(x) => form.set('phone', x)} />
        <TextField type="url" label={f.website} value={v.website} error={form.errors.website} onChange={(x) => form.set('website', x)} />
        <TextField multiline label={f.notes} value={v.notes} error={form.errors.notes} onChange={(x) => form.set('notes', x)} />
        <div className="button-row">
          <button type="submit" className="button button--primary">{t.save}</button>
          <button type="button" className="button" onClick={onCancel}>{t.cancel}</button>
          {organisation && <button type="button" className="button button--danger" onClick={() => setRemoval({ inUse: null })}>{t.delete}</button>}
        </div>
      </form>
      {organisation && removal && (
        <ConfirmRemovalDialog
          title={t.deleteConfirmTitle}
          text={removal.inUse ?? t.deleteOrganisationConfirm(organisation.name)}
          onCancel={() => setRemoval(null)}
          actions={[removal.inUse ? { label: t.unlinkAndDelete, run: () => void remove(true) } : { label: t.deleteConfirmTitle, run: () => void remove(false) }]}
        />
      )}
    </section>
  );
}
