/**
 * When two register entries are the same: organisations by organisation number or by name up to case
 * and white space; members by name and e-mail. Used to refuse duplicates and to make imports idempotent.
 */
import type { Member } from './member';
import type { Organisation } from './organisation';

export function normaliseName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
}

export function findDuplicateOrganisation(
  organisations: readonly Organisation[],
  candidate: { name: string; orgNumber: string },
  exceptId?: string,
): { existing: Organisation; field: 'orgNumber' | 'name' } | null {
  const name = normaliseName(candidate.name);
  for (const existing of organisations) {
    if (existing.id === exceptId) continue;
    if (candidate.orgNumber && existing.orgNumber === candidate.orgNumber) return { existing, field: 'orgNumber' };
    if (normaliseName(existing.name) === name) return { existing, field: 'name' };
  }
  return null;
}

export function findDuplicateMember(
  members: readonly Member[],
  candidate: { name: string; email: string },
  exceptId?: string,
): Member | null {
  const name = normaliseName(candidate.name);
  const email = candidate.email.toLowerCase();
  return (
    members.find(
      (m) => m.id !== exceptId && normaliseName(m.name) === name && m.email.toLowerCase() === email,
    ) ?? null
  );
}
