// The register's rules as the secretary meets them at the form: Swedish messages at the field,
// normalised values, no duplicates, no dangling links, and GDPR erasure that keeps the name.
import { describe, expect, it } from 'vitest';
import { normaliseOrgNumber } from '../../electron/shared/register/orgNumber';
import { organisationInputSchema } from '../../electron/shared/register/organisation';
import { memberInputSchema } from '../../electron/shared/register/member';
import { fieldErrors } from '../../electron/shared/validation/fieldErrors';
import { sv } from '../../electron/shared/i18n/sv';
import { memberInput, organisationInput } from '../support/registerFixtures';
import { value, withBackend } from '../support/testBackend';

describe('organisation numbers', () => {
  it('pass the Luhn check and come back as NNNNNN-NNNN', () => {
    expect(normaliseOrgNumber('8024771233')).toBe('802477-1233');
    expect(normaliseOrgNumber(' 802477-1233 ')).toBe('802477-1233');
    expect(normaliseOrgNumber('802477-1234')).toBeNull();
    expect(normaliseOrgNumber('80247-71233')).toBe('802477-1233');
    expect(normaliseOrgNumber('12345')).toBeNull();
  });
});

describe('the organisation form', () => {
  it('normalises phone, org number and web address', () => {
    const parsed = organisationInputSchema.parse(organisationInput({ orgNumber: '8024771233', phone: '+46 31 12 34 56' }));
    expect(parsed).toMatchObject({ orgNumber: '802477-1233', phone: '031-12 34 56', website: 'https://www.exempelforeningen.se/' });
  });

  it('shows Swedish messages at the fields', () => {
    const result = organisationInputSchema.safeParse(
      organisationInput({ name: '  ', email: 'inte-en-adress', phone: '12', orgNumber: '802477-1234', status: 'left', leftOn: null }),
    );
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!)).toEqual({
      name: sv.errors.fields.required,
      email: sv.register.fieldErrors.email,
      phone: sv.register.fieldErrors.phone,
      orgNumber: sv.register.fieldErrors.orgNumber,
    });
    const left = organisationInputSchema.safeParse(organisationInput({ status: 'left', leftOn: null }));
    expect(fieldErrors(left.error!)).toEqual({ leftOn: sv.register.fieldErrors.leftOnRequired });
  });

  it('refuses a date that does not exist', () => {
    const result = organisationInputSchema.safeParse(organisationInput({ appliedOn: '2023-02-30' }));
    expect(fieldErrors(result.error!).appliedOn).toMatch(/datum som finns/);
  });
});

describe('the member form', () => {
  it('refuses a term that ends before it starts', () => {
    const result = memberInputSchema.safeParse(memberInput({ termFrom: '2024-01-01', termTo: '2023-12-31' }));
    expect(fieldErrors(result.error!)).toEqual({ termTo: sv.register.fieldErrors.termEndBeforeStart });
  });
});

describe('the register', () => {
  it('refuses a second organisation with the same org number or the same name up to case and spaces', async () => {
    await withBackend(async (backend) => {
      await value(backend.invoke('saveOrganisation', { id: null, organisation: organisationInput() }));
      const sameNumber = await backend.invoke('saveOrganisation', { id: null, organisation: organisationInput({ name: 'Annat namn' }) });
      expect(sameNumber).toMatchObject({ ok: false, error: { code: 'DUPLICATE', field: 'orgNumber' } });
      const sameName = await backend.invoke('saveOrganisation', {
        id: null,
        organisation: organisationInput({ name: '  exempelföreningen  i västra götaland', orgNumber: '' }),
      });
      expect(sameName).toMatchObject({ ok: false, error: { code: 'DUPLICATE', field: 'name' } });
    });
  });

  it('refuses to delete an organisation that members belong to, naming them, unless asked to unlink', async () => {
    await withBackend(async (backend) => {
      const org = await value<{ id: string }>(backend.invoke('saveOrganisation', { id: null, organisation: organisationInput() }));
      await value(backend.invoke('saveMember', {
        id: null,
        member: memberInput({ name: 'Örjan Exempelsson', side: 'civilSociety', party: '', organisationId: org.id }),
      }));
      const refused = await backend.invoke('deleteOrganisation', { id: org.id, unlinkMembers: false });
      expect(refused).toMatchObject({ ok: false, error: { code: 'IN_USE' } });
      expect(!refused.ok && refused.error.message).toContain('Örjan Exempelsson');
      await value(backend.invoke('deleteOrganisation', { id: org.id, unlinkMembers: true }));
      const members = await value<Array<{ organisationId: string | null }>>(backend.invoke('listMembers', undefined));
      expect(members[0]!.organisationId).toBeNull();
      expect(await value(backend.invoke('listOrganisations', undefined))).toEqual([]);
    });
  });

  it('erases a member’s personal data on request but keeps the name', async () => {
    await withBackend(async (backend) => {
      const member = await value<{ id: string }>(backend.invoke('saveMember', { id: null, member: memberInput({ notes: 'Allergisk mot nötter' }) }));
      const erased = await value<Record<string, unknown>>(backend.invoke('eraseMemberPersonalData', { id: member.id }));
      expect(erased).toMatchObject({ name: 'Åsa Påhittad', email: '', phone: '', notes: '', active: false });
      expect(erased.personalDataErasedAt).toEqual(expect.any(String));
    });
  });

  it('counts connected and umbrella organisations and who joined each year', async () => {
    await withBackend(async (backend) => {
      await value(backend.invoke('saveOrganisation', { id: null, organisation: organisationInput() }));
      await value(backend.invoke('saveOrganisation', {
        id: null,
        organisation: organisationInput({ name: 'Påhittade stiftelsen', orgNumber: '', kind: 'foundation', approvedOn: '2019-05-01', appliedOn: null }),
      }));
      await value(backend.invoke('saveOrganisation', {
        id: null,
        organisation: organisationInput({ name: 'Gamla förbundet', orgNumber: '', status: 'left', leftOn: '2020-01-01' }),
      }));
      expect(await value(backend.invoke('getRegisterStats', undefined))).toEqual({
        connected: 2,
        umbrellas: 1,
        joinedPerYear: [{ year: 2014, count: 2 }, { year: 2019, count: 1 }],
      });
    });
  });

  it('refuses a substitute for a member who does not exist', async () => {
    await withBackend(async (backend) => {
      const result = await backend.invoke('saveMember', {
        id: null,
        member: memberInput({ role: 'substitute', substituteForId: '8d1b2c3a-1111-4222-8333-944455556666' }),
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'substituteForId' } });
    });
  });
});
