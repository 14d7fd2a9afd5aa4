// Finding people and organisations: Swedish order (people by efternamn; å, ä, ö after z), case-insensitive search that keeps
// å, ä, ö distinct, and the filters the lists offer.
import { describe, expect, it } from 'vitest';
import { filterMembers, filterOrganisations } from '../../electron/shared/register/search';
import { memberSchema, type Member } from '../../electron/shared/register/member';
import { organisationSchema, type Organisation } from '../../electron/shared/register/organisation';
import { memberInput, organisationInput } from '../support/registerFixtures';

const stamp = { createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' };
let n = 0;
const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const member = (name: string, extra: Partial<Member> = {}) =>
  memberSchema.parse({ ...memberInput({ name, email: '', party: 'Partiet' }), ...stamp, id: id(), personalDataErasedAt: null, ...extra });
const organisation = (name: string, extra: Partial<Organisation> = {}) =>
  organisationSchema.parse({ ...organisationInput({ name, orgNumber: '' }), ...stamp, id: id(), ...extra });

const all = { query: '', side: 'all', role: 'all', active: 'all' } as const;
const noOrg = () => '';

describe('member lists', () => {
  const members = [member('Östen Åberg'), member('Åsa Berg'), member('Zelda Ahl'), member('Ärla Ödman'), member('anders Zorn', { active: false, side: 'civilSociety' })];

  it('sort in Swedish order, by efternamn', () => {
    expect(filterMembers(members, all, noOrg).map((m) => m.name)).toEqual(['Zelda Ahl', 'Åsa Berg', 'anders Zorn', 'Östen Åberg', 'Ärla Ödman']);
  });

  it('search case-insensitively without mixing å, ä, ö with a and o', () => {
    expect(filterMembers(members, { ...all, query: 'ÅSA' }, noOrg).map((m) => m.name)).toEqual(['Åsa Berg']);
    expect(filterMembers(members, { ...all, query: 'asa' }, noOrg)).toEqual([]);
    expect(filterMembers(members, { ...all, query: 'ost' }, noOrg)).toEqual([]);
    expect(filterMembers(members, { ...all, query: 'ödman ärla' }, noOrg).map((m) => m.name)).toEqual(['Ärla Ödman']);
  });

  it('filter by side and by active', () => {
    expect(filterMembers(members, { ...all, side: 'civilSociety' }, noOrg).map((m) => m.name)).toEqual(['anders Zorn']);
    expect(filterMembers(members, { ...all, active: 'active' }, noOrg)).toHaveLength(4);
  });
});

describe('organisation lists', () => {
  it('filter by status and kind and search the org number', () => {
    const orgs = [organisation('Örebrogänget'), organisation('Alfa', { status: 'left', leftOn: '2020-01-01' }), organisation('Beta', { kind: 'foundation', orgNumber: '802012-3454' })];
    expect(filterOrganisations(orgs, { query: '', status: 'connected', kind: 'all' }).map((o) => o.name)).toEqual(['Beta', 'Örebrogänget']);
    expect(filterOrganisations(orgs, { query: '802012', status: 'all', kind: 'foundation' }).map((o) => o.name)).toEqual(['Beta']);
  });
});
