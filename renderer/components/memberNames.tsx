/**
 * Member names on screens: the sections load the former members (deleted, but still named by meetings
 * and minutes) and provide them (formerMembers.ts); `useMemberNames` resolves any id to the name to
 * show, a former member marked "(tidigare ledamot)", and `memberOptions` lists the register plus the
 * former members a field already holds, so a select never shows a blank or loses its value.
 */
import { useContext, useMemo } from 'react';
import { memberNames, type MemberNames } from '../../electron/shared/integrity/formerRecords';
import type { Member } from '../../electron/shared/register/member';
import { FormerMembersContext } from './formerMembers';

export function useMemberNames(members: readonly Member[]): MemberNames {
  const former = useContext(FormerMembersContext);
  return useMemo(() => memberNames(members, former), [members, former]);
}

/** Options for a member select: the members given, then the deleted ones among `held` (what the record already names). */
export function memberOptions(members: readonly Member[], names: MemberNames, held: ReadonlyArray<string | null>): Array<{ value: string; label: string }> {
  const current = new Set(members.map((m) => m.id));
  const former = [...new Set(held)].filter((id): id is string => id !== null && !current.has(id));
  return [...members.map((m) => ({ value: m.id, label: m.name })), ...former.map((id) => ({ value: id, label: names.label(id) }))];
}
