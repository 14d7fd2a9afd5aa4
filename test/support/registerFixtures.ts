/**
 * Invented organisations and members for the register tests (never the people in the reference texts).
 */
import type { MemberInput } from '../../electron/shared/register/member';
import type { OrganisationInput } from '../../electron/shared/register/organisation';

export function organisationInput(overrides: Partial<OrganisationInput> = {}): OrganisationInput {
  return {
    name: 'Exempelföreningen i Västra Götaland',
    orgNumber: '802477-1233',
    kind: 'umbrella',
    municipality: 'regional',
    appliedOn: '2014-03-01',
    approvedOn: '2014-04-15',
    status: 'connected',
    leftOn: null,
    contactPerson: 'Örjan Exempelsson',
    email: 'info@exempelforeningen.se',
    phone: '031123456',
    website: 'www.exempelforeningen.se',
    notes: '',
    ...overrides,
  };
}

export function memberInput(overrides: Partial<MemberInput> = {}): MemberInput {
  return {
    name: 'Åsa Påhittad',
    side: 'regionPolitician',
    role: 'member',
    party: 'Påhittade partiet',
    organisationId: null,
    substituteForId: null,
    termFrom: '2023-01-01',
    termTo: '2026-12-31',
    email: 'asa.pahittad@example.se',
    phone: '0701234567',
    active: true,
    notes: '',
    ...overrides,
  };
}
