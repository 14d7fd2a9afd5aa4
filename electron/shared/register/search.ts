/**
 * Instant search, filters and Swedish sorting of the register lists. Search is case-insensitive but
 * keeps å, ä, ö distinct from a and o; every word typed must match somewhere in the entry.
 */
import { comparePersonNames, compareSwedish } from '../format/collate';
import type { Member, MemberSide } from './member';
import type { Organisation } from './organisation';

export interface MemberFilter {
  query: string;
  side: MemberSide | 'all';
  role: Member['role'] | 'all';
  active: 'active' | 'inactive' | 'all';
}

export interface OrganisationFilter {
  query: string;
  status: Organisation['status'] | 'all';
  kind: Organisation['kind'] | 'all';
}

function words(query: string): string[] {
  return query.toLocaleLowerCase('sv').split(/\s+/).filter(Boolean);
}

function matchesAll(haystack: string, needles: readonly string[]): boolean {
  const text = haystack.toLocaleLowerCase('sv');
  return needles.every((needle) => text.includes(needle));
}

export function filterMembers(
  members: readonly Member[],
  filter: MemberFilter,
  organisationName: (id: string | null) => string,
): Member[] {
  const needles = words(filter.query);
  return members
    .filter(
      (m) =>
        (filter.side === 'all' || m.side === filter.side) &&
        (filter.role === 'all' || m.role === filter.role) &&
        (filter.active === 'all' || m.active === (filter.active === 'active')) &&
        (needles.length === 0 ||
          matchesAll(`${m.name} ${m.email} ${m.phone} ${m.party} ${organisationName(m.organisationId)}`, needles)),
    )
    .sort((a, b) => comparePersonNames(a.name, b.name));
}

export function filterOrganisations(organisations: readonly Organisation[], filter: OrganisationFilter): Organisation[] {
  const needles = words(filter.query);
  return organisations
    .filter(
      (o) =>
        (filter.status === 'all' || o.status === filter.status) &&
        (filter.kind === 'all' || o.kind === filter.kind) &&
        (needles.length === 0 ||
          matchesAll(`${o.name} ${o.orgNumber} ${o.municipality} ${o.contactPerson} ${o.email}`, needles)),
    )
    .sort((a, b) => compareSwedish(a.name, b.name));
}
