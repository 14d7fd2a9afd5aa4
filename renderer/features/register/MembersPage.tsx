/**
 * Ledamöter: the members of the group, searchable and filterable, sorted in Swedish order; opening one
 * shows its form.
 */
import { useMemo, useState } from 'react';
import { sv } from '../../../electron/shared/i18n/sv';
import { memberRoles, memberSides, type Member } from '../../../electron/shared/register/member';
import { filterMembers, type MemberFilter } from '../../../electron/shared/register/search';
import { SelectField } from '../../components/FormField';
import { MemberForm } from './MemberForm';
import { RegisterPageFrame } from './RegisterPageFrame';
import { RegisterTable } from './RegisterTable';
import { useEditing } from './useEditing';
import { useRegisterData } from './useRegisterData';

const t = sv.register.ui;
const all = { value: 'all', label: t.all } as const;

export function MembersPage() {
  const register = useRegisterData();
  const [filter, setFilter] = useState<MemberFilter>({ query: '', side: 'all', role: 'all', active: 'active' });
  const page = useEditing<Member>(register.reload);

  const organisationName = useMemo(() => {
    const names = new Map(register.organisations.map((o) => [o.id, o.name]));
    return (id: string | null) => (id ? (names.get(id) ?? '') : '');
  }, [register.organisations]);
  const shown = useMemo(() => filterMembers(register.members, filter, organisationName), [register.members, filter, organisationName]);

  if (page.editing) {
    return (
      <MemberForm
        member={page.editing === 'new' ? null : page.editing}
        members={register.members}
        organisations={register.organisations}
        onCancel={page.close}
        onDone={page.changed}
      />
    );
  }

  return (
    <RegisterPageFrame
      kind="members"
      {...page.frame}
      error={register.error}
      query={filter.query}
      onQuery={(query) => setFilter({ ...filter, query })}
      total={register.members.length}
      shown={shown.length}
      filters={
        <>
          <SelectField label={sv.register.memberFields.side} value={filter.side} onChange={(side) => setFilter({ ...filter, side })}
            options={[all, ...memberSides.map((s) => ({ value: s, label: sv.register.memberSides[s] }))]} />
          <SelectField label={sv.register.memberFields.role} value={filter.role} onChange={(role) => setFilter({ ...filter, role })}
            options={[all, ...memberRoles.map((r) => ({ value: r, label: sv.register.memberRoles[r] }))]} />
          <SelectField label={sv.register.memberFields.active} value={filter.active} onChange={(active) => setFilter({ ...filter, active })}
            options={[all, { value: 'active', label: sv.register.yes }, { value: 'inactive', label: sv.register.no }]} />
        </>
      }
    >
      <RegisterTable
        label={t.listLabelMembers}
        rows={shown}
        onOpen={page.open}
        columns={[
          { header: sv.register.memberFields.role, cell: (m) => sv.register.memberRoles[m.role] },
          { header: sv.register.memberFields.side, cell: (m) => sv.register.memberSides[m.side] },
          { header: sv.register.exports.partyOrOrganisation, cell: (m) => (m.side === 'civilSociety' ? organisationName(m.organisationId) : m.party), wrapAnywhere: true },
          { header: sv.register.exports.contact, cell: (m) => <>{m.email}{m.email && m.phone && <br />}{m.phone}</>, wrapAnywhere: true },
        ]}
      />
    </RegisterPageFrame>
  );
}
