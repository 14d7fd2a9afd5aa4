/**
 * `npm run screenshots`: takes the README's pictures of the main screens through the browser harness,
 * on a data folder filled with invented people and organisations.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sv } from '../electron/shared/i18n/sv';
import { launchApp } from '../test/e2e/harness';
import { memberInput, organisationInput } from '../test/support/registerFixtures';

const out = join(import.meta.dirname, '../docs/screenshots');
const app = await launchApp({ dataDir: join(mkdtempSync(join(tmpdir(), 'ros-screens-')), 'data') });
const { page, backend } = app;

const orgs = [
  organisationInput(),
  organisationInput({ name: 'Föreningen Påhittad Gemenskap', orgNumber: '', kind: 'nonProfit', municipality: 'Borås', approvedOn: '2019-05-02' }),
  organisationInput({ name: 'Studieförbundet Låtsas Väst', orgNumber: '252002-0005', kind: 'studyAssociation', municipality: 'Göteborg', approvedOn: '2021-09-14' }),
];
const ids: string[] = [];
for (const organisation of orgs) {
  const result = (await backend.invoke('saveOrganisation', { id: null, organisation })) as { value: { id: string } };
  ids.push(result.value.id);
}
for (const member of [
  memberInput({ name: 'Åsa Påhittad', role: 'chair' }),
  memberInput({ name: 'Bengt Exempelsson', email: 'bengt@example.se', party: 'Låtsaspartiet' }),
  memberInput({ name: 'Örjan Testare', email: 'orjan@example.se', side: 'civilSociety', party: '', organisationId: ids[0] ?? null, role: 'viceChair' }),
  memberInput({ name: 'Karin Fiktiv', email: 'karin@example.se', side: 'civilSociety', party: '', organisationId: ids[2] ?? null }),
  memberInput({ name: 'Nils Påhitt', email: 'nils@example.se', side: 'regionOfficial', party: '', role: 'processLeader' }),
]) {
  const saved = (await backend.invoke('saveMember', { id: null, member })) as { ok: boolean; error?: { message: string } };
  if (!saved.ok) throw new Error(saved.error?.message);
}
await backend.invoke('updateSettings', { secretaryName: 'Alva Påhittad' });

async function shoot(section: keyof typeof sv.nav, file: string) {
  await page.getByRole('navigation', { name: sv.app.navLabel }).getByRole('button', { name: sv.nav[section] }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.screenshot({ path: join(out, file) });
}

await shoot('members', 'ledamoter.png');
await shoot('organisations', 'organisationer.png');
await shoot('settings', 'installningar.png');
await app.close();
console.log(`Skärmbilder sparade i ${out}`);
process.exit(0);
