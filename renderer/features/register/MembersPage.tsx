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
import { useRegisterData } from './useRegisterData';

const t = sv.register.ui;
const all = { value: 'all', label: t.all } as const;

export function MembersPage() {
  const register = useRegisterData();
  const [filter, setFilter] = useState<MemberFilter>({ query: '', side: 'all', role: 'all', active: 'active' });
  const [editing, setEditing] = useState<Member | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const organisationName = useMemo(() => {
    const names = new Map(register.organisations.map((o) => [o.id, o.name]));
    return (id: string | null) => (id ? (names.get(id) ?? '') : '');
  }, [register.organisations]);
  const shown = useMemo(() => filterMembers(register.members, filter, organisationName), [register.members, filter, organisationName]);

  if (editing) {
    return (
      <MemberForm
        member={editing === 'new' ? null : editing}
        members={register.members}
        organisations={register.organisations}
        onCancel={() => setEditing(null)}
        onDone={(message) => {
          setEditing(null);
          setNotice(message);
          register.reload();
        }}
      />
    );
  }

  return (
    <RegisterPageFrame
      kind="members"
      title={sv.pages.members.title}
      lead={sv.pages.members.lead}
      newLabel={t.newMember}
      onNew={() => setEditing('new')}
      notice={notice}
      onNotice={(message) => {
        setNotice(message);
        register.reload();
      }}
      error={register.error}
      query={filter.query}
      onQuery={(query) => setFilter({ ...filter, query })}
      total={register.members.length}
      shown={shown.length}
      emptyText={t.emptyMembers}
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
        onOpen={setEditing}
        columns={[
          { header: sv.register.memberFields.role, cell: (m) => sv.register.memberRoles[m.role] },
          { header: sv.register.memberFields.side, cell: (m) => sv.register.memberSides[m.side] },
          { header: sv.register.exports.partyOrOrganisation, cell: (m) => (m.side === 'civilSociety' ? organisationName(m.organisationId) : m.party) },
          { header: sv.register.memberFields.email, cell: (m) => m.email },
          { header: sv.register.memberFields.phone, cell: (m) => m.phone },
        ]}
      />
    </RegisterPageFrame>
  );
}
