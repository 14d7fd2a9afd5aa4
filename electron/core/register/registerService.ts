/**
 * The register's rules on top of the store: add and change organisations and members (refusing
 * duplicates and dangling links), delete them (refusing, or unlinking, what points at them; a deleted
 * member stays named, as a former member, where meetings and minutes name them), erase a
 * member's personal data on request, and count what the secretary is asked for.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { sv } from '../../shared/i18n/sv';
import { memberInputSchema, type Member } from '../../shared/register/member';
import { organisationInputSchema, type Organisation } from '../../shared/register/organisation';
import { findDuplicateMember, findDuplicateOrganisation } from '../../shared/register/matching';
import type { RegisterStats } from '../../shared/register/stats';
import { AppError } from '../appError';
import { formerMemberOf, memberIsNamed, notYetHeld } from '../integrity/references';
import type { StoreSession } from '../store/storeSession';

type OrganisationFields = z.output<typeof organisationInputSchema>;
type MemberFields = z.output<typeof memberInputSchema>;

export function saveOrganisation(session: StoreSession, id: string | null, fields: OrganisationFields): Promise<Organisation> {
  const { organisations } = session.data;
  const duplicate = findDuplicateOrganisation(organisations, fields, id ?? undefined);
  if (duplicate) {
    const message = duplicate.field === 'orgNumber'
      ? sv.register.duplicateOrgNumber(duplicate.existing.name)
      : sv.register.duplicateOrgName(duplicate.existing.name);
    throw new AppError('DUPLICATE', message, duplicate.field);
  }
  return upsert(session, 'organisations', id, fields);
}

export async function deleteOrganisation(session: StoreSession, id: string, unlinkMembers: boolean): Promise<void> {
  findOrThrow(session.data.organisations, id);
  const linked = session.data.members.filter((m) => m.organisationId === id);
  if (linked.length > 0 && !unlinkMembers) {
    throw new AppError('IN_USE', sv.register.organisationInUse(linked.map((m) => m.name)));
  }
  await session.update((data) => {
    for (const member of data.members) if (member.organisationId === id) member.organisationId = null;
    data.organisations = data.organisations.filter((o) => o.id !== id);
  });
}

export function saveMember(session: StoreSession, id: string | null, fields: MemberFields): Promise<Member> {
  const { members, organisations } = session.data;
  if (fields.organisationId && !organisations.some((o) => o.id === fields.organisationId)) {
    throw new AppError('NOT_FOUND', sv.register.organisationMissing, 'organisationId');
  }
  if (fields.substituteForId && (fields.substituteForId === id || !members.some((m) => m.id === fields.substituteForId))) {
    throw new AppError('NOT_FOUND', sv.register.substituteForMissing, 'substituteForId');
  }
  if (findDuplicateMember(members, fields, id ?? undefined)) {
    throw new AppError('DUPLICATE', sv.register.duplicateMember, 'name');
  }
  return upsert(session, 'members', id, fields, { personalDataErasedAt: null });
}

/**
 * Removes a member from the register. Substitutes for them are unlinked; meetings not yet held no longer
 * expect them (their Frånvarande mark goes). Meetings and minutes that name them keep the id, which then
 * resolves to a former member: name, side and affiliation as they were, kept only if something names
 * them. With `eraseName` (GDPR) not even that is kept, and they show as "Borttagen ledamot".
 */
export async function deleteMember(session: StoreSession, id: string, eraseName = false): Promise<void> {
  findOrThrow(session.data.members, id);
  const now = new Date().toISOString();
  await session.update((data) => {
    const member = findOrThrow(data.members, id);
    for (const other of data.members) if (other.substituteForId === id) other.substituteForId = null;
    for (const meeting of data.meetings) {
      if (notYetHeld(meeting)) meeting.attendance = meeting.attendance.filter((a) => a.memberId !== id || a.state !== 'absent');
    }
    data.formerMembers = data.formerMembers.filter((m) => m.id !== id);
    if (!eraseName && memberIsNamed(data, id)) data.formerMembers.push(formerMemberOf(data, member, now));
    data.members = data.members.filter((m) => m.id !== id);
  });
}

/** GDPR: contact data and notes go; the name, side and role stay for historical minutes and attendance. */
export async function eraseMemberPersonalData(session: StoreSession, id: string): Promise<Member> {
  findOrThrow(session.data.members, id);
  const now = new Date().toISOString();
  await session.update((data) => {
    const member = findOrThrow(data.members, id);
    Object.assign(member, {
      email: '', phone: '', notes: '', party: '', termFrom: null, termTo: null,
      active: false, personalDataErasedAt: now, updatedAt: now,
    });
  });
  return findOrThrow(session.data.members, id);
}

export function registerStats(organisations: readonly Organisation[]): RegisterStats {
  const connected = organisations.filter((o) => o.status === 'connected');
  const perYear = new Map<number, number>();
  for (const org of organisations) {
    if (!org.approvedOn) continue;
    const year = Number(org.approvedOn.slice(0, 4));
    perYear.set(year, (perYear.get(year) ?? 0) + 1);
  }
  return {
    connected: connected.length,
    umbrellas: connected.filter((o) => o.kind === 'umbrella').length,
    joinedPerYear: [...perYear].sort(([a], [b]) => a - b).map(([year, count]) => ({ year, count })),
  };
}

async function upsert<K extends 'members' | 'organisations'>(
  session: StoreSession,
  collection: K,
  id: string | null,
  fields: object,
  extraOnCreate: object = {},
): Promise<StoreItem<K>> {
  const now = new Date().toISOString();
  const targetId = id ?? randomUUID();
  await session.update((data) => {
    const list = data[collection] as Array<StoreItem<K>>;
    if (id) Object.assign(findOrThrow(list, id), fields, { updatedAt: now });
    else list.push({ ...extraOnCreate, ...fields, id: targetId, createdAt: now, updatedAt: now } as StoreItem<K>);
  });
  return findOrThrow(session.data[collection] as Array<StoreItem<K>>, targetId);
}

type StoreItem<K extends 'members' | 'organisations'> = K extends 'members' ? Member : Organisation;

function findOrThrow<T extends { id: string }>(list: readonly T[], id: string): T {
  const found = list.find((item) => item.id === id);
  if (!found) throw new AppError('NOT_FOUND', sv.register.notFound);
  return found;
}
