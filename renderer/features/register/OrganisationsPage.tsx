/**
 * Organisationer: the signatory organisations with the counts the secretary is asked for, searchable,
 * filterable by status and kind, sorted in Swedish order; opening one shows its form.
 */
import { useMemo, useState } from 'react';
import { sv } from '../../../electron/shared/i18n/sv';
import { organisationKinds, organisationStatuses, type Organisation } from '../../../electron/shared/register/organisation';
import { filterOrganisations, type OrganisationFilter } from '../../../electron/shared/register/search';
import { call } from '../../api/ros';
import { useQuery } from '../../api/useQuery';
import { SelectField } from '../../components/FormField';
import { OrganisationForm } from './OrganisationForm';
import { OrganisationStats } from './OrganisationStats';
import { RegisterPageFrame } from './RegisterPageFrame';
import { RegisterTable } from './RegisterTable';
import { useEditing } from './useEditing';
import { useRegisterData } from './useRegisterData';

const t = sv.register.ui;
const all = { value: 'all', label: t.all } as const;

export function OrganisationsPage() {
  const register = useRegisterData();
  const stats = useQuery(() => call('getRegisterStats'));
  const [filter, setFilter] = useState<OrganisationFilter>({ query: '', status: 'all', kind: 'all' });
  const page = useEditing<Organisation>(() => {
    register.reload();
    stats.reload();
  });
  const shown = useMemo(() => filterOrganisations(register.organisations, filter), [register.organisations, filter]);

  if (page.editing) {
    return <OrganisationForm organisation={page.editing === 'new' ? null : page.editing} onCancel={page.close} onDone={page.changed} />;
  }

  return (
    <RegisterPageFrame
      kind="organisations"
      {...page.frame}
      error={register.error}
      query={filter.query}
      onQuery={(query) => setFilter({ ...filter, query })}
      total={register.organisations.length}
      shown={shown.length}
      summary={stats.value && register.organisations.length > 0 ? <OrganisationStats stats={stats.value} /> : null}
      filters={
        <>
          <SelectField label={sv.register.organisationFields.status} value={filter.status} onChange={(status) => setFilter({ ...filter, status })}
            options={[all, ...organisationStatuses.map((s) => ({ value: s, label: sv.register.organisationStatuses[s] }))]} />
          <SelectField label={sv.register.organisationFields.kind} value={filter.kind} onChange={(kind) => setFilter({ ...filter, kind })}
            options={[all, ...organisationKinds.map((k) => ({ value: k, label: sv.register.organisationKinds[k] }))]} />
        </>
      }
    >
      <RegisterTable
        label={t.listLabelOrganisations}
        rows={shown}
        onOpen={page.open}
        columns={[
          { header: sv.register.organisationFields.orgNumber, cell: (o) => o.orgNumber },
          { header: sv.register.organisationFields.kind, cell: (o) => sv.register.organisationKinds[o.kind] },
          { header: sv.register.organisationFields.municipality, cell: (o) => o.municipality },
          { header: sv.register.organisationFields.status, cell: (o) => sv.register.organisationStatuses[o.status] },
          { header: sv.register.organisationFields.approvedOn, cell: (o) => o.approvedOn ?? '' },
        ]}
      />
    </RegisterPageFrame>
  );
}
