/**
 * The former members (deleted, but still named by meetings and minutes) that a section loads and
 * provides to every screen under it, for `useMemberNames` (memberNames.tsx). Kept apart from the name
 * helpers so that providing them loads no schema: Möten, the first screen, provides them.
 */
import { createContext } from 'react';
import type { FormerMember } from '../../electron/shared/integrity/formerRecords';

export const FormerMembersContext = createContext<readonly FormerMember[]>([]);
export const FormerMembersProvider = FormerMembersContext.Provider;
