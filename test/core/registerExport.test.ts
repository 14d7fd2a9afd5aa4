// The register's exports read back as a person would: the Word contact list through LibreOffice's
// text conversion, grouped by side; the CSV as Swedish Excel opens it; hostile names stay inert text
// and the .docx still opens.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/ipc/backend';
import { sv } from '../../electron/shared/i18n/sv';
import { readExportedDocx } from '../support/exportedDocx';
import { memberInput, organisationInput } from '../support/registerFixtures';
import { withBackend } from '../support/testBackend';

async function withRegister(run: (backend: Backend, exportTo: (name: string) => string) => Promise<void>) {
  await withBackend(async (backend, exportTo) => {
    const org = await backend.invoke('saveOrganisation', { id: null, organisation: organisationInput() });
    const orgId = org.ok ? (org.value as { id: string }).id : '';
    for (const member of [
      memberInput({ name: 'Östen Påhittad', role: 'chair' }),
      // No phone number: its cell says so with a dash rather than standing empty.
      memberInput({ name: 'Zara Exempel', email: 'zara@example.se', phone: '' }),
      memberInput({ name: 'Ärla Låtsas', email: 'arla@example.se', side: 'civilSociety', party: '', organisationId: orgId }),
      memberInput({ name: 'Inaktiv Person', email: 'ia@example.se', active: false }),
    ]) {
      const saved = await backend.invoke('saveMember', { id: null, member });
      if (!saved.ok) throw new Error(saved.error.message);
    }
    await run(backend, exportTo);
  });
}

describe('the members’ contact list', () => {
  it('as .docx lists active members per side in Swedish order, with roles, party or organisation', async () => {
    await withRegister(async (backend, exportTo) => {
      const path = exportTo('Kontaktlista.docx');
      expect(await backend.invoke('exportRegister', { list: 'members', format: 'docx' })).toEqual({ ok: true, value: { path } });
      const { text, structure } = await readExportedDocx(path);
      expect(structure.problems).toEqual([]);
      const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
      expect(lines.slice(0, 3)).toEqual(['Överenskommelsen', 'mellan Västra Götalandsregionen och det civila samhället', sv.register.exports.memberListTitle]);
      const politicians = lines.indexOf(sv.register.memberSides.regionPolitician);
      const civil = lines.indexOf(sv.register.memberSides.civilSociety);
      expect(politicians).toBeGreaterThan(0);
      expect(civil).toBeGreaterThan(politicians);
      expect(lines.indexOf('Zara Exempel')).toBeLessThan(lines.indexOf('Östen Påhittad'));
      expect(lines.slice(civil)).toContain('Exempelföreningen i Västra Götaland');
      expect(text).toContain('Ordförande');
      expect(text).not.toContain('Inaktiv Person');
    });
  });

  it('as .csv opens in Swedish Excel: BOM, semicolons, CRLF', async () => {
    await withRegister(async (backend, exportTo) => {
      const path = exportTo('Kontaktlista.csv');
      await backend.invoke('exportRegister', { list: 'members', format: 'csv' });
      const bytes = await readFile(path);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.toString('utf8').slice(1).split('\r\n');
      expect(lines[0]).toBe('"Sida";"Namn";"Roll";"Parti/organisation";"E-post";"Telefon"');
      expect(lines).toContain(`"${sv.register.memberSides.regionPolitician}";"Östen Påhittad";"Ordförande";"Påhittade partiet";"asa.pahittad@example.se";"070-123 45 67"`);
    });
  });
});

describe('the list of connected organisations', () => {
  it('as .docx and .csv names each connected organisation with its number', async () => {
    await withRegister(async (backend, exportTo) => {
      const docx = exportTo('Organisationer.docx');
      await backend.invoke('exportRegister', { list: 'organisations', format: 'docx' });
      const { text, structure } = await readExportedDocx(docx);
      expect(structure.problems).toEqual([]);
      expect(text).toContain(sv.register.exports.organisationListTitle);
      expect(text).toContain(sv.register.exports.organisationCount(1));
      expect(text).toContain('802477-1233');
      const csv = exportTo('Organisationer.csv');
      await backend.invoke('exportRegister', { list: 'organisations', format: 'csv' });
      expect((await readFile(csv, 'utf8')).split('\r\n')[1]).toBe(
        '"Exempelföreningen i Västra Götaland";"802477-1233";"Paraplyorganisation/förbund";"regional";"2014-04-15"',
      );
    });
  });
});

describe('hostile names', () => {
  it('are stored as given and exported as inert text in a .docx that still opens', async () => {
    const hostile = [
      '<script>alert("x")</script> Skript',
      'עברית שם RTL',
      'Emoji 😀🎉 Namn',
      'Kontroll\u000B\u0007tecken',
      'L'.repeat(500),
      '=HYPERLINK("http://example.org")',
    ];
    await withRegister(async (backend, exportTo) => {
      for (const [i, name] of hostile.entries()) {
        const saved = await backend.invoke('saveMember', { id: null, member: memberInput({ name, email: `h${i}@example.se` }) });
        expect(saved.ok).toBe(true);
      }
      const members = await backend.invoke('listMembers', undefined);
      expect(members.ok && (members.value as Array<{ name: string }>).map((m) => m.name)).toEqual(expect.arrayContaining(hostile));
      const path = exportTo('Fientlig.docx');
      await backend.invoke('exportRegister', { list: 'members', format: 'docx' });
      const { text, structure } = await readExportedDocx(path);
      expect(structure.problems).toEqual([]);
      expect(text).toContain('<script>alert("x")</script> Skript');
      expect(text).toContain('עברית שם RTL');
      expect(text).toContain('Emoji 😀🎉 Namn');
      expect(text).toContain('Kontrolltecken');
      const csvPath = exportTo('Fientlig.csv');
      await backend.invoke('exportRegister', { list: 'members', format: 'csv' });
      expect(await readFile(csvPath, 'utf8')).toContain(`"'=HYPERLINK(""http://example.org"")"`);
    });
  });
});
